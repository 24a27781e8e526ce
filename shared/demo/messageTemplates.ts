/**
 * What buyers write and what sellers answer, per topic and language. Placeholders: {name} (buyer's first
 * name), {order} (order number), {tracking}, {carrier}, {product}, {days}. Seller replies are in the buyer's
 * language because that is what good sellers do (with a translator), and what the inbox must display.
 */
import type { BuyerLanguage } from '@shared/domain/types';

export const CONVERSATION_TOPICS = [
  'where-is-my-order',
  'size-question',
  'item-damaged',
  'refund-request',
  'dispute',
  'thank-you',
  'customs',
] as const;
export type ConversationTopic = (typeof CONVERSATION_TOPICS)[number];

export interface TopicTemplates {
  subject: string;
  /** The buyer's first message. */
  open: readonly string[];
  /** The buyer's later messages: still waiting, more detail, a nudge. */
  follow: readonly string[];
  /** The seller's answers. */
  reply: readonly string[];
}

export interface LanguageGenerics {
  /** A buyer's closing message that needs no answer. */
  closing: readonly string[];
  /** What the platform's agent signs with, for fully managed products. */
  platformSignature: string;
}

type Templates = Record<ConversationTopic, Record<BuyerLanguage, TopicTemplates>>;

export const MESSAGE_TEMPLATES: Templates = {
  'where-is-my-order': {
    en: {
      subject: 'Where is my order?',
      open: [
        'Hi, I ordered {product} {days} days ago and the tracking has not moved. Where is my order {order}?',
        'Hello, can you tell me when my order will arrive? Order number {order}.',
        'Hi! My parcel still shows "in transit". Is everything ok with {tracking}?',
      ],
      follow: [
        'Any news? It has been a while now.',
        'The tracking still shows the same status. Can you check with the carrier please?',
        'Ok, and what if it does not arrive before the protection period ends?',
      ],
      reply: [
        'Hello {name}, thank you for your message. Your parcel was shipped with {carrier}, tracking number {tracking}. International delivery usually takes 15–25 days, please wait a little longer.',
        'Hi {name}, we checked with {carrier}: the parcel has left China and is on its way to your country. Tracking updates can pause for a week during air transport.',
        'Dear {name}, if the parcel does not arrive in time we will extend the purchase protection for you, don’t worry.',
      ],
    },
    ru: {
      subject: 'Где мой заказ?',
      open: [
        'Здравствуйте! Заказал {product} {days} дней назад, а трек не обновляется. Где мой заказ {order}?',
        'Добрый день, подскажите, когда придёт заказ {order}?',
        'Здравствуйте, посылка уже давно в статусе «в пути». Всё в порядке с {tracking}?',
      ],
      follow: [
        'Есть новости? Уже очень долго жду.',
        'Статус так и не поменялся. Можете уточнить у перевозчика?',
        'А если не придёт до окончания защиты покупателя, что делать?',
      ],
      reply: [
        'Здравствуйте, {name}! Спасибо за сообщение. Посылка отправлена службой {carrier}, трек-номер {tracking}. Доставка обычно занимает 15–25 дней, пожалуйста, подождите ещё немного.',
        'Добрый день, {name}! Мы уточнили у {carrier}: посылка покинула Китай и едет в вашу страну. Во время авиаперевозки трек может не обновляться около недели.',
        '{name}, если посылка не успеет прийти, мы продлим время защиты покупателя, не волнуйтесь.',
      ],
    },
    pt: {
      subject: 'Onde está meu pedido?',
      open: [
        'Olá, comprei {product} há {days} dias e o rastreio não atualiza. Onde está meu pedido {order}?',
        'Boa tarde, quando meu pedido {order} vai chegar?',
        'Oi! Meu pacote continua "em trânsito" faz tempo. Está tudo certo com o {tracking}?',
      ],
      follow: [
        'Alguma novidade? Já faz bastante tempo.',
        'O rastreio continua igual. Podem verificar com a transportadora, por favor?',
        'E se não chegar antes do fim da proteção ao comprador?',
      ],
      reply: [
        'Olá {name}, obrigado pela mensagem. Seu pacote foi enviado pela {carrier}, código de rastreio {tracking}. A entrega internacional costuma levar de 15 a 25 dias, por favor aguarde mais um pouco.',
        'Oi {name}, verificamos com a {carrier}: o pacote já saiu da China e está a caminho do Brasil. O rastreio pode ficar parado uma semana durante o transporte aéreo.',
        '{name}, se o pacote não chegar a tempo, vamos estender a proteção ao comprador para você, não se preocupe.',
      ],
    },
    es: {
      subject: '¿Dónde está mi pedido?',
      open: [
        'Hola, compré {product} hace {days} días y el seguimiento no se mueve. ¿Dónde está mi pedido {order}?',
        'Buenas, ¿me pueden decir cuándo llegará mi pedido {order}?',
        'Hola, mi paquete lleva mucho tiempo "en tránsito". ¿Está todo bien con {tracking}?',
      ],
      follow: [
        '¿Alguna novedad? Ya ha pasado bastante tiempo.',
        'El seguimiento sigue igual. ¿Pueden consultar con la empresa de transporte, por favor?',
        '¿Y si no llega antes de que termine la protección del comprador?',
      ],
      reply: [
        'Hola {name}, gracias por su mensaje. Su paquete fue enviado con {carrier}, número de seguimiento {tracking}. El envío internacional suele tardar entre 15 y 25 días, por favor espere un poco más.',
        'Hola {name}, hemos consultado con {carrier}: el paquete ya salió de China y va camino a su país. El seguimiento puede no actualizarse durante una semana en el transporte aéreo.',
        '{name}, si el paquete no llega a tiempo ampliaremos la protección del comprador, no se preocupe.',
      ],
    },
    fr: {
      subject: 'Où est ma commande ?',
      open: [
        'Bonjour, j’ai commandé {product} il y a {days} jours et le suivi ne bouge plus. Où est ma commande {order} ?',
        'Bonjour, pouvez-vous me dire quand ma commande {order} arrivera ?',
        'Bonjour, mon colis est « en transit » depuis longtemps. Tout va bien avec {tracking} ?',
      ],
      follow: [
        'Des nouvelles ? Cela fait longtemps maintenant.',
        'Le suivi n’a toujours pas changé. Pouvez-vous vérifier auprès du transporteur ?',
        'Et s’il n’arrive pas avant la fin de la protection acheteur ?',
      ],
      reply: [
        'Bonjour {name}, merci pour votre message. Votre colis a été expédié avec {carrier}, numéro de suivi {tracking}. La livraison internationale prend en général 15 à 25 jours, merci de patienter encore un peu.',
        'Bonjour {name}, nous avons vérifié auprès de {carrier} : le colis a quitté la Chine et est en route vers votre pays. Le suivi peut rester figé une semaine pendant le transport aérien.',
        '{name}, si le colis n’arrive pas à temps, nous prolongerons la protection acheteur, ne vous inquiétez pas.',
      ],
    },
  },
  'size-question': {
    en: {
      subject: 'Question about size',
      open: [
        'Hi, I am 165 cm and 58 kg, which size should I choose for {product}?',
        'Hello, does this run small or large? I usually wear M.',
        'Hi, will the strap fit a 6-year-old? Wrist is about 13 cm.',
      ],
      follow: [
        'Thanks. And can I change the size of my order {order} before you ship it?',
        'Is the colour the same as in the photos?',
      ],
      reply: [
        'Hello {name}, for your height and weight we recommend size M. The item runs slightly large, please check the size chart on the product page.',
        'Hi {name}, yes, we can still change the size, the order has not been shipped yet. Please tell us the size you want.',
        'Dear {name}, the colour is the same as in the photos; small differences can come from screen settings.',
      ],
    },
    ru: {
      subject: 'Вопрос по размеру',
      open: [
        'Здравствуйте, рост 165, вес 58. Какой размер {product} мне выбрать?',
        'Добрый день, размер маломерит или большемерит? Обычно ношу M.',
        'Здравствуйте, ремешок подойдёт ребёнку 6 лет? Обхват запястья около 13 см.',
      ],
      follow: [
        'Спасибо. А можно поменять размер в заказе {order} до отправки?',
        'Цвет такой же, как на фото?',
      ],
      reply: [
        'Здравствуйте, {name}! При вашем росте и весе рекомендуем размер M. Модель немного большемерит, посмотрите, пожалуйста, таблицу размеров в карточке товара.',
        '{name}, да, заказ ещё не отправлен, размер поменять можно. Напишите, пожалуйста, какой размер нужен.',
        'Здравствуйте, {name}! Цвет как на фото, небольшие отличия возможны из-за настроек экрана.',
      ],
    },
    pt: {
      subject: 'Dúvida sobre tamanho',
      open: [
        'Olá, tenho 1,65 m e 58 kg, qual tamanho de {product} devo escolher?',
        'Oi, a forma é pequena ou grande? Normalmente uso M.',
        'Olá, a pulseira serve para uma criança de 6 anos? O pulso tem uns 13 cm.',
      ],
      follow: [
        'Obrigada. Posso trocar o tamanho do pedido {order} antes do envio?',
        'A cor é igual à das fotos?',
      ],
      reply: [
        'Olá {name}, para sua altura e peso recomendamos o tamanho M. A peça veste um pouco grande, confira a tabela de medidas na página do produto.',
        'Oi {name}, sim, ainda podemos trocar o tamanho, o pedido não foi enviado. Qual tamanho você quer?',
        '{name}, a cor é igual à das fotos; pequenas diferenças podem vir da configuração da tela.',
      ],
    },
    es: {
      subject: 'Consulta sobre la talla',
      open: [
        'Hola, mido 165 cm y peso 58 kg, ¿qué talla de {product} me recomienda?',
        'Buenas, ¿talla pequeño o grande? Normalmente uso la M.',
        'Hola, ¿la correa le queda a un niño de 6 años? La muñeca mide unos 13 cm.',
      ],
      follow: [
        'Gracias. ¿Puedo cambiar la talla del pedido {order} antes del envío?',
        '¿El color es igual que en las fotos?',
      ],
      reply: [
        'Hola {name}, para su altura y peso recomendamos la talla M. La prenda talla un poco grande, consulte la tabla de tallas en la página del producto.',
        'Hola {name}, sí, todavía podemos cambiar la talla porque el pedido no ha salido. Díganos qué talla necesita.',
        '{name}, el color es igual que en las fotos; puede haber pequeñas diferencias por la pantalla.',
      ],
    },
    fr: {
      subject: 'Question sur la taille',
      open: [
        'Bonjour, je mesure 1,65 m pour 58 kg, quelle taille de {product} me conseillez-vous ?',
        'Bonjour, est-ce que ça taille petit ou grand ? Je porte du M d’habitude.',
        'Bonjour, le bracelet ira-t-il à un enfant de 6 ans ? Tour de poignet environ 13 cm.',
      ],
      follow: [
        'Merci. Puis-je changer la taille de la commande {order} avant l’expédition ?',
        'La couleur est-elle la même que sur les photos ?',
      ],
      reply: [
        'Bonjour {name}, pour votre taille et votre poids nous conseillons le M. Le modèle taille légèrement grand, voyez le guide des tailles sur la fiche produit.',
        'Bonjour {name}, oui, la commande n’est pas encore partie, nous pouvons changer la taille. Laquelle souhaitez-vous ?',
        '{name}, la couleur est conforme aux photos ; de légères différences peuvent venir de l’écran.',
      ],
    },
  },
  'item-damaged': {
    en: {
      subject: 'Item arrived damaged',
      open: [
        'Hello, my {product} arrived broken. The box was crushed. What can you do?',
        'Hi, the item from order {order} does not work, it does not turn on at all.',
      ],
      follow: [
        'I sent photos and a video. Please tell me what happens next.',
        'I do not want to wait another month for a replacement, I prefer a refund.',
      ],
      reply: [
        'We are very sorry, {name}. Could you please send a photo or short video of the damage? Then we can offer a refund or a free replacement.',
        'Thank you for the photos, {name}. We will send a new one free of charge, or refund you if you prefer. Which would you like?',
        'Dear {name}, we have issued a refund; it will reach your account in 3–20 working days depending on your bank.',
      ],
    },
    ru: {
      subject: 'Товар пришёл повреждённым',
      open: [
        'Здравствуйте, {product} пришёл сломанным, коробка была помята. Что будем делать?',
        'Добрый день, товар из заказа {order} не работает, вообще не включается.',
      ],
      follow: [
        'Отправил фото и видео. Подскажите, что дальше?',
        'Ждать ещё месяц замену не хочу, лучше верните деньги.',
      ],
      reply: [
        'Очень жаль, {name}. Пришлите, пожалуйста, фото или короткое видео повреждения — и мы предложим возврат денег или бесплатную замену.',
        'Спасибо за фото, {name}. Можем бесплатно отправить новый товар или вернуть деньги — как вам удобнее?',
        '{name}, мы оформили возврат; деньги поступят в течение 3–20 рабочих дней в зависимости от банка.',
      ],
    },
    pt: {
      subject: 'Produto chegou danificado',
      open: [
        'Olá, meu {product} chegou quebrado. A caixa veio amassada. O que vocês podem fazer?',
        'Oi, o produto do pedido {order} não funciona, nem liga.',
      ],
      follow: [
        'Enviei fotos e vídeo. O que acontece agora?',
        'Não quero esperar mais um mês por outro, prefiro o reembolso.',
      ],
      reply: [
        'Sentimos muito, {name}. Pode enviar uma foto ou um vídeo curto do defeito? Assim oferecemos reembolso ou troca grátis.',
        'Obrigado pelas fotos, {name}. Podemos enviar outro sem custo ou fazer o reembolso, o que prefere?',
        '{name}, o reembolso foi feito; o valor chega em 3 a 20 dias úteis, conforme o seu banco.',
      ],
    },
    es: {
      subject: 'El artículo llegó dañado',
      open: [
        'Hola, mi {product} llegó roto. La caja venía aplastada. ¿Qué pueden hacer?',
        'Buenas, el artículo del pedido {order} no funciona, no enciende.',
      ],
      follow: [
        'Ya envié fotos y un vídeo. ¿Qué pasa ahora?',
        'No quiero esperar otro mes por un reemplazo, prefiero el reembolso.',
      ],
      reply: [
        'Lo sentimos mucho, {name}. ¿Puede enviarnos una foto o un vídeo corto del daño? Así le ofrecemos reembolso o un reemplazo gratis.',
        'Gracias por las fotos, {name}. Podemos enviarle uno nuevo sin coste o hacerle el reembolso, ¿qué prefiere?',
        '{name}, hemos realizado el reembolso; llegará a su cuenta en 3–20 días hábiles según su banco.',
      ],
    },
    fr: {
      subject: 'Article arrivé endommagé',
      open: [
        'Bonjour, mon {product} est arrivé cassé, le carton était écrasé. Que pouvez-vous faire ?',
        'Bonjour, l’article de la commande {order} ne fonctionne pas, il ne s’allume pas du tout.',
      ],
      follow: [
        'J’ai envoyé des photos et une vidéo. Quelle est la suite ?',
        'Je ne veux pas attendre encore un mois, je préfère un remboursement.',
      ],
      reply: [
        'Nous sommes désolés, {name}. Pouvez-vous nous envoyer une photo ou une courte vidéo du défaut ? Nous proposerons un remboursement ou un remplacement gratuit.',
        'Merci pour les photos, {name}. Nous pouvons renvoyer un article gratuitement ou vous rembourser, que préférez-vous ?',
        '{name}, le remboursement est effectué ; il arrivera sous 3 à 20 jours ouvrés selon votre banque.',
      ],
    },
  },
  'refund-request': {
    en: {
      subject: 'Refund request',
      open: [
        'Hi, I would like a refund for order {order}, the item is not as described.',
        'Hello, I received the wrong colour. Can I get a partial refund?',
      ],
      follow: ['How much will you refund?', 'I still have not received the refund.'],
      reply: [
        'Hello {name}, we are sorry the item did not meet your expectations. We can offer a partial refund of 30 % and you keep the item. Is that ok?',
        'Hi {name}, we agree to a full refund. Please open a refund request in the order and we will approve it the same day.',
        'Dear {name}, the refund was approved on our side; banks usually need 3–20 working days.',
      ],
    },
    ru: {
      subject: 'Запрос на возврат',
      open: [
        'Здравствуйте, хочу вернуть деньги за заказ {order}, товар не соответствует описанию.',
        'Добрый день, пришёл не тот цвет. Можно частичный возврат?',
      ],
      follow: ['Сколько вы вернёте?', 'Деньги до сих пор не пришли.'],
      reply: [
        'Здравствуйте, {name}! Жаль, что товар не оправдал ожиданий. Можем предложить частичный возврат 30 %, товар остаётся у вас. Вас устроит?',
        '{name}, согласны на полный возврат. Откройте, пожалуйста, запрос на возврат в заказе, мы одобрим его в тот же день.',
        '{name}, возврат с нашей стороны одобрен; банку обычно нужно 3–20 рабочих дней.',
      ],
    },
    pt: {
      subject: 'Pedido de reembolso',
      open: [
        'Olá, quero o reembolso do pedido {order}, o produto não é como o anunciado.',
        'Oi, recebi a cor errada. Posso ter um reembolso parcial?',
      ],
      follow: ['Quanto vocês vão reembolsar?', 'Ainda não recebi o reembolso.'],
      reply: [
        'Olá {name}, lamentamos que o produto não tenha atendido às expectativas. Podemos oferecer reembolso parcial de 30 % e você fica com o produto. Tudo bem?',
        'Oi {name}, aceitamos o reembolso total. Abra a solicitação de reembolso no pedido e aprovamos no mesmo dia.',
        '{name}, o reembolso foi aprovado; os bancos costumam levar de 3 a 20 dias úteis.',
      ],
    },
    es: {
      subject: 'Solicitud de reembolso',
      open: [
        'Hola, quiero el reembolso del pedido {order}, el artículo no es como se describe.',
        'Buenas, me llegó el color equivocado. ¿Puedo tener un reembolso parcial?',
      ],
      follow: ['¿Cuánto me van a reembolsar?', 'Todavía no he recibido el reembolso.'],
      reply: [
        'Hola {name}, sentimos que el artículo no cumpliera sus expectativas. Le ofrecemos un reembolso parcial del 30 % y se queda con el artículo. ¿Le parece bien?',
        'Hola {name}, aceptamos el reembolso total. Abra la solicitud de reembolso en el pedido y la aprobaremos el mismo día.',
        '{name}, el reembolso está aprobado; los bancos suelen tardar de 3 a 20 días hábiles.',
      ],
    },
    fr: {
      subject: 'Demande de remboursement',
      open: [
        'Bonjour, je souhaite être remboursé pour la commande {order}, l’article n’est pas conforme à la description.',
        'Bonjour, j’ai reçu la mauvaise couleur. Puis-je avoir un remboursement partiel ?',
      ],
      follow: ['Combien allez-vous rembourser ?', 'Je n’ai toujours pas reçu le remboursement.'],
      reply: [
        'Bonjour {name}, désolés que l’article ne vous convienne pas. Nous proposons un remboursement partiel de 30 % et vous gardez l’article. Cela vous va ?',
        'Bonjour {name}, nous acceptons le remboursement total. Ouvrez la demande dans la commande, nous l’approuverons le jour même.',
        '{name}, le remboursement est validé de notre côté ; les banques mettent en général 3 à 20 jours ouvrés.',
      ],
    },
  },
  dispute: {
    en: {
      subject: 'Dispute opened',
      open: [
        'I opened a dispute because the parcel never arrived. Order {order}.',
        'The item is fake and does not match the photos. I have opened a dispute.',
      ],
      follow: [
        'I will not close the dispute until I get my money back.',
        'I uploaded the evidence to the dispute.',
      ],
      reply: [
        'Hello {name}, we are sorry for the trouble. Tracking {tracking} shows the parcel is still moving; could you give it 10 more days? We will extend the protection.',
        'Hi {name}, we have accepted your dispute and proposed a full refund, please confirm it in the dispute page.',
        'Dear {name}, please check the post office: the tracking shows the parcel is waiting there for pickup.',
      ],
    },
    ru: {
      subject: 'Открыт спор',
      open: [
        'Я открыл спор, потому что посылка так и не пришла. Заказ {order}.',
        'Товар поддельный и не соответствует фото. Открываю спор.',
      ],
      follow: ['Спор закрывать не буду, пока не вернёте деньги.', 'Доказательства загрузил в спор.'],
      reply: [
        'Здравствуйте, {name}! Приносим извинения. По треку {tracking} посылка ещё в пути — можете подождать ещё 10 дней? Мы продлим защиту.',
        '{name}, мы приняли спор и предложили полный возврат, подтвердите, пожалуйста, на странице спора.',
        '{name}, проверьте, пожалуйста, почтовое отделение: по треку посылка ждёт вас там.',
      ],
    },
    pt: {
      subject: 'Disputa aberta',
      open: [
        'Abri uma disputa porque o pacote nunca chegou. Pedido {order}.',
        'O produto é falsificado e diferente das fotos. Abri uma disputa.',
      ],
      follow: ['Não vou fechar a disputa até receber meu dinheiro de volta.', 'Enviei as provas na disputa.'],
      reply: [
        'Olá {name}, desculpe pelo transtorno. O rastreio {tracking} mostra que o pacote ainda está em movimento; pode aguardar mais 10 dias? Vamos estender a proteção.',
        'Oi {name}, aceitamos a disputa e propusemos reembolso total, confirme na página da disputa, por favor.',
        '{name}, verifique nos Correios: o rastreio mostra que o pacote está aguardando retirada.',
      ],
    },
    es: {
      subject: 'Disputa abierta',
      open: [
        'He abierto una disputa porque el paquete nunca llegó. Pedido {order}.',
        'El artículo es falso y no coincide con las fotos. He abierto una disputa.',
      ],
      follow: ['No cerraré la disputa hasta recibir mi dinero.', 'He subido las pruebas a la disputa.'],
      reply: [
        'Hola {name}, sentimos las molestias. El seguimiento {tracking} muestra que el paquete sigue en camino; ¿puede esperar 10 días más? Ampliaremos la protección.',
        'Hola {name}, hemos aceptado la disputa y propuesto el reembolso total, confírmelo en la página de la disputa.',
        '{name}, consulte en su oficina de correos: según el seguimiento, el paquete está esperando a ser recogido.',
      ],
    },
    fr: {
      subject: 'Litige ouvert',
      open: [
        'J’ai ouvert un litige car le colis n’est jamais arrivé. Commande {order}.',
        'L’article est une contrefaçon et ne correspond pas aux photos. J’ai ouvert un litige.',
      ],
      follow: [
        'Je ne fermerai pas le litige tant que je ne serai pas remboursé.',
        'J’ai ajouté les preuves dans le litige.',
      ],
      reply: [
        'Bonjour {name}, désolés pour ce désagrément. Le suivi {tracking} montre que le colis avance encore ; pouvez-vous patienter 10 jours ? Nous prolongerons la protection.',
        'Bonjour {name}, nous avons accepté le litige et proposé un remboursement total, merci de confirmer sur la page du litige.',
        '{name}, vérifiez auprès de votre bureau de poste : le suivi indique que le colis vous y attend.',
      ],
    },
  },
  'thank-you': {
    en: {
      subject: 'Thank you',
      open: [
        'Received {product} today, works perfectly. Thank you!',
        'Great quality and fast delivery, I will order again. Thanks!',
      ],
      follow: ['I left 5 stars :)'],
      reply: [
        'Thank you very much, {name}! We are happy you like it. A 5-star review helps our small shop a lot.',
        'Thanks {name}! Follow our store for new arrivals and coupons.',
      ],
    },
    ru: {
      subject: 'Спасибо',
      open: [
        'Получила {product} сегодня, всё работает отлично. Спасибо!',
        'Отличное качество и быстрая доставка, буду заказывать ещё. Спасибо!',
      ],
      follow: ['Поставил 5 звёзд :)'],
      reply: [
        'Большое спасибо, {name}! Рады, что понравилось. Отзыв на 5 звёзд очень помогает нашему небольшому магазину.',
        'Спасибо, {name}! Подписывайтесь на магазин — новинки и купоны каждую неделю.',
      ],
    },
    pt: {
      subject: 'Obrigado',
      open: [
        'Recebi {product} hoje, funciona perfeitamente. Obrigada!',
        'Ótima qualidade e entrega rápida, vou comprar de novo. Obrigado!',
      ],
      follow: ['Deixei 5 estrelas :)'],
      reply: [
        'Muito obrigado, {name}! Ficamos felizes que gostou. Uma avaliação de 5 estrelas ajuda muito nossa pequena loja.',
        'Obrigado {name}! Siga nossa loja para novidades e cupons.',
      ],
    },
    es: {
      subject: 'Gracias',
      open: [
        'Recibí {product} hoy, funciona perfecto. ¡Gracias!',
        'Muy buena calidad y envío rápido, volveré a comprar. ¡Gracias!',
      ],
      follow: ['Dejé 5 estrellas :)'],
      reply: [
        '¡Muchas gracias, {name}! Nos alegra que le guste. Una valoración de 5 estrellas ayuda mucho a nuestra pequeña tienda.',
        '¡Gracias {name}! Siga nuestra tienda para novedades y cupones.',
      ],
    },
    fr: {
      subject: 'Merci',
      open: [
        'J’ai reçu {product} aujourd’hui, il fonctionne parfaitement. Merci !',
        'Très bonne qualité et livraison rapide, je recommanderai. Merci !',
      ],
      follow: ['J’ai laissé 5 étoiles :)'],
      reply: [
        'Merci beaucoup, {name} ! Nous sommes ravis qu’il vous plaise. Un avis 5 étoiles aide beaucoup notre petite boutique.',
        'Merci {name} ! Suivez notre boutique pour les nouveautés et les coupons.',
      ],
    },
  },
  customs: {
    en: {
      subject: 'Customs question',
      open: [
        'Hi, customs is asking me to pay a fee for order {order}. Is that included in the price?',
        'Hello, the parcel is held at customs and they want my ID number. What should I do?',
      ],
      follow: ['How long does customs clearance usually take?', 'Can you declare a lower value next time?'],
      reply: [
        'Hello {name}, import duties are set by your country’s customs and are not included in the price. The declared value matches the order.',
        'Hi {name}, customs clearance usually takes 3–7 days. Please provide the documents they ask for so the parcel is released.',
        'Dear {name}, we must declare the real value, sorry. For orders under the duty-free limit there is usually no fee.',
      ],
    },
    ru: {
      subject: 'Вопрос по таможне',
      open: [
        'Здравствуйте, таможня просит оплатить пошлину за заказ {order}. Разве это не входит в цену?',
        'Добрый день, посылку задержали на таможне и просят паспортные данные. Что делать?',
      ],
      follow: [
        'Сколько обычно длится таможенное оформление?',
        'Можно в следующий раз указать меньшую стоимость в декларации?',
      ],
      reply: [
        'Здравствуйте, {name}! Пошлины устанавливает таможня вашей страны, в цену они не входят. Стоимость в декларации соответствует заказу.',
        '{name}, таможенное оформление обычно занимает 3–7 дней. Предоставьте, пожалуйста, запрошенные данные, и посылку выпустят.',
        '{name}, мы обязаны указывать реальную стоимость, извините. Для заказов в пределах беспошлинного лимита пошлины обычно нет.',
      ],
    },
    pt: {
      subject: 'Dúvida sobre alfândega',
      open: [
        'Olá, a Receita está cobrando imposto do pedido {order}. Isso não estava incluso?',
        'Oi, o pacote está retido na alfândega e pedem meu CPF. O que faço?',
      ],
      follow: ['Quanto tempo costuma levar a liberação?', 'Podem declarar um valor menor na próxima vez?'],
      reply: [
        'Olá {name}, os impostos de importação são definidos pela Receita Federal e não estão incluídos no preço. O valor declarado é o do pedido.',
        'Oi {name}, a liberação costuma levar de 3 a 7 dias. Envie os dados solicitados para o pacote ser liberado.',
        '{name}, precisamos declarar o valor real, desculpe.',
      ],
    },
    es: {
      subject: 'Consulta sobre aduana',
      open: [
        'Hola, la aduana me pide pagar un impuesto por el pedido {order}. ¿No estaba incluido?',
        'Buenas, el paquete está retenido en aduana y me piden mi número de identificación. ¿Qué hago?',
      ],
      follow: [
        '¿Cuánto suele tardar el despacho de aduana?',
        '¿Pueden declarar un valor menor la próxima vez?',
      ],
      reply: [
        'Hola {name}, los aranceles los fija la aduana de su país y no están incluidos en el precio. El valor declarado coincide con el pedido.',
        'Hola {name}, el despacho suele tardar de 3 a 7 días. Entregue los datos que le piden para que liberen el paquete.',
        '{name}, debemos declarar el valor real, lo sentimos.',
      ],
    },
    fr: {
      subject: 'Question sur la douane',
      open: [
        'Bonjour, la douane me demande de payer des frais pour la commande {order}. Ce n’était pas inclus ?',
        'Bonjour, le colis est retenu en douane et on me demande une pièce d’identité. Que dois-je faire ?',
      ],
      follow: [
        'Combien de temps dure le dédouanement en général ?',
        'Pouvez-vous déclarer une valeur plus basse la prochaine fois ?',
      ],
      reply: [
        'Bonjour {name}, les droits d’importation sont fixés par la douane de votre pays et ne sont pas inclus dans le prix. La valeur déclarée correspond à la commande.',
        'Bonjour {name}, le dédouanement prend en général 3 à 7 jours. Merci de fournir les documents demandés pour libérer le colis.',
        '{name}, nous devons déclarer la valeur réelle, désolés.',
      ],
    },
  },
};

export const LANGUAGE_GENERICS: Record<BuyerLanguage, LanguageGenerics> = {
  en: {
    closing: ['Ok, thank you!', 'Thanks, got it.', 'Perfect, thank you for the quick answer.'],
    platformSignature: '— AliExpress Customer Service',
  },
  ru: {
    closing: ['Хорошо, спасибо!', 'Понял, спасибо.', 'Отлично, спасибо за быстрый ответ.'],
    platformSignature: '— Служба поддержки AliExpress',
  },
  pt: {
    closing: ['Ok, obrigado!', 'Entendi, obrigada.', 'Perfeito, obrigado pela resposta rápida.'],
    platformSignature: '— Atendimento AliExpress',
  },
  es: {
    closing: ['Vale, ¡gracias!', 'Entendido, gracias.', 'Perfecto, gracias por la respuesta rápida.'],
    platformSignature: '— Atención al cliente de AliExpress',
  },
  fr: {
    closing: ['D’accord, merci !', 'Compris, merci.', 'Parfait, merci pour la réponse rapide.'],
    platformSignature: '— Service client AliExpress',
  },
};

/** Replaces {placeholders}; unknown ones stay visible so a template typo shows up in the demo, not silently. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, key: string) => values[key] ?? whole);
}

/**
 * Built-in reply templates, written per language (not machine-translated): these are what buyers read.
 * Polite form throughout (you / Вы / você / usted / vous). Ids are stable — `builtin:<topic>:<language>` — so a
 * rep's edits to a copy, usage counts and shortcuts keep pointing at the same template across app updates.
 * Phrasing avoids guessing the buyer's gender or the product's grammatical gender.
 */
import type { BuyerLanguage, ReplyTemplate } from '@shared/domain/types';

export const TEMPLATE_TOPICS = [
  'where-is-my-order',
  'shipped-notice',
  'delay-apology',
  'size-help',
  'out-of-stock',
  'dispute-response',
  'review-request',
] as const;
export type TemplateTopic = (typeof TEMPLATE_TOPICS)[number];

/** When this pack's text last changed; built-ins carry it as updatedAt. */
export const STARTER_PACK_UPDATED_AT = Date.UTC(2025, 0, 15);

interface Wording {
  greeting: string;
  signOff: string;
  names: Record<TemplateTopic, string>;
  bodies: Record<TemplateTopic, string>;
}

const WORDING: Record<BuyerLanguage, Wording> = {
  en: {
    greeting: 'Hello {buyer_name},',
    signOff: 'Best regards,\n{rep_name}\n{store_name}',
    names: {
      'where-is-my-order': 'Where is my order',
      'shipped-notice': 'Order shipped',
      'delay-apology': 'Delay apology',
      'size-help': 'Size help',
      'out-of-stock': 'Out of stock',
      'dispute-response': 'Dispute response',
      'review-request': 'Review request',
    },
    bodies: {
      'where-is-my-order':
        'Thank you for your message. Your order {order_id} is on its way with {carrier}. The tracking number is {tracking_number}, and the estimated delivery date is {eta}.\n\nTracking can stay without updates for a few days while the parcel goes through customs, so please don’t worry if nothing changes for a while. If anything is unclear, just write to us and we will check it for you.',
      'shipped-notice':
        'Good news: your order {order_id} has been shipped with {carrier}. Your tracking number is {tracking_number}. Tracking information may take 2–3 days to appear. The estimated delivery date is {eta}.\n\nThank you for shopping with us!',
      'delay-apology':
        'We are very sorry that your order {order_id} is taking longer than expected. The parcel is with {carrier} (tracking number {tracking_number}), and the new estimated delivery date is {eta}.\n\nWe are following it closely and will let you know as soon as there is news. Thank you very much for your patience and understanding.',
      'size-help':
        'Thank you for your interest in {product_title}. To choose the right size, please compare your measurements with the size chart in the product photos. The easiest way is to measure a similar item you already own that fits you well.\n\nIf you send us your height, weight and usual size, we will gladly recommend a size for you.',
      'out-of-stock':
        'Thank you for your order {order_id}. Unfortunately, {product_title} is currently out of stock in the option you chose.\n\nWe can offer you another color or size, or send it as soon as new stock arrives. If you prefer, you can also cancel the order and receive a full refund. Please let us know which option suits you best.',
      'dispute-response':
        'We are sorry about the problem with your order {order_id}, and we want to solve it for you. Could you please send us a photo or a short video of the item so we can understand what happened?\n\nAs soon as we receive it, we will offer you a solution: a replacement or a refund. We will reply to your dispute before {dispute_deadline}.',
      'review-request':
        'We hope you are enjoying your {product_title}. If you have a minute, we would be very grateful for a review: it helps other buyers and means a lot to our small store.\n\nIf anything is not right, please write to us first and we will do our best to fix it.',
    },
  },
  ru: {
    greeting: 'Здравствуйте, {buyer_name}!',
    signOff: 'С уважением,\n{rep_name}\n{store_name}',
    names: {
      'where-is-my-order': 'Где мой заказ',
      'shipped-notice': 'Заказ отправлен',
      'delay-apology': 'Извинение за задержку',
      'size-help': 'Помощь с размером',
      'out-of-stock': 'Нет в наличии',
      'dispute-response': 'Ответ на спор',
      'review-request': 'Просьба об отзыве',
    },
    bodies: {
      'where-is-my-order':
        'Спасибо за сообщение. Ваш заказ {order_id} уже в пути, его доставляет {carrier}. Трек-номер: {tracking_number}, ориентировочная дата доставки — {eta}.\n\nПока посылка проходит таможню, отслеживание может несколько дней не обновляться — это нормально. Если что-то непонятно, напишите нам, и мы всё проверим.',
      'shipped-notice':
        'Хорошие новости: Ваш заказ {order_id} отправлен, его доставляет {carrier}. Трек-номер: {tracking_number}. Информация об отслеживании может появиться через 2–3 дня. Ориентировочная дата доставки — {eta}.\n\nСпасибо за покупку!',
      'delay-apology':
        'Приносим извинения за то, что доставка заказа {order_id} занимает больше времени, чем ожидалось. Посылку доставляет {carrier} (трек-номер {tracking_number}), новая ориентировочная дата доставки — {eta}.\n\nМы внимательно следим за посылкой и сразу сообщим, если появятся новости. Большое спасибо за терпение и понимание!',
      'size-help':
        'Спасибо за интерес к товару «{product_title}». Чтобы выбрать размер, сравните свои мерки с таблицей размеров на фотографиях товара. Проще всего измерить похожую вещь, которая Вам хорошо подходит.\n\nНапишите нам свой рост, вес и обычный размер — мы с радостью подскажем, какой размер выбрать.',
      'out-of-stock':
        'Спасибо за заказ {order_id}. К сожалению, товара «{product_title}» в выбранном Вами варианте сейчас нет в наличии.\n\nМы можем предложить другой цвет или размер либо отправить товар, как только он поступит. Если Вам удобнее, можно отменить заказ с полным возвратом денег. Пожалуйста, сообщите, какой вариант Вам подходит.',
      'dispute-response':
        'Нам очень жаль, что с заказом {order_id} возникла проблема, и мы хотим её решить. Пожалуйста, пришлите фото или короткое видео товара, чтобы мы поняли, что произошло.\n\nКак только мы их получим, мы предложим решение — замену или возврат денег. Мы ответим на спор до {dispute_deadline}.',
      'review-request':
        'Надеемся, что товар «{product_title}» Вам нравится. Если у Вас найдётся минутка, будем очень благодарны за отзыв: он помогает другим покупателям и очень важен для нашего небольшого магазина.\n\nЕсли что-то не так, пожалуйста, сначала напишите нам — мы постараемся всё исправить.',
    },
  },
  pt: {
    greeting: 'Olá, {buyer_name}!',
    signOff: 'Atenciosamente,\n{rep_name}\n{store_name}',
    names: {
      'where-is-my-order': 'Onde está meu pedido',
      'shipped-notice': 'Pedido enviado',
      'delay-apology': 'Desculpas pelo atraso',
      'size-help': 'Ajuda com tamanho',
      'out-of-stock': 'Sem estoque',
      'dispute-response': 'Resposta à disputa',
      'review-request': 'Pedido de avaliação',
    },
    bodies: {
      'where-is-my-order':
        'Obrigado pela sua mensagem. Seu pedido {order_id} já está a caminho com a {carrier}. O código de rastreio é {tracking_number} e a previsão de entrega é {eta}.\n\nEnquanto o pacote passa pela alfândega, o rastreamento pode ficar alguns dias sem atualização; isso é normal. Se tiver qualquer dúvida, é só nos escrever que verificamos para você.',
      'shipped-notice':
        'Boa notícia: seu pedido {order_id} foi enviado pela {carrier}. O código de rastreio é {tracking_number}. As informações de rastreamento podem levar de 2 a 3 dias para aparecer. A previsão de entrega é {eta}.\n\nObrigado por comprar conosco!',
      'delay-apology':
        'Pedimos desculpas pela demora na entrega do seu pedido {order_id}. O pacote está com a {carrier} (código de rastreio {tracking_number}) e a nova previsão de entrega é {eta}.\n\nEstamos acompanhando de perto e avisaremos assim que houver novidades. Muito obrigado pela paciência e compreensão!',
      'size-help':
        'Obrigado pelo interesse em {product_title}. Para escolher o tamanho certo, compare suas medidas com a tabela de tamanhos nas fotos do produto. O mais fácil é medir uma peça parecida que você já tem e que fica bem em você.\n\nSe nos enviar sua altura, seu peso e o tamanho que costuma usar, teremos prazer em recomendar o tamanho ideal.',
      'out-of-stock':
        'Obrigado pelo seu pedido {order_id}. Infelizmente, {product_title} está sem estoque no momento na opção que você escolheu.\n\nPodemos oferecer outra cor ou outro tamanho, ou enviar assim que o estoque for reposto. Se preferir, você também pode cancelar o pedido e receber o reembolso total. Por favor, nos diga qual opção prefere.',
      'dispute-response':
        'Sentimos muito pelo problema com o seu pedido {order_id} e queremos resolvê-lo. Você poderia nos enviar uma foto ou um vídeo curto do produto para entendermos o que aconteceu?\n\nAssim que recebermos, ofereceremos uma solução: a troca do produto ou o reembolso. Responderemos à sua disputa até {dispute_deadline}.',
      'review-request':
        'Esperamos que você esteja gostando de {product_title}. Se tiver um minutinho, ficaríamos muito gratos por uma avaliação: isso ajuda outros compradores e faz muita diferença para a nossa pequena loja.\n\nSe algo não estiver certo, por favor, fale conosco primeiro e faremos o possível para resolver.',
    },
  },
  es: {
    greeting: '¡Hola, {buyer_name}!',
    signOff: 'Un saludo,\n{rep_name}\n{store_name}',
    names: {
      'where-is-my-order': 'Dónde está mi pedido',
      'shipped-notice': 'Pedido enviado',
      'delay-apology': 'Disculpa por el retraso',
      'size-help': 'Ayuda con la talla',
      'out-of-stock': 'Sin stock',
      'dispute-response': 'Respuesta a disputa',
      'review-request': 'Solicitud de valoración',
    },
    bodies: {
      'where-is-my-order':
        'Gracias por su mensaje. Su pedido {order_id} ya está en camino con {carrier}. El número de seguimiento es {tracking_number} y la fecha estimada de entrega es el {eta}.\n\nMientras el paquete pasa por la aduana, el seguimiento puede quedarse varios días sin actualizarse; es algo normal. Si tiene cualquier duda, escríbanos y lo revisaremos.',
      'shipped-notice':
        'Buenas noticias: su pedido {order_id} ya ha sido enviado con {carrier}. El número de seguimiento es {tracking_number}. La información de seguimiento puede tardar 2 o 3 días en aparecer. La fecha estimada de entrega es el {eta}.\n\n¡Gracias por su compra!',
      'delay-apology':
        'Lamentamos mucho que su pedido {order_id} esté tardando más de lo previsto. El paquete está con {carrier} (número de seguimiento {tracking_number}) y la nueva fecha estimada de entrega es el {eta}.\n\nLo estamos siguiendo de cerca y le avisaremos en cuanto haya novedades. Muchas gracias por su paciencia y comprensión.',
      'size-help':
        'Gracias por su interés en {product_title}. Para elegir la talla correcta, compare sus medidas con la tabla de tallas que aparece en las fotos del producto. Lo más sencillo es medir una prenda parecida que ya tenga y que le quede bien.\n\nSi nos indica su altura, su peso y la talla que suele usar, le recomendaremos la talla más adecuada con mucho gusto.',
      'out-of-stock':
        'Gracias por su pedido {order_id}. Lamentablemente, ahora mismo no nos queda stock de {product_title} en la opción que eligió.\n\nPodemos ofrecerle otro color u otra talla, o enviárselo en cuanto recibamos nuevas unidades. Si lo prefiere, también puede cancelar el pedido y recibir el reembolso completo. Por favor, díganos qué opción le viene mejor.',
      'dispute-response':
        'Sentimos mucho el problema con su pedido {order_id} y queremos solucionarlo. ¿Podría enviarnos una foto o un vídeo corto del producto para entender qué ha pasado?\n\nEn cuanto lo recibamos, le ofreceremos una solución: un cambio del producto o un reembolso. Responderemos a su disputa antes del {dispute_deadline}.',
      'review-request':
        'Esperamos que {product_title} le esté gustando. Si tiene un momento, le agradeceríamos mucho que dejara una valoración: ayuda a otros compradores y significa mucho para nuestra pequeña tienda.\n\nSi algo no está bien, por favor, escríbanos primero y haremos todo lo posible por solucionarlo.',
    },
  },
  fr: {
    greeting: 'Bonjour {buyer_name},',
    signOff: 'Cordialement,\n{rep_name}\n{store_name}',
    names: {
      'where-is-my-order': 'Où est ma commande',
      'shipped-notice': 'Commande expédiée',
      'delay-apology': 'Excuses pour le retard',
      'size-help': 'Aide pour la taille',
      'out-of-stock': 'Rupture de stock',
      'dispute-response': 'Réponse au litige',
      'review-request': 'Demande d’avis',
    },
    bodies: {
      'where-is-my-order':
        'Merci pour votre message. Votre commande {order_id} est en route avec {carrier}. Le numéro de suivi est {tracking_number} et la livraison est prévue pour le {eta}.\n\nPendant le passage en douane, le suivi peut rester quelques jours sans mise à jour : c’est normal. Si vous avez la moindre question, écrivez-nous et nous vérifierons pour vous.',
      'shipped-notice':
        'Bonne nouvelle : votre commande {order_id} a été expédiée avec {carrier}. Votre numéro de suivi est {tracking_number}. Les informations de suivi peuvent mettre 2 à 3 jours à apparaître. La livraison est prévue pour le {eta}.\n\nMerci pour votre achat !',
      'delay-apology':
        'Nous sommes vraiment désolés que votre commande {order_id} prenne plus de temps que prévu. Le colis est acheminé par {carrier} (numéro de suivi {tracking_number}) et la nouvelle date de livraison estimée est le {eta}.\n\nNous suivons le colis de près et reviendrons vers vous dès que nous aurons du nouveau. Merci beaucoup pour votre patience et votre compréhension.',
      'size-help':
        'Merci de votre intérêt pour {product_title}. Pour choisir la bonne taille, comparez vos mensurations avec le guide des tailles présent dans les photos du produit. Le plus simple est de mesurer un vêtement similaire que vous avez déjà et qui vous va bien.\n\nSi vous nous indiquez votre taille en cm, votre poids et la taille de vêtement que vous portez habituellement, nous vous conseillerons volontiers.',
      'out-of-stock':
        'Merci pour votre commande {order_id}. Malheureusement, {product_title} n’est plus disponible pour le moment dans la variante que vous avez choisie.\n\nNous pouvons vous proposer une autre couleur ou une autre taille, ou vous l’envoyer dès le retour en stock. Si vous préférez, vous pouvez aussi annuler la commande et obtenir un remboursement intégral. Merci de nous dire ce qui vous convient le mieux.',
      'dispute-response':
        'Nous sommes désolés du problème rencontré avec votre commande {order_id} et nous souhaitons le résoudre. Pourriez-vous nous envoyer une photo ou une courte vidéo de l’article afin que nous comprenions ce qui s’est passé ?\n\nDès réception, nous vous proposerons une solution : un échange ou un remboursement. Nous répondrons à votre litige avant le {dispute_deadline}.',
      'review-request':
        'Nous espérons que {product_title} vous plaît. Si vous avez une minute, nous vous serions très reconnaissants de laisser un avis : cela aide les autres acheteurs et compte beaucoup pour notre petite boutique.\n\nSi quelque chose ne va pas, écrivez-nous d’abord et nous ferons tout notre possible pour arranger cela.',
    },
  },
};

export function builtInTemplateId(topic: TemplateTopic, language: BuyerLanguage): string {
  return `builtin:${topic}:${language}`;
}

function build(): ReplyTemplate[] {
  const out: ReplyTemplate[] = [];
  for (const topic of TEMPLATE_TOPICS) {
    for (const language of Object.keys(WORDING) as BuyerLanguage[]) {
      const w = WORDING[language];
      out.push({
        id: builtInTemplateId(topic, language),
        name: w.names[topic],
        language,
        topic,
        body: `${w.greeting}\n\n${w.bodies[topic]}\n\n${w.signOff}`,
        builtIn: true,
        updatedAt: STARTER_PACK_UPDATED_AT,
      });
    }
  }
  return out;
}

/** 7 topics × 5 languages, ordered by topic then language. Frozen: copy before editing. */
export const STARTER_TEMPLATES: readonly ReplyTemplate[] = Object.freeze(
  build().map((t) => Object.freeze(t)),
);

/**
 * What buyers ask for, as offline rules per buyer language: each intent is a list of patterns with a weight.
 * Patterns are written in folded form (lower case, accents removed, ё→е, й→и — see tokenize.ts `fold`), so
 * "não", "nao", "ЁЩЁ" and "еще" all match; Russian and Portuguese stems end in `\p{L}*` to take every
 * inflection ("посылк\p{L}*" finds посылка, посылку, посылки, посылкой). A pattern matches at a word start.
 * Weights: 1 for a phrase that says the intent on its own, 0.5–0.7 for a word that only hints at it.
 *
 * Source: the shop's own reading of AliExpress buyer messages (demo conversations and real threads), 2026-12.
 * Edit here: the rules are data, the matcher (intents.ts) never names a word.
 */
import type { BuyerLanguage } from '@shared/domain/types';

export const INTENTS = [
  'where-is-order',
  'not-received',
  'tracking-stuck',
  'wrong-size',
  'wrong-item',
  'damaged',
  'not-working',
  'refund',
  'cancel',
  'customs',
  'discount',
  'address-change',
  'thanks',
] as const;
export type Intent = (typeof INTENTS)[number];

/** [pattern, weight]. */
export type IntentRule = readonly [pattern: string, weight: number];
export type IntentRules = Readonly<Record<BuyerLanguage, Partial<Record<Intent, readonly IntentRule[]>>>>;

const L = '\\p{L}*';

export const INTENT_RULES: IntentRules = {
  en: {
    'where-is-order': [
      [`where\\s+(is|are|s)\\s+(my|the)\\s+(order|package|parcel|item|stuff)`, 1],
      [`where'?s\\s+my\\s+(order|package|parcel)`, 1],
      [
        `when\\s+(will|does|is)\\s+(it|my\\s+\\p{L}+|the\\s+\\p{L}+)\\s+(arrive|come|be\\s+delivered|ship)`,
        1,
      ],
      [`(status|update)\\s+(of|on)\\s+my\\s+(order|package|parcel)`, 0.8],
      [`any\\s+(news|update)`, 0.6],
      [`tracking\\s+(number|info)`, 0.5],
    ],
    'not-received': [
      [
        `(have\\s*n[o']?t|has\\s*n[o']?t|did\\s*n[o']?t|never|still\\s+not|not\\s+yet)\\s+(received|got|get|arrived|come|came|been\\s+delivered)`,
        1,
      ],
      [`(not|never)\\s+(received|arrived|delivered)`, 1],
      [`still\\s+(waiting|nothing)`, 0.7],
    ],
    'tracking-stuck': [
      [
        `tracking\\s+(has\\s*n[o']?t|does\\s*n[o']?t|is\\s*n[o']?t|not)\\s+(been\\s+)?(updat|chang|mov)${L}`,
        1,
      ],
      [`(stuck|no\\s+movement|no\\s+updates?)`, 0.8],
    ],
    'wrong-size': [
      [`(too|very)\\s+(small|big|large|tight|short|long)`, 1],
      [`wrong\\s+size`, 1],
      [`(does\\s*n[o']?t|do\\s*n[o']?t|did\\s*n[o']?t|not)\\s+fit`, 1],
      [`(size|sizes)`, 0.5],
    ],
    'wrong-item': [
      [`wrong\\s+(item|colou?r|product|model|one|thing)`, 1],
      [`not\\s+what\\s+i\\s+(ordered|bought)`, 1],
      [`(different|another)\\s+(colou?r|item|model|product)`, 0.8],
      [`sent\\s+me\\s+(the\\s+wrong|a\\s+different)`, 1],
    ],
    damaged: [
      [`(broken|damaged|cracked|smashed|crushed|scratched|torn|dented|shattered)`, 1],
      [`arrived\\s+(broken|damaged)`, 0.5],
    ],
    'not-working': [
      [
        `(does\\s*n[o']?t|do\\s*n[o']?t|is\\s*n[o']?t|not|stopped)\\s+(work|working|charg${L}|turn${L}\\s+on)`,
        1,
      ],
      [`(defective|faulty|dead\\s+on\\s+arrival)`, 1],
      [`won'?t\\s+(work|charge|turn\\s+on|connect)`, 1],
    ],
    refund: [
      [`(refund${L}|money\\s+back|reimburs${L})`, 1],
      [`(return|give\\s+back)\\s+(my|the)\\s+money`, 1],
      [`return\\s+(it|the\\s+item)`, 0.6],
    ],
    cancel: [[`(cancel${L})`, 1]],
    customs: [
      [`(customs|import\\s+(tax|duty|fee)|duties|vat\\s+fee|customs\\s+fee)`, 1],
      [`(tax|taxes)`, 0.6],
    ],
    discount: [
      [`(discount${L}|coupon${L}|promo\\s+code|voucher)`, 1],
      [`(cheaper|lower\\s+(the\\s+)?price|better\\s+price|best\\s+price|reduce\\s+the\\s+price)`, 1],
      [`(wholesale|bulk\\s+price)`, 0.7],
    ],
    'address-change': [
      [`(change|update|correct|edit)\\s+(my|the)\\s+(shipping\\s+|delivery\\s+)?address`, 1],
      [`(wrong|new|different)\\s+(shipping\\s+|delivery\\s+)?address`, 1],
    ],
    thanks: [
      [`(thank\\s+you|thanks|thx|many\\s+thanks)`, 0.6],
      [
        `(love\\s+it|perfect|great\\s+(product|seller|quality)|very\\s+(happy|satisfied)|received\\s+it)`,
        0.8,
      ],
    ],
  },
  ru: {
    'where-is-order': [
      [`где\\s+(мо[иия]${L}\\s+)?(заказ${L}|посылк${L}|товар${L}|покупк${L})`, 1],
      [`где\\s+(он|она|оно)(?!\\p{L})`, 0.7],
      [`когда\\s+(\\p{L}+\\s+)?(придет|придут|приидет|будет|доставят|прибудет|получу|отправ${L}|дойдет)`, 1],
      [`(трек${L}|отслеж${L})`, 0.5],
      [`(какой|каков)\\s+статус`, 0.8],
    ],
    'not-received': [
      [
        `(не|так\\s+и\\s+не|до\\s+сих\\s+пор\\s+не|еще\\s+не)\\s+(получ${L}|приш${L}|приходи${L}|дош${L}|доставл${L}|доставил${L}|забрал${L})`,
        1,
      ],
      [`до\\s+сих\\s+пор\\s+(нет|ничего)`, 1],
      [`(посылк${L}|заказ${L})\\s+(так\\s+и\\s+)?не\\s+(приш${L}|дош${L})`, 1],
    ],
    'tracking-stuck': [
      [`(трек${L}|отслеживан${L}|статус)\\s+(\\p{L}+\\s+)?не\\s+(обновл${L}|меня${L}|двига${L})`, 1],
      [`(завис${L}|застрял${L}|стоит\\s+на\\s+месте)`, 0.8],
    ],
    'wrong-size': [
      [`(размер${L})`, 0.6],
      [`(мал|мала|мало|малы|маловат${L}|велик|велика|велико|велики|великоват${L}|тесн${L})`, 0.8],
      [`не\\s+(подош${L}|подход${L}|налез${L}|сел${L})`, 1],
      [`(другой|другого|не\\s+тот|не\\s+того)\\s+размер${L}`, 1],
    ],
    'wrong-item': [
      [`(не\\s+тот|не\\s+та|не\\s+то|не\\s+те)\\s+(товар${L}|цвет${L}|модел${L}|\\p{L}+)`, 1],
      [`(прислали|пришел|пришла|пришло)\\s+(\\p{L}+\\s+)?(другой|другую|другое|не\\s+то)`, 1],
      [`(перепутал${L}|другого\\s+цвета|не\\s+того\\s+цвета|не\\s+соответству${L})`, 1],
    ],
    damaged: [
      [
        `(сломан${L}|сломал${L}|разбит${L}|поврежд${L}|треснут${L}|трещин${L}|царапин${L}|поцарапан${L}|порван${L}|помят${L}|раздавлен${L})`,
        1,
      ],
    ],
    'not-working': [
      [`не\\s+(работа${L}|включа${L}|заряжа${L}|светит${L}|гор${L}|подключа${L})`, 1],
      [`(брак${L}|неисправ${L}|бракован${L})`, 1],
      [`перестал${L}\\s+работать`, 1],
    ],
    refund: [
      [
        `(возврат${L}|верн\\p{L}*[\\s,]+(\\p{L}+[\\s,]+){0,2}деньг${L}|вернуть\\s+деньг${L}|деньг${L}\\s+(назад|обратно)|компенсац${L})`,
        1,
      ],
      [`(возместит${L}|возмещен${L})`, 1],
    ],
    cancel: [[`(отмен${L}|аннулир${L})`, 1]],
    customs: [
      [`(таможн${L}|пошлин${L}|растамож${L}|досмотр${L})`, 1],
      [`(налог${L}|сбор${L})`, 0.5],
    ],
    discount: [
      [`(скидк${L}|купон${L}|промокод${L}|дешевл${L}|уступ${L}|снизить\\s+цену|подешевле)`, 1],
      [`(опт${L})`, 0.5],
    ],
    'address-change': [
      [
        `(измен${L}|поменя${L}|сменит${L}|исправ${L}|неправильн${L}|неверн${L}|другой|новый)\\s+(\\p{L}+\\s+)?адрес${L}`,
        1,
      ],
      [`адрес${L}\\s+(\\p{L}+\\s+)?(измен${L}|поменя${L}|неправильн${L}|неверн${L})`, 1],
    ],
    thanks: [
      [`(спасибо|благодар${L})`, 0.6],
      [
        `(все\\s+пришло|всё\\s+пришло|получил${L}\\s+(\\p{L}+\\s+)?(все|спасибо)|отличн${L}|супер|понравил${L}|доволен|довольна)`,
        0.8,
      ],
    ],
  },
  pt: {
    'where-is-order': [
      [
        `(cade|onde\\s+esta|onde\\s+ta)\\s+(o\\s+|a\\s+)?(meu|minha|o|a)?\\s*(pedido|produto|pacote|encomenda|compra)`,
        1,
      ],
      [`cade`, 0.8],
      [
        `quando\\s+(\\p{L}+\\s+)?(chega|chegara|vai\\s+chegar|sera\\s+entregue|vai\\s+ser\\s+entregue|enviam|vao\\s+enviar)`,
        1,
      ],
      [`(rastre${L}|codigo\\s+de\\s+rastreio)`, 0.5],
    ],
    'not-received': [
      [`(nao|ainda\\s+nao|nunca)\\s+(recebi|recebemos|chegou|chegaram|foi\\s+entregue|veio)`, 1],
      [`(ate\\s+agora|ate\\s+hoje)\\s+(nada|nao)`, 1],
    ],
    'tracking-stuck': [
      [`(rastreio|rastreamento|status)\\s+(\\p{L}+\\s+)?(nao\\s+(atualiza${L}|muda${L}|anda)|parad${L})`, 1],
      [`(parad${L}|travad${L}|sem\\s+atualiza${L})`, 0.7],
    ],
    'wrong-size': [
      [`(tamanho${L})`, 0.6],
      [`(pequen${L}|grande\\s+demais|muito\\s+grande|apertad${L}|larg${L}\\s+demais)`, 0.8],
      [`(nao\\s+serv${L}|nao\\s+coube|nao\\s+cabe|tamanho\\s+errado)`, 1],
    ],
    'wrong-item': [
      [`(produto|item|cor|modelo)\\s+(errad${L}|diferente)`, 1],
      [`(veio|mandaram|enviaram|chegou)\\s+(\\p{L}+\\s+)?(errad${L}|outr${L}|diferente)`, 1],
      [`(diferente\\s+do\\s+(anuncio|anunciado|pedido)|nao\\s+e\\s+o\\s+que\\s+(eu\\s+)?pedi)`, 1],
    ],
    damaged: [
      [
        `(quebrad${L}|danificad${L}|rachad${L}|amassad${L}|riscad${L}|rasgad${L}|estragad${L}|avariad${L})`,
        1,
      ],
    ],
    'not-working': [
      [`nao\\s+(funciona${L}|liga${L}|carrega${L}|acende${L}|conecta${L})`, 1],
      [`(parou\\s+de\\s+funcionar|defeito${L}|defeituos${L})`, 1],
    ],
    refund: [
      [
        `(reembols${L}|estorn${L}|devolu${L}|devolver\\s+(o\\s+)?(meu\\s+)?dinheiro|dinheiro\\s+de\\s+volta|meu\\s+dinheiro)`,
        1,
      ],
    ],
    cancel: [[`(cancel${L})`, 1]],
    customs: [
      [`(alfandega|taxad${L}|tributad${L}|receita\\s+federal|imposto${L}|remessa\\s+conforme)`, 1],
      [`(taxa${L})`, 0.6],
    ],
    discount: [
      [
        `(desconto${L}|cupom|cupons|cupon${L}|mais\\s+barat${L}|abaixar\\s+o\\s+preco|baixar\\s+o\\s+preco|preco\\s+melhor|promocao)`,
        1,
      ],
    ],
    'address-change': [
      [`(mudar|alterar|trocar|corrigir)\\s+(o\\s+)?(meu\\s+)?endereco`, 1],
      [`endereco\\s+(errad${L}|incorret${L}|nov${L})`, 1],
    ],
    thanks: [
      [`(obrigad${L}|valeu|agradec${L})`, 0.6],
      [
        `(chegou\\s+(tudo\\s+)?(certo|bem|perfeito)|adorei|perfeit${L}|amei|excelente|recebi\\s+(tudo|certinho))`,
        0.8,
      ],
    ],
  },
  es: {
    'where-is-order': [
      [`donde\\s+esta\\s+(mi|el|la)\\s+(pedido|paquete|producto|compra|orden)`, 1],
      [`cuando\\s+(\\p{L}+\\s+)?(llega|llegara|va\\s+a\\s+llegar|recibire|lo\\s+envian)`, 1],
      [`(seguimiento|rastreo|numero\\s+de\\s+seguimiento)`, 0.5],
    ],
    'not-received': [
      [
        `(no|aun\\s+no|todavia\\s+no|nunca)\\s+(he\\s+recibido|recibi|me\\s+ha\\s+llegado|ha\\s+llegado|llego|me\\s+llego)`,
        1,
      ],
      [`(sigo|sigue)\\s+sin\\s+(recibir|llegar)`, 1],
    ],
    'tracking-stuck': [
      [
        `(seguimiento|rastreo|estado)\\s+(\\p{L}+\\s+)?(no\\s+(se\\s+)?(actualiza${L}|mueve|cambia)|parad${L}|atascad${L})`,
        1,
      ],
      [`(parad${L}|atascad${L}|sin\\s+actualizacion${L})`, 0.7],
    ],
    'wrong-size': [
      [`(talla${L})`, 0.6],
      [`(pequen${L}|muy\\s+grande|demasiado\\s+grande|apretad${L})`, 0.8],
      [`(no\\s+me\\s+(queda|quedan|sirve)|talla\\s+equivocada)`, 1],
    ],
    'wrong-item': [
      [`(producto|articulo|color|modelo)\\s+(equivocad${L}|incorrect${L}|distint${L}|diferente)`, 1],
      [`(no\\s+es\\s+lo\\s+que\\s+(yo\\s+)?(pedi|compre)|me\\s+enviaron\\s+otr${L})`, 1],
    ],
    damaged: [[`(rot[oa]s?|danad${L}|roto|rajad${L}|rayad${L}|golpead${L}|aplastad${L}|estropead${L})`, 1]],
    'not-working': [
      [`no\\s+(funciona${L}|enciende${L}|carga${L}|prende${L}|conecta${L})`, 1],
      [`(dejo\\s+de\\s+funcionar|defectuos${L}|defecto${L})`, 1],
    ],
    refund: [[`(reembols${L}|devolucion${L}|devolver\\s+(el\\s+|mi\\s+)?dinero|mi\\s+dinero)`, 1]],
    cancel: [[`(cancel${L}|anular)`, 1]],
    customs: [
      [`(aduana${L}|arancel${L}|impuesto${L}|iva\\s+de\\s+importacion)`, 1],
      [`(tasa${L})`, 0.5],
    ],
    discount: [
      [`(descuento${L}|cupon${L}|mas\\s+barat${L}|rebaja${L}|mejor\\s+precio|bajar\\s+el\\s+precio)`, 1],
    ],
    'address-change': [
      [`(cambiar|modificar|corregir)\\s+(la\\s+|mi\\s+)?direccion`, 1],
      [`direccion\\s+(equivocada|incorrecta|nueva)`, 1],
    ],
    thanks: [
      [`(gracias|agradec${L})`, 0.6],
      [`(me\\s+encanta|perfect${L}|llego\\s+(bien|perfecto)|excelente|muy\\s+content${L})`, 0.8],
    ],
  },
  fr: {
    'where-is-order': [
      [`ou\\s+(est|en\\s+est)\\s+(ma|mon|le|la)\\s+(commande|colis|paquet|article)`, 1],
      [`quand\\s+(\\p{L}+\\s+)?(arrive${L}|recevrai${L}|sera\\s+livre${L}|va\\s+arriver|expedi${L})`, 1],
      [`(suivi|numero\\s+de\\s+suivi)`, 0.5],
    ],
    'not-received': [
      [`(pas|jamais|toujours\\s+pas|toujours\\s+rien)\\s+(encore\\s+)?(recu|arrive${L}|livre${L})`, 1],
      [`n'?ai\\s+(toujours\\s+)?(pas|rien)\\s+(encore\\s+)?recu`, 1],
    ],
    'tracking-stuck': [
      [`(suivi|statut)\\s+(\\p{L}+\\s+)?(ne\\s+(bouge|change|avance)|bloque${L})`, 1],
      [`(bloque${L}|aucune\\s+mise\\s+a\\s+jour)`, 0.7],
    ],
    'wrong-size': [
      [`(taille${L})`, 0.6],
      [`trop\\s+(petit${L}|grand${L}|serre${L}|large${L})`, 1],
      [`ne\\s+me\\s+va\\s+pas`, 1],
    ],
    'wrong-item': [
      [`(mauvais${L})\\s+(article|produit|couleur|modele|taille)`, 1],
      [`(pas\\s+ce\\s+que\\s+j'?ai\\s+commande|different\\s+de\\s+la\\s+(photo|description))`, 1],
    ],
    damaged: [[`(casse${L}|abime${L}|endommage${L}|fissure${L}|raye${L}|dechire${L}|ecrase${L})`, 1]],
    'not-working': [
      [`ne\\s+(marche|fonctionne|s'?allume|charge|se\\s+connecte)\\s+pas`, 1],
      [`(defectueu${L}|en\\s+panne|ne\\s+marche\\s+plus)`, 1],
    ],
    refund: [[`(rembours${L}|mon\\s+argent|argent\\s+en\\s+retour)`, 1]],
    cancel: [[`(annul${L})`, 1]],
    customs: [
      [`(douane${L}|dedouanement|frais\\s+d'?importation|droits\\s+de\\s+douane)`, 1],
      [`(taxe${L})`, 0.6],
    ],
    discount: [[`(reduction${L}|remise${L}|code\\s+promo|moins\\s+cher|rabais|coupon${L})`, 1]],
    'address-change': [
      [`(changer|modifier|corriger)\\s+(l'|mon\\s+|l\\s)?adresse`, 1],
      [`(mauvaise|nouvelle)\\s+adresse`, 1],
    ],
    thanks: [
      [`(merci|remerci${L})`, 0.6],
      [`(parfait${L}|bien\\s+recu|tres\\s+content${L}|tres\\s+satisfait${L}|super\\s+qualite|j'?adore)`, 0.8],
    ],
  },
};

/**
 * Common words that give away a language in very short buyer messages, written accent-folded (as `fold`
 * returns them). A word in two lists counts half for each.
 */
import type { BuyerLanguage } from '@shared/domain/types';

const LISTS: Record<Exclude<BuyerLanguage, 'ru'>, string> = {
  en: `hello hi hey where my order is the when will it have has not received thanks thank you please refund
    package parcel size what how can any update got broken wrong tracking number does do did arrive arrived yet
    still item lost sent color colour fit ship shipping seller good very help want dispute opened this that
    and of for with long`,
  pt: `ola oi cade meu minha meus minhas obrigado obrigada nao voce encomenda rastreio rastreamento recebi
    chegou vai chegar quando tamanho ficou pequeno quero tem estoque bom dia boa tarde noite alguma novidade
    veio quebrado produto compra frete ainda ate tambem sim serve errada cor sumiu demora ajuda vendedor muito
    abri disputa enviam voces codigo entrega pacote`,
  es: `hola donde mi gracias paquete recibido he talla cuando envio llego llega quiero buenas hay numero
    seguimiento roto novedad pequena todavia aun ya muy pedido tarda sirve vale ayuda abri disputa vendedor buen
    envian perdio enviaron equivocado reembolso esta el los las pero que`,
  fr: `bonjour bonsoir ou ma mon mes commande colis merci recu taille quand svp je est pas livraison suivi
    numero casse petite petit nouvelles des toujours encore vous pourquoi rien rembourser rembourse
    remboursement beaucoup oui arrive arrivera ca il elle perdu mauvaise couleur combien temps va accord
    aidez moi plait ouvert litige tres bon vendeur expediez expedie`,
};

// Words shared by two languages are listed in both and score half for each.
const SHARED: Record<string, BuyerLanguage[]> = {
  pedido: ['pt', 'es'],
  reembolso: ['pt', 'es'],
  esta: ['pt', 'es'],
  por: ['pt', 'es'],
  favor: ['pt', 'es'],
  que: ['pt', 'es', 'fr'],
  de: ['pt', 'es', 'fr'],
  no: ['es', 'en'],
  un: ['es', 'fr'],
  una: ['es'],
  uma: ['pt'],
  le: ['fr'],
  la: ['es', 'fr'],
  en: ['es', 'fr'],
  ou: ['fr', 'pt'],
};

function build(): Map<string, BuyerLanguage[]> {
  const map = new Map<string, BuyerLanguage[]>();
  for (const [lang, words] of Object.entries(LISTS) as [BuyerLanguage, string][]) {
    for (const word of words.split(/\s+/).filter(Boolean)) map.set(word, [...(map.get(word) ?? []), lang]);
  }
  for (const [word, langs] of Object.entries(SHARED)) map.set(word, langs);
  return map;
}

export const KEYWORDS: ReadonlyMap<string, readonly BuyerLanguage[]> = build();

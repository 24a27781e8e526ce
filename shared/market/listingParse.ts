/**
 * Reads a competitor's listing from the text a seller gets with select-all + copy on an AliExpress item page,
 * in English, Russian, Portuguese, Spanish, French or Chinese. Navigation, recommendations and footer come along
 * with the copy, so every field is found by what it looks like and what words surround it, never by position.
 * The app (paste dialog) and the CLI (`listing-parse`) call this same function.
 */
import { COUNT_PATTERN, normaliseSpaces, parseCount } from './numbers';
import { findPrices, type PriceRange } from './prices';
import { itemIdFromText } from './itemId';

export type ListingField =
  | 'text'
  | 'itemId'
  | 'title'
  | 'price'
  | 'originalPrice'
  | 'sold'
  | 'rating'
  | 'reviews'
  | 'shipping'
  | 'store';

export interface ParsedListing {
  itemId: string | null;
  title: string | null;
  /** What a buyer pays now: the first price the page shows, in major units as shown. */
  price: PriceRange | null;
  /** The struck-through price next to it, when the page shows one. */
  originalPrice: PriceRange | null;
  /** The sold count as shown; `rounded` when the page shows a threshold ("10,000+", "5K"). */
  sold: { min: number; rounded: boolean } | null;
  rating: number | null;
  reviews: number | null;
  shipping: { free: true } | { amount: number; currency: string } | null;
  store: string | null;
  errors: { field: ListingField; message: string }[];
}

const SOLD_WORDS = String.raw`sold|orders?|продано|продаж[аи]?|заказ(?:а|ов)?|купили|vendidos?|vendidas?|pedidos|vendus?|vendues?|ventes?|commandes?|已售出?|已售|销量|已卖出|笔成交|件已售`;
const REVIEW_WORDS = String.raw`reviews?|ratings|отзыв(?:а|ов|ы)?|оцен(?:ка|ки|ок)|avaliaç(?:ões|ão)|comentários|reseñas?|valoraciones|opiniones|comentarios|avis|évaluations?|commentaires|条评价|个评价|评价|评论`;
const FREE_SHIPPING =
  /free (?:shipping|delivery)|бесплатная доставка|доставка бесплатно|frete gr[aá]tis|entrega gr[aá]tis|env[ií]o gratis|env[ií]o gratuito|livraison gratuite|livraison offerte|免运费|包邮|免费配送|免费送货/iu;
/** "Shipping: Free", "Доставка: бесплатно", "Frete: Grátis", "Envío: gratis", "Livraison : gratuite", "运费：免费". */
const SHIPPING_FREE_VALUE =
  /(?:shipping|delivery|доставка|frete|entrega|env[ií]o|livraison|运费|邮费)\s*[:：]?\s*(?:free|бесплатно|бесплатная|gr[aá]tis|gratuit[oa]?|gratuite|offerte|免费|包邮)/iu;
const SHIPPING_WORDS = /shipping|delivery|доставка|frete|entrega|env[ií]o|livraison|运费|配送|邮费|运送/iu;
/** Lines whose price is not the item's: coupons, thresholds, coins, savings, bundles. */
const NOT_ITEM_PRICE =
  /coupon|\boff\b|купон|cupom|cup[oó]n|优惠券|券|满|\bover\b|\bот\s*\d|свыше|acima de|a partir de|à partir de|desde|d[eè]s\s*\d|orders? over|pedidos? (?:de|acima)|coins|монет|moedas|monedas|pi[eè]ces|金币|\bsave\b|эконом|economi[zs]e|ahorra|[ée]conomis|节省|省\s*\d|bundle|комплект|combo|lot de/iu;
/** "Store: X" needs its colon ("Shop now" is a button); "Магазин X" and "Sold by X" read without one. */
const STORE_LABEL =
  /^(?:(?:store|shop|seller|loja|vendedor|tienda|boutique|vendeur|店铺|店铺名称|卖家|商家|магазин|продавец)\s*[:：]|sold by|vendido por|vendu par|магазин|продавец)\s*(\S.{1,79})$/iu;
const STORE_LABEL_LOOSE =
  /^(?:[Ll]oja|[Tt]ienda|[Bb]outique|[Мм]агазин|[Пп]родавец|店铺)\s+(\p{Lu}.{1,60})$/u;
const STORE_LABEL_ALONE =
  /^(?:store|shop|seller|sold by|магазин|продавец|loja|vendido por|tienda|boutique|vendu par|店铺|卖家)\s*[:：]?$/iu;
const STORE_SUFFIX = /(?:\b(?:store|shop)|магазин|loja|tienda|boutique|店|旗舰店|专卖店)$/iu;
const FOLLOW =
  /^(?:follow|\+ ?follow|подписаться|seguir|suivre|关注|\+ ?关注|visit store|зайти в магазин|visitar loja|visitar tienda|visiter la boutique|进店逛逛|message|contact)$/iu;
const RATING_MARK = /[★☆⭐]/u;
/** Words of page furniture that are never a title. */
const NOT_TITLE =
  /^(?:home|cart|sign in|register|help|buyer protection|app|download|categories|welcome|account|my orders|wish ?list|language|currency|ship to|search|description|specifications|store|customer reviews|you may also like|recommended|корзина|войти|регистрация|помощь|описание|характеристики|carrinho|entrar|ajuda|descrição|carrito|iniciar sesi[oó]n|ayuda|descripci[oó]n|panier|se connecter|aide|购物车|登录|注册|帮助|商品描述|规格)\b/iu;

/** "Customer Reviews (3,411)", "Отзывы покупателей (3 411)", "Avis clients (1 204)". */
const AUDIENCE = String.raw`(?:\s?(?:of )?(?:customers?|clients?|buyers?|покупателей|de clientes|dos clientes|de compradores|des clients|clientes))?`;
/** Sentences of page furniture that are wordy enough to look like a title. */
const FURNITURE =
  /tax|vat|налог|impost|impuesto|taxe|税|sale ends|ends in|осталось|termina em|termina en|se termine|结束|buyer protection|защита покупателя|proteção|protección|protection|return|возврат|devolu|retour|退|guarantee|гарантия|garantia|garant|保障|sign in|войдите|faça login|inicia sesión|connectez|登录|app|приложени|aplicativo|aplicación|l'appli|下载/iu;
const countAround = (words: string) =>
  new RegExp(
    String.raw`(?<![\d.,])${COUNT_PATTERN}\)?\s*(?:${words})(?![\p{L}])|(?:${words})${AUDIENCE}\s*[:：(]?\s*${COUNT_PATTERN}`,
    'iu',
  );
const SOLD_PATTERN = countAround(SOLD_WORDS);
const REVIEWS_PATTERN = countAround(REVIEW_WORDS);

interface Line {
  text: string;
  index: number;
}

export function parseListing(raw: string): ParsedListing {
  const result: ParsedListing = {
    itemId: null,
    title: null,
    price: null,
    originalPrice: null,
    sold: null,
    rating: null,
    reviews: null,
    shipping: null,
    store: null,
    errors: [],
  };
  const text = normaliseSpaces(raw ?? '');
  if (text.trim() === '') {
    result.errors.push({ field: 'text', message: 'The text is empty: paste the whole listing page.' });
    return result;
  }
  const lines = joinSplitPrices(
    text
      .split(/\r?\n|\r/u)
      .map((line, index) => ({ text: line.replace(/\s+/gu, ' ').trim(), index }))
      .filter((line) => line.text !== ''),
  );
  const priceAt = findItemPrice(lines);
  if (!priceAt) {
    result.errors.push({
      field: 'price',
      message: 'No price found: this does not look like an AliExpress listing page.',
    });
    return result;
  }
  result.price = priceAt.price;
  result.originalPrice = priceAt.original;
  result.itemId = itemIdFromText(text);
  result.sold = findSold(lines);
  result.reviews = findReviews(lines);
  result.rating = findRating(lines);
  result.shipping = findShipping(lines);
  result.store = findStore(lines);
  result.title = findTitle(lines, priceAt.line, result.store);
  const missing: [ListingField, unknown, string][] = [
    ['itemId', result.itemId, 'No item id: the copied text has no item link; type the id or URL.'],
    ['title', result.title, 'No title recognised.'],
    ['originalPrice', result.originalPrice, 'No struck-through original price shown.'],
    ['sold', result.sold, 'No sold count found.'],
    ['rating', result.rating, 'No rating found.'],
    ['reviews', result.reviews, 'No review count found.'],
    ['shipping', result.shipping, 'No shipping fee or free-shipping line found.'],
    ['store', result.store, 'No store name found.'],
  ];
  for (const [field, value, message] of missing) if (value === null) result.errors.push({ field, message });
  return result;
}

/** A currency mark alone on a line ("US $" / "4" / ".05" when spans are copied apart) joins the lines after it. */
function joinSplitPrices(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const next = lines[i + 1];
    if (next && /^(?:US ?\$|R\$|\$|€|£|₽|¥|￥|₩|C\$|A\$)$/u.test(line.text) && /^\d/u.test(next.text)) {
      let joined = `${line.text}${next.text}`;
      let skip = 1;
      const after = lines[i + 2];
      if (after && /^[.,]\d{1,2}$/u.test(after.text)) {
        joined += after.text;
        skip = 2;
      }
      out.push({ text: joined, index: line.index });
      i += skip;
    } else out.push(line);
  }
  return out;
}

function findItemPrice(
  lines: Line[],
): { price: PriceRange; original: PriceRange | null; line: number } | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (NOT_ITEM_PRICE.test(line.text) || SHIPPING_WORDS.test(line.text)) continue;
    const prices = findPrices(line.text);
    const first = prices[0];
    if (!first) continue;
    // The struck-through price follows on the same line or within the next few lines, and is higher.
    const candidates = [
      ...prices.slice(1).map((match) => match.range),
      ...lines
        .slice(i + 1, i + 4)
        .filter((next) => !NOT_ITEM_PRICE.test(next.text) && !SHIPPING_WORDS.test(next.text))
        .flatMap((next) => findPrices(next.text).map((match) => match.range)),
    ];
    const original =
      candidates.find((range) => range.currency === first.range.currency && range.min > first.range.min) ??
      null;
    return { price: first.range, original, line: i };
  }
  return null;
}

/** "(1,024)" on one line and "Reviews" on the next: short lines are also read together with the line after. */
function withJoined(lines: Line[]): Line[] {
  const joined: Line[] = [];
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (next && line.text.length <= 24 && next.text.length <= 24 && findPrices(line.text).length === 0)
      joined.push({ text: `${line.text} ${next.text}`, index: line.index });
  });
  return [...lines, ...joined];
}

function findSold(lines: Line[]): ParsedListing['sold'] {
  for (const line of withJoined(lines)) {
    if (/sold by|sold out|продавец|vendido por|vendu par/iu.test(line.text) && !/\d/u.test(line.text))
      continue;
    const match = SOLD_PATTERN.exec(line.text.replace(/sold by.*$/iu, ''));
    if (!match) continue;
    const [digits, suffix, plus] = match[1] !== undefined ? match.slice(1, 4) : match.slice(4, 7);
    if (isPercent(line.text, match)) continue;
    const count = parseCount(digits ?? '', suffix, plus);
    if (count) return { min: count.value, rounded: count.rounded };
  }
  return null;
}

function findReviews(lines: Line[]): number | null {
  for (const line of withJoined(lines)) {
    const match = REVIEWS_PATTERN.exec(line.text);
    if (!match || isPercent(line.text, match)) continue;
    const [digits, suffix, plus] = match[1] !== undefined ? match.slice(1, 4) : match.slice(4, 7);
    const count = parseCount(digits ?? '', suffix, plus);
    if (count) return count.value;
  }
  return null;
}

/** "98,2% положительных отзывов" is the store's feedback score, not a count. */
function isPercent(text: string, match: RegExpExecArray): boolean {
  const after = text.slice(match.index, match.index + match[0].length + 2);
  return /\d\s?%/u.test(after);
}

function findRating(lines: Line[]): number | null {
  const ratingNumber = /(?<![\d.,$€£₽¥])([0-5][.,]\d)(?![\d%])/u;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as Line).text;
    const match = ratingNumber.exec(line);
    if (!match) continue;
    const value = Number((match[1] ?? '').replace(',', '.'));
    if (value <= 0 || value > 5) continue;
    if (findPrices(line).some((price) => match.index >= price.start && match.index < price.end)) continue;
    const alone = /^[★☆⭐\s]*[0-5][.,]\d\s*(?:[★☆⭐]+|\/\s*5|out of 5|из 5|de 5|sur 5|分)?$/u.test(line);
    const nextLine = `${lines[i + 1]?.text ?? ''} ${lines[i + 2]?.text ?? ''}`;
    const beside =
      RATING_MARK.test(line) ||
      REVIEWS_PATTERN.test(line) ||
      SOLD_PATTERN.test(line) ||
      (alone &&
        (REVIEWS_PATTERN.test(nextLine) || SOLD_PATTERN.test(nextLine) || RATING_MARK.test(nextLine)));
    if (beside || (alone && /[★☆⭐]|\/\s*5|out of 5|из 5|de 5|sur 5|分/u.test(line))) return value;
  }
  return null;
}

function findShipping(lines: Line[]): ParsedListing['shipping'] {
  let conditionalFree = false;
  for (const line of lines) {
    if (FREE_SHIPPING.test(line.text) || SHIPPING_FREE_VALUE.test(line.text)) {
      // "Free shipping over US $10" is an offer, not this item's fee; keep looking for a fee line.
      if (findPrices(line.text).length > 0 && NOT_ITEM_PRICE.test(line.text)) {
        conditionalFree = true;
        continue;
      }
      return { free: true };
    }
    if (!SHIPPING_WORDS.test(line.text)) continue;
    const fee = findPrices(line.text)[0];
    if (fee && !NOT_ITEM_PRICE.test(line.text)) {
      if (fee.range.min === 0) return { free: true };
      return { amount: fee.range.min, currency: fee.range.currency };
    }
  }
  return conditionalFree ? { free: true } : null;
}

function findStore(lines: Line[]): string | null {
  for (const line of lines) {
    const labelled = STORE_LABEL.exec(line.text);
    if (labelled?.[1] && !/^\d/u.test(labelled[1]) && !FOLLOW.test(labelled[1]))
      return cleanStore(labelled[1]);
  }
  for (const line of lines) {
    const loose = STORE_LABEL_LOOSE.exec(line.text);
    if (loose?.[1] && !FOLLOW.test(loose[1])) return cleanStore(loose[1]);
  }
  for (let i = 0; i < lines.length - 1; i++) {
    const name = lines[i + 1]?.text ?? '';
    if (
      STORE_LABEL_ALONE.test((lines[i] as Line).text) &&
      name.length <= 80 &&
      !FOLLOW.test(name) &&
      !/^\d/u.test(name)
    )
      return cleanStore(name);
  }
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as Line).text;
    const next = lines[i + 1]?.text ?? '';
    const followed =
      FOLLOW.test(next) || /positive feedback|положительн|positivo|positivos|positifs|好评/iu.test(next);
    if (FOLLOW.test(line)) continue;
    if (
      STORE_SUFFIX.test(line) &&
      line.length <= 80 &&
      (followed || /official|официальный|oficial|officiel|官方/iu.test(line))
    )
      return cleanStore(line);
  }
  return null;
}

function cleanStore(name: string): string {
  return name.replace(/\s*[|>›»].*$/u, '').trim();
}

/** The title is the longest wordy line near the price that is not page furniture. */
function findTitle(lines: Line[], priceLine: number, store: string | null): string | null {
  let best: { text: string; score: number } | null = null;
  const from = Math.max(0, priceLine - 20);
  const to = Math.min(lines.length, priceLine + 20);
  for (let i = from; i < to; i++) {
    const line = (lines[i] as Line).text;
    if (line === store || NOT_TITLE.test(line) || /https?:\/\//iu.test(line)) continue;
    if (findPrices(line).length > 0 || SOLD_PATTERN.test(line) || REVIEWS_PATTERN.test(line)) continue;
    if (FREE_SHIPPING.test(line) || STORE_LABEL.test(line)) continue;
    const cjk = (line.match(/[\u4e00-\u9fff]/gu) ?? []).length;
    const letters = (line.match(/\p{L}/gu) ?? []).length;
    const words = line.split(' ').length;
    const wordy = cjk >= 8 || (words >= 4 && letters >= 15);
    if (!wordy || line.length > 300) continue;
    const furniture = FURNITURE.test(line) || SHIPPING_WORDS.test(line) || NOT_ITEM_PRICE.test(line) ? 80 : 0;
    const score = line.length + cjk * 2 - 2 * Math.abs(i - priceLine) - furniture;
    if (!best || score > best.score) best = { text: line, score };
  }
  return best?.text ?? null;
}

/**
 * AliExpress item ids from every URL form the seller may paste: www/ru/pt/es/fr/m. hosts and aliexpress.ru/.us,
 * `/item/<id>.html`, `/i/<id>.html`, `/item/<slug>/<id>.html`, `?productId=<id>`, `x_object_id=<id>`, or a bare id.
 */

const ITEM_PATH =
  /aliexpress\.[a-z.]{2,10}\/(?:[a-z-]+\/)*(?:item|i|_p)\/(?:[^/\s?#]+\/)?(\d{6,20})(?:\.html?)?/iu;
const ITEM_QUERY =
  /aliexpress\.[a-z.]{2,10}\/[^\s]*?[?&](?:productId|itemId|item_id|objectId|x_object_id|pid)=(\d{6,20})/iu;
const ITEM_LABEL =
  /(?:item\s*(?:id|no\.?|number|code)|product\s*id|номер товара|артикул|id товара|c[oó]digo do (?:item|produto)|id do produto|n[uú]mero de art[ií]culo|id del art[ií]culo|r[ée]f[ée]rence|num[ée]ro (?:d['’]article|de l['’]article)|商品编号|商品id|商品编码)\s*[:：#]?\s*(\d{6,20})/iu;
const BARE_ID = /^\s*(\d{8,20})\s*$/u;

export type AliExpressRef =
  | { kind: 'item'; itemId: string; url: string }
  | { kind: 'store'; storeId: string; url: string }
  | { kind: 'short-link'; url: string }
  | { kind: 'invalid' };

/** One thing the seller typed into "item URL or id": an item, a store, a short link that needs opening first. */
export function parseAliExpressRef(input: string): AliExpressRef {
  const text = input.trim();
  const bare = BARE_ID.exec(text);
  if (bare?.[1]) return { kind: 'item', itemId: bare[1], url: itemUrl(bare[1]) };
  const withScheme = /^[a-z]+:\/\//iu.test(text) ? text : `https://${text}`;
  const item = ITEM_PATH.exec(withScheme) ?? ITEM_QUERY.exec(withScheme);
  if (item?.[1]) return { kind: 'item', itemId: item[1], url: itemUrl(item[1]) };
  const store = /aliexpress\.[a-z.]{2,10}\/store\/(?:[a-z-]+\/)?(\d{3,15})/iu.exec(withScheme);
  if (store?.[1])
    return { kind: 'store', storeId: store[1], url: `https://www.aliexpress.com/store/${store[1]}` };
  if (/(?:^|\/\/)(?:a\.aliexpress\.[a-z.]+|s\.click\.aliexpress\.com|aliexpress\.ru\/\?)/iu.test(withScheme))
    return { kind: 'short-link', url: withScheme };
  return { kind: 'invalid' };
}

/** The canonical link of an item, whatever host it was pasted from. */
export function itemUrl(itemId: string): string {
  return `https://www.aliexpress.com/item/${itemId}.html`;
}

/** The item id somewhere in a pasted page (a link that came along, or "Item ID: …"), or null. */
export function itemIdFromText(text: string): string | null {
  const match = ITEM_PATH.exec(text) ?? ITEM_QUERY.exec(text) ?? ITEM_LABEL.exec(text);
  return match?.[1] ?? null;
}

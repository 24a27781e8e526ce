import type { ProductDraftRow, WorkstationDb } from '../../db/db';

/** The key of a product's draft: its id, or one slot per store for the product not saved yet. */
export function productDraftKey(productId: string, storeId: string, isNew: boolean): string {
  return isNew ? `new:${storeId}` : productId;
}

export interface ProductDraft<T> {
  productId: string;
  value: T;
  updatedAt: number;
}

export async function loadProductDraft<T>(
  db: WorkstationDb,
  key: string,
): Promise<ProductDraft<T> | undefined> {
  const row = await db.productDrafts.get(key);
  return row ? { productId: row.productId, value: row.value as T, updatedAt: row.updatedAt } : undefined;
}

export async function saveProductDraft(
  db: WorkstationDb,
  draft: { key: string; storeId: string; productId: string; value: unknown },
  now = Date.now(),
): Promise<void> {
  const row: ProductDraftRow = { ...draft, updatedAt: now };
  await db.productDrafts.put(row);
}

export async function clearProductDraft(db: WorkstationDb, key: string): Promise<void> {
  await db.productDrafts.delete(key);
}

const LEGACY_PREFIX = 'sw.draft.product.';

/**
 * Until v9 drafts sat in localStorage under `sw.draft.product.<id>`. A draft of a saved product moves to its
 * row; a new product's draft was keyed by an id made afresh on every visit, so it was never found again — the
 * newest of those per store becomes that store's new-product draft, the other orphans go. Nothing is left behind.
 */
export async function migrateLegacyProductDrafts(
  db: WorkstationDb,
  storage: Storage | undefined = globalThis.localStorage,
): Promise<number> {
  if (!storage) return 0;
  const legacy: { storageKey: string; productId: string; value: LegacyDraft }[] = [];
  for (let i = 0; i < storage.length; i++) {
    const storageKey = storage.key(i);
    if (!storageKey?.startsWith(LEGACY_PREFIX)) continue;
    const value = parseLegacy(storage.getItem(storageKey));
    if (value) legacy.push({ storageKey, productId: storageKey.slice(LEGACY_PREFIX.length), value });
    else legacy.push({ storageKey, productId: '', value: { form: { storeId: '' } } });
  }
  if (legacy.length === 0) return 0;
  const existing = await db.products.bulkGet(legacy.map((l) => l.productId || '-'));
  const rows: ProductDraftRow[] = [];
  const newest = new Map<string, { productId: string; value: LegacyDraft; at: number }>();
  legacy.forEach((entry, i) => {
    const storeId = entry.value.form.storeId;
    if (!storeId || !entry.productId) return;
    const at = Number(entry.value.form.updatedAt ?? entry.value.form.createdAt ?? 0);
    if (existing[i])
      rows.push({
        key: entry.productId,
        storeId,
        productId: entry.productId,
        value: entry.value,
        updatedAt: at,
      });
    else if ((newest.get(storeId)?.at ?? -1) < at) newest.set(storeId, { ...entry, at });
  });
  for (const [storeId, orphan] of newest)
    rows.push({
      key: productDraftKey(orphan.productId, storeId, true),
      storeId,
      productId: orphan.productId,
      value: orphan.value,
      updatedAt: orphan.at,
    });
  await db.transaction('rw', db.productDrafts, async () => {
    for (const row of rows) if (!(await db.productDrafts.get(row.key))) await db.productDrafts.put(row);
  });
  for (const entry of legacy) storage.removeItem(entry.storageKey);
  return rows.length;
}

interface LegacyDraft {
  form: { storeId: string; updatedAt?: number; createdAt?: number };
}

function parseLegacy(raw: string | null): LegacyDraft | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<LegacyDraft> | null;
    return value && typeof value.form?.storeId === 'string' ? (value as LegacyDraft) : undefined;
  } catch {
    return undefined;
  }
}

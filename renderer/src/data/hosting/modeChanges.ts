import type { HostingMode } from '@shared/domain/types';
import { platformAnswersBuyers, type ModeChangeRecord } from '@shared/hosting';
import type { ModeChange, WorkstationDb } from '../../db/db';

export const newModeChangeId = () => `mc-${crypto.randomUUID()}`;

export function toRecord(change: ModeChange): ModeChangeRecord {
  return { productId: change.productId ?? null, from: change.from, to: change.to, at: change.at };
}

/** A store's switches, newest first, by the [storeId+at] index; the log is short (a few per product). */
export async function listModeChanges(
  db: WorkstationDb,
  storeId: string,
  limit = 500,
): Promise<ModeChange[]> {
  return db.modeChanges
    .where('[storeId+at]')
    .between([storeId, -Infinity], [storeId, Infinity])
    .reverse()
    .limit(limit)
    .toArray();
}

/** Every switch that can matter for a product: its own and the store's. */
export async function recordsForProduct(
  db: WorkstationDb,
  storeId: string,
  productId: string,
): Promise<ModeChangeRecord[]> {
  const rows = await db.modeChanges
    .where('[storeId+at]')
    .between([storeId, -Infinity], [storeId, Infinity])
    .filter((c) => c.productId === undefined || c.productId === productId)
    .toArray();
  return rows.map(toRecord);
}

export const isPlatformHandled = (mode: HostingMode) => platformAnswersBuyers(mode);

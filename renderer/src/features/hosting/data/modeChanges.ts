import type { HostingMode } from '@shared/domain/types';
import { platformAnswersBuyers, type ModeChangeRecord } from '@shared/hosting';
import type { ModeChange, WorkstationDb } from '../../../db/db';

/** Where a switch was made from, for the history's "what" column. */
export type SwitchSource = 'hosting' | 'editor' | 'what-if';

/**
 * A row of the `modeChanges` table as this feature writes it: the shared fields plus who switched and from
 * which screen (Dexie stores extra fields as they are; only the indexed ones must exist).
 */
export interface HostingModeChange extends ModeChange {
  via: SwitchSource;
  /** The inbox rep marked "I am" on this PC at the time, by name; absent when there is none. */
  by?: string;
  /** Store switches: how many products followed the default at that moment. */
  followers?: number;
}

export const newModeChangeId = () => `mc-${crypto.randomUUID()}`;

export function toRecord(change: ModeChange): ModeChangeRecord {
  return { productId: change.productId ?? null, from: change.from, to: change.to, at: change.at };
}

/** A store's switches, newest first, by the [storeId+at] index; the log is short (a few per product). */
export async function listModeChanges(
  db: WorkstationDb,
  storeId: string,
  limit = 500,
): Promise<HostingModeChange[]> {
  return (await db.modeChanges
    .where('[storeId+at]')
    .between([storeId, -Infinity], [storeId, Infinity])
    .reverse()
    .limit(limit)
    .toArray()) as HostingModeChange[];
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

import type { Rollup } from '@shared/analytics/rollup';
import type { CurrencyCode, HostingMode, TrafficDay } from '@shared/domain/types';
import type { WorkstationDb } from '../../db/db';
import { trafficChangeDelta } from './rollupDelta';

/** One traffic row to write (or delete, without `next`), and the hosting mode its figures count under. */
export interface TrafficChange {
  id: string;
  next?: TrafficDay;
  hostingMode: HostingMode;
}

export interface TrafficChangeResult {
  delta: Rollup;
  previous: { id: string; previous?: TrafficDay; hostingMode: HostingMode }[];
}

/** Upserts traffic rows by store + product + day; run inside a rw transaction over trafficDays. */
export async function applyTrafficChanges(
  db: WorkstationDb,
  changes: readonly TrafficChange[],
  currency: CurrencyCode,
): Promise<TrafficChangeResult> {
  const current = await db.trafficDays.bulkGet(changes.map((c) => c.id));
  const next = changes.flatMap((c) => (c.next ? [c.next] : []));
  await Promise.all([
    db.trafficDays.bulkPut(next),
    db.trafficDays.bulkDelete(changes.filter((c) => !c.next).map((c) => c.id)),
  ]);
  const modeOf = new Map<string, HostingMode>();
  changes.forEach((change, index) => {
    const row = change.next ?? current[index];
    if (row) modeOf.set(`${row.storeId}:${row.productId}`, change.hostingMode);
  });
  const before = current.filter((row): row is TrafficDay => row !== undefined);
  return {
    delta: trafficChangeDelta(before, next, modeOf, currency),
    previous: changes.map((c, index) => {
      const old = current[index];
      return old
        ? { id: c.id, previous: old, hostingMode: c.hostingMode }
        : { id: c.id, hostingMode: c.hostingMode };
    }),
  };
}

import { useEffect, useMemo, useState } from 'react';
import { isAtRisk } from '@shared/logistics/deadline';
import type { ShipQueueRow } from '../../../db/db';
import { useShipQueue } from './useShipQueue';

export interface AtRisk {
  /** Orders the seller ships that are overdue or due within 24 hours. */
  count: number;
  deadlines: { order: ShipQueueRow; deadline: number }[];
  now: number;
  /** True once the whole queue is read (the count of a partial queue would be too low). */
  loaded: boolean;
}

/**
 * The store's seller-shipped awaiting orders with their stored deadlines, refreshed every 30 s: the same queue rows
 * as the ship-by board, so the count here is the board's overdue and 24 h groups.
 */
export function useAtRisk(storeId: string | undefined): AtRisk {
  const storeIds = useMemo(() => (storeId ? [storeId] : []), [storeId]);
  const queue = useShipQueue(storeIds);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const complete = queue?.complete === true;
  const deadlines = useMemo(
    () =>
      complete
        ? (queue?.rows ?? [])
            .filter((o) => o.hostingMode !== 'fully-managed')
            .map((order) => ({ order, deadline: order.deadlineAt }))
        : [],
    [queue, complete],
  );
  const count = useMemo(() => deadlines.filter((d) => isAtRisk(d.deadline, now)).length, [deadlines, now]);
  return { count, deadlines, now, loaded: complete };
}

import { useEffect, useMemo, useState } from 'react';
import { deadlineCalculator, isAtRisk } from '@shared/logistics/deadline';
import type { ShipQueueRow } from '../../../db/db';
import { handlingFromProducts } from '../boardModel';
import { useLogisticsSettings } from './useLogisticsSettings';
import { useShipQueue } from './useShipQueue';

export interface AtRisk {
  /** Orders the seller ships that are overdue or due within 24 hours. */
  count: number;
  deadlines: { order: ShipQueueRow; deadline: number }[];
  now: number;
  loaded: boolean;
}

/**
 * The store's seller-shipped awaiting orders with their deadlines, refreshed every 30 s: the same queue rows and
 * handling days as the ship-by board, so the count here is the board's overdue and 24 h groups.
 */
export function useAtRisk(storeId: string | undefined): AtRisk {
  const settings = useLogisticsSettings();
  const storeIds = useMemo(() => (storeId ? [storeId] : []), [storeId]);
  const queue = useShipQueue(storeIds);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const { shipBy } = settings;
  const calculator = useMemo(() => deadlineCalculator(shipBy), [shipBy.rule, JSON.stringify(shipBy.own)]); // eslint-disable-line react-hooks/exhaustive-deps
  const deadlines = useMemo(() => {
    const handling = handlingFromProducts(queue?.rows ?? [], queue?.products ?? new Map());
    return (queue?.rows ?? [])
      .filter((o) => o.hostingMode !== 'fully-managed')
      .map((order) => ({
        order,
        deadline: calculator.deadline(
          order.paidAt ?? order.placedAt,
          order.handlingDays ?? handling.get(order.id) ?? shipBy.fallbackHandlingDays,
        ),
      }));
  }, [queue, calculator, shipBy.fallbackHandlingDays]);
  const count = useMemo(() => deadlines.filter((d) => isAtRisk(d.deadline, now)).length, [deadlines, now]);
  return { count, deadlines, now, loaded: queue !== undefined };
}

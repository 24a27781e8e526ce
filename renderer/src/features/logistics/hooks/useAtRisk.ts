import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { Order } from '@shared/domain/types';
import { deadlineCalculator, isAtRisk } from '@shared/logistics/deadline';
import { awaitingOrders } from '../../../data/shipping';
import { db } from '../../../db/db';
import { useLogisticsSettings } from './useLogisticsSettings';

export interface AtRisk {
  /** Orders the seller ships that are overdue or due within 24 hours. */
  count: number;
  deadlines: { order: Order; deadline: number }[];
  now: number;
  loaded: boolean;
}

/** The store's seller-shipped awaiting orders with their deadlines, refreshed every 30 s. */
export function useAtRisk(storeId: string | undefined): AtRisk {
  const settings = useLogisticsSettings();
  const orders = useLiveQuery(async () => (storeId ? awaitingOrders(db, storeId) : []), [storeId]);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const { shipBy } = settings;
  const calculator = useMemo(() => deadlineCalculator(shipBy), [shipBy.rule, JSON.stringify(shipBy.own)]); // eslint-disable-line react-hooks/exhaustive-deps
  const deadlines = useMemo(
    () =>
      (orders ?? [])
        .filter((o) => o.hostingMode !== 'fully-managed')
        .map((order) => ({
          order,
          deadline: calculator.deadline(
            order.paidAt ?? order.placedAt,
            order.handlingDays ?? shipBy.fallbackHandlingDays,
          ),
        })),
    [orders, calculator, shipBy.fallbackHandlingDays],
  );
  const count = useMemo(() => deadlines.filter((d) => isAtRisk(d.deadline, now)).length, [deadlines, now]);
  return { count, deadlines, now, loaded: orders !== undefined };
}

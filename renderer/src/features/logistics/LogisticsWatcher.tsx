import { useEffect } from 'react';
import { notifications } from '@mantine/notifications';
import { useT } from '../../i18n/useT';
import { alertLevelOf, ALERT_LEVELS, type AlertLevel } from '@shared/logistics/deadline';
import { db } from '../../db/db';
import { useAtRisk } from './hooks/useAtRisk';
import { useLogisticsSettings } from './hooks/useLogisticsSettings';

/** Alert ids (order|level) known to be stored already, so the 30-second check reads only new ones. */
const alerted = new Set<string>();
const ALERT_CHECK_DELAY_MS = 1500;

/**
 * Mounted once in the shell: the at-risk count in the window title, and in-app alerts as orders cross 24 h, 2 h and
 * overdue — one per order and level, remembered in shipByAlerts so a restart does not repeat them.
 */
export function LogisticsWatcher({ storeId }: { storeId: string | undefined }) {
  const { t } = useT();
  const risk = useAtRisk(storeId);
  const { alerts } = useLogisticsSettings();
  const appName = t('app.name');

  useEffect(() => {
    document.title =
      risk.count > 0 ? t('logistics.windowTitle', { count: risk.count, app: appName }) : appName;
  }, [risk.count, appName, t]);

  useEffect(() => {
    if (!storeId || !risk.loaded) return;
    const due = new Map<string, { level: AlertLevel; orderId: string; number: string }>();
    for (const { order, deadline } of risk.deadlines) {
      const level = alertLevelOf(deadline, risk.now, alerts);
      if (level) due.set(`${order.id}|${level}`, { level, orderId: order.id, number: order.orderId });
    }
    for (const id of due.keys()) if (alerted.has(id)) due.delete(id);
    if (due.size === 0) return;
    let cancelled = false;
    // A moment after the data arrives, not with it: at start the screens' own first reads go first.
    const timer = setTimeout(() => void check(), ALERT_CHECK_DELAY_MS);
    const check = async () => {
      const seen = await db.shipByAlerts.bulkGet([...due.keys()]);
      if (cancelled) return;
      const fresh = [...due.entries()].filter((_, i) => !seen[i]);
      for (const [id, record] of [...due.keys()].map((id, i) => [id, seen[i]] as const))
        if (record) alerted.add(id);
      if (fresh.length === 0) return;
      for (const [id] of fresh) alerted.add(id);
      await db.shipByAlerts.bulkPut(
        fresh.map(([id, a]) => ({ id, storeId, orderId: a.orderId, level: a.level, shownAt: risk.now })),
      );
      for (const level of ALERT_LEVELS) {
        const orders = fresh.filter(([, a]) => a.level === level).map(([, a]) => a.number);
        if (orders.length === 0) continue;
        notifications.show({
          color: level === 'overdue' ? 'red' : 'orange',
          title: t(`logistics.alert.${level}`, { count: orders.length }),
          message: orders.slice(0, 5).join(', ') + (orders.length > 5 ? ' …' : ''),
          autoClose: 10_000,
        });
      }
    };
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [risk.deadlines, risk.now, risk.loaded, alerts, storeId, t]);

  return null;
}

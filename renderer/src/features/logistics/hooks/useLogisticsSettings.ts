import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import {
  DEFAULT_ALERTS,
  DEFAULT_SHIP_BY_RULE,
  type AlertSetting,
  type ShipByRuleSetting,
} from '@shared/logistics/deadline';
import { db } from '../../../db/db';

const SHIP_BY_KEY = 'logistics.shipByRule';
const ALERTS_KEY = 'logistics.alerts';

export interface LogisticsSettings {
  shipBy: ShipByRuleSetting;
  alerts: AlertSetting;
  saveShipBy(next: ShipByRuleSetting): Promise<void>;
  saveAlerts(next: AlertSetting): Promise<void>;
}

/** The ship-by rule and alert levels, from the settings table (defaults until the seller changes them). */
export function useLogisticsSettings(): LogisticsSettings {
  const rows = useLiveQuery(() => db.settings.bulkGet([SHIP_BY_KEY, ALERTS_KEY]), []);
  const shipBy = { ...DEFAULT_SHIP_BY_RULE, ...((rows?.[0]?.value as Partial<ShipByRuleSetting>) ?? {}) };
  const alerts = { ...DEFAULT_ALERTS, ...((rows?.[1]?.value as Partial<AlertSetting>) ?? {}) };
  const saveShipBy = useCallback(async (next: ShipByRuleSetting) => {
    await db.settings.put({ key: SHIP_BY_KEY, value: next });
  }, []);
  const saveAlerts = useCallback(async (next: AlertSetting) => {
    await db.settings.put({ key: ALERTS_KEY, value: next });
  }, []);
  return { shipBy, alerts, saveShipBy, saveAlerts };
}

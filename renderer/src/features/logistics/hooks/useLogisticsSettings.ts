import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_ALERTS, type AlertSetting, type ShipByRuleSetting } from '@shared/logistics/deadline';
import { saveShipByRule } from '../../../data/shipQueue';
import { readShipBySetting, SHIP_BY_SETTING_KEY as SHIP_BY_KEY } from '../../../data/shopClosures';
import { db } from '../../../db/db';

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
  // What the user just chose shows at once (a controlled radio or checkbox must not snap back while the write
  // and the live query's re-read are under way); the stored value takes over when the re-read arrives.
  const [pending, setPending] = useState<{ shipBy?: ShipByRuleSetting; alerts?: AlertSetting }>({});
  useEffect(() => setPending({}), [rows]);
  const shipBy = pending.shipBy ?? readShipBySetting(rows?.[0]?.value);
  const alerts = pending.alerts ?? {
    ...DEFAULT_ALERTS,
    ...((rows?.[1]?.value as Partial<AlertSetting>) ?? {}),
  };
  const saveShipBy = useCallback(async (next: ShipByRuleSetting) => {
    setPending((p) => ({ ...p, shipBy: next }));
    // The rule and every queue deadline it moves commit together (the board reads the stored deadlines).
    await saveShipByRule(db, next);
  }, []);
  const saveAlerts = useCallback(async (next: AlertSetting) => {
    setPending((p) => ({ ...p, alerts: next }));
    await db.settings.put({ key: ALERTS_KEY, value: next });
  }, []);
  return { shipBy, alerts, saveShipBy, saveAlerts };
}

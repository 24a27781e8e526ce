/**
 * "What if these SKUs moved to mode X?" — per-SKU rows and totals. Totals are plain sums of the rows' integer
 * figures, so the table always adds up.
 */
import type { HostingMode, Id } from '@shared/domain/types';
import { profitForMode, type ModeProfit, type ProfitInput } from './profit';
import type { HostingRates } from './rates';
import { RESPONSIBILITY_AREAS, type ResponsibilityArea } from './responsibilities';
import { switchImpact, type ScreenChange } from './switch';

export interface WhatIfSku extends ProfitInput {
  skuId: Id;
  currentMode: HostingMode;
}

export interface WhatIfRow {
  skuId: Id;
  fromMode: HostingMode;
  toMode: HostingMode;
  before: ModeProfit;
  after: ModeProfit;
  profitDeltaMonth: number;
  workSecondsDeltaMonth: number;
}

export interface WhatIfTotals {
  currency: string;
  profitBeforeMonth: number;
  profitAfterMonth: number;
  profitDeltaMonth: number;
  workSecondsBeforeMonth: number;
  workSecondsAfterMonth: number;
  workSecondsDeltaMonth: number;
  /** Convenience for display: seconds ÷ 3600, one decimal. */
  workHoursBeforeMonth: number;
  workHoursAfterMonth: number;
  workHoursDeltaMonth: number;
}

export interface WhatIfResult {
  targetMode: HostingMode;
  rows: WhatIfRow[];
  totals: WhatIfTotals;
  /** Areas the merchant still carries for these SKUs after the move. */
  responsibilitiesKept: ResponsibilityArea[];
  /** Areas that leave the merchant for at least one selected SKU. */
  /** Areas the platform takes over entirely. */
  responsibilitiesHandedOver: ResponsibilityArea[];
  /** Areas the merchant now shares with the platform: never called "handed over". */
  responsibilitiesShared: ResponsibilityArea[];
  /** Areas that come back to the merchant for at least one selected SKU. */
  responsibilitiesTakenOn: ResponsibilityArea[];
  /** Screen changes across every distinct current mode in the selection, without duplicates. */
  screens: ScreenChange[];
}

const hours = (seconds: number) => Math.round(seconds / 360) / 10;

export function whatIf(
  skus: readonly WhatIfSku[],
  targetMode: HostingMode,
  rates: HostingRates,
): WhatIfResult {
  const rows: WhatIfRow[] = skus.map((sku) => {
    const before = profitForMode(sku, sku.currentMode, rates);
    const after = profitForMode(sku, targetMode, rates);
    return {
      skuId: sku.skuId,
      fromMode: sku.currentMode,
      toMode: targetMode,
      before,
      after,
      profitDeltaMonth: after.perMonth.profit - before.perMonth.profit,
      workSecondsDeltaMonth: after.workSecondsPerMonth - before.workSecondsPerMonth,
    };
  });

  let profitBeforeMonth = 0;
  let profitAfterMonth = 0;
  let workSecondsBeforeMonth = 0;
  let workSecondsAfterMonth = 0;
  for (const row of rows) {
    profitBeforeMonth += row.before.perMonth.profit;
    profitAfterMonth += row.after.perMonth.profit;
    workSecondsBeforeMonth += row.before.workSecondsPerMonth;
    workSecondsAfterMonth += row.after.workSecondsPerMonth;
  }

  const handedOver = new Set<ResponsibilityArea>();
  const shared = new Set<ResponsibilityArea>();
  const takenOn = new Set<ResponsibilityArea>();
  const bucket = {
    'less-for-merchant': handedOver,
    'shared-with-platform': shared,
    'more-for-merchant': takenOn,
  };
  const screens = new Map<string, ScreenChange>();
  for (const from of new Set(rows.map((r) => r.fromMode))) {
    const impact = switchImpact(from, targetMode);
    for (const change of impact.changes) {
      bucket[change.direction].add(change.area);
    }
    for (const screen of impact.screens) screens.set(screen.changeKey, screen);
  }
  const inOrder = (set: Set<ResponsibilityArea>) => RESPONSIBILITY_AREAS.filter((a) => set.has(a));

  return {
    targetMode,
    rows,
    totals: {
      currency: rates.currency,
      profitBeforeMonth,
      profitAfterMonth,
      profitDeltaMonth: profitAfterMonth - profitBeforeMonth,
      workSecondsBeforeMonth,
      workSecondsAfterMonth,
      workSecondsDeltaMonth: workSecondsAfterMonth - workSecondsBeforeMonth,
      workHoursBeforeMonth: hours(workSecondsBeforeMonth),
      workHoursAfterMonth: hours(workSecondsAfterMonth),
      workHoursDeltaMonth: hours(workSecondsAfterMonth - workSecondsBeforeMonth),
    },
    responsibilitiesKept: switchImpact(targetMode, targetMode).kept,
    responsibilitiesHandedOver: inOrder(handedOver),
    responsibilitiesShared: inOrder(shared),
    responsibilitiesTakenOn: inOrder(takenOn),
    screens: [...screens.values()],
  };
}

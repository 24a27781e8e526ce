/**
 * Ship-by deadlines: payment time plus the order's handling days (the longest line wins), counted in calendar
 * days or in the shop's open days (Chinese public holidays, make-up workdays and the seller's own closures).
 * Which rule applies is a setting with its source; the seller centre's day is China time (UTC+8, no DST).
 */
import {
  addOpenDays,
  chinaClosureCalendar,
  type ClosureCalendar,
  type DayCountRule,
  type OwnClosures,
} from '@shared/calendar/closures';
import type { DayKey, EpochMs } from '@shared/domain/types';
import { DAY_MS, dayKeyOf, dayStartMs } from '@shared/util/days';

/** The seller centre's clock: China Standard Time. */
export const CHINA_OFFSET_MS = 8 * 3_600_000;

export interface ShipByRuleSetting {
  rule: DayCountRule;
  /** Where the rule comes from, shown next to it. */
  source: string;
  checkedOn: DayKey;
  /** Handling days assumed for a line whose product is not in the catalog. */
  fallbackHandlingDays: number;
  own: OwnClosures;
}

export const DEFAULT_SHIP_BY_RULE: ShipByRuleSetting = {
  rule: 'working-days',
  source:
    'AliExpress sets handling time (发货期) per product, 1–60 days from payment; over the Spring Festival and other public holidays the platform extends it by notice each year. Holidays and make-up workdays: chinese-days 1.5.7 (data to 2026).',
  checkedOn: '2026-11-20',
  fallbackHandlingDays: 7,
  own: { closedDays: [], openDays: [], weekendsClosed: true },
};

/** The day in China a moment falls on. */
export function chinaDayOf(ms: EpochMs): DayKey {
  return dayKeyOf(ms + CHINA_OFFSET_MS);
}

export function handlingDaysOf(lineHandlingDays: readonly (number | undefined)[], fallback: number): number {
  let longest = 0;
  for (const days of lineHandlingDays) longest = Math.max(longest, days ?? fallback);
  return longest > 0 ? longest : fallback;
}

export interface DeadlineCalculator {
  deadline(paidAt: EpochMs, handlingDays: number): EpochMs;
  calendar: ClosureCalendar;
  rule: DayCountRule;
}

/**
 * Calendar days: payment + n × 24 h. Working days: the n-th open day after the payment day, at the payment's
 * time of day in China, so a deadline never falls on a closed day.
 */
export function deadlineCalculator(setting: Pick<ShipByRuleSetting, 'rule' | 'own'>): DeadlineCalculator {
  const calendar = chinaClosureCalendar(setting.own);
  // China time has no DST: the pay day is a whole number of days since the epoch, so one numeric key per
  // (pay day, handling days) finds the due day's start without formatting a date per order.
  const memo = new Map<number, EpochMs>();
  return {
    calendar,
    rule: setting.rule,
    deadline(paidAt, handlingDays) {
      if (setting.rule === 'calendar-days') return paidAt + handlingDays * DAY_MS;
      const local = paidAt + CHINA_OFFSET_MS;
      const payDayStart = Math.floor(local / DAY_MS) * DAY_MS;
      const key = (payDayStart / DAY_MS) * 128 + Math.min(127, Math.max(0, Math.floor(handlingDays)));
      let dueStart = Number.isInteger(handlingDays) && handlingDays < 128 ? memo.get(key) : undefined;
      if (dueStart === undefined) {
        dueStart = dayStartMs(addOpenDays(calendar, dayKeyOf(payDayStart), Math.max(1, handlingDays)));
        if (Number.isInteger(handlingDays) && handlingDays < 128) memo.set(key, dueStart);
      }
      return dueStart + (local - payDayStart) - CHINA_OFFSET_MS;
    },
  };
}

export const DEADLINE_BUCKETS = ['overdue', 'due24h', 'due48h', 'due72h', 'later'] as const;
export type DeadlineBucket = (typeof DEADLINE_BUCKETS)[number];

export function bucketOf(deadline: EpochMs, now: EpochMs): DeadlineBucket {
  const left = deadline - now;
  if (left <= 0) return 'overdue';
  if (left <= DAY_MS) return 'due24h';
  if (left <= 2 * DAY_MS) return 'due48h';
  if (left <= 3 * DAY_MS) return 'due72h';
  return 'later';
}

/** Orders at risk: overdue or due within 24 hours. */
export function isAtRisk(deadline: EpochMs, now: EpochMs): boolean {
  return deadline - now <= DAY_MS;
}

/** Years between payment and deadline that the holiday data does not know, for a warning in the UI. */
export function uncoveredYears(calendar: ClosureCalendar, from: EpochMs, to: EpochMs): number[] {
  const years: number[] = [];
  for (
    let y = new Date(from + CHINA_OFFSET_MS).getUTCFullYear();
    y <= new Date(to + CHINA_OFFSET_MS).getUTCFullYear();
    y++
  )
    if (!calendar.coversYear(y)) years.push(y);
  return years;
}

export const ALERT_LEVELS = ['due24h', 'due2h', 'overdue'] as const;
export type AlertLevel = (typeof ALERT_LEVELS)[number];

export interface AlertSetting {
  enabled: Record<AlertLevel, boolean>;
}

export const DEFAULT_ALERTS: AlertSetting = { enabled: { due24h: true, due2h: true, overdue: true } };

/** The most urgent alert level an order has crossed by `now`, or null. */
export function alertLevelOf(deadline: EpochMs, now: EpochMs, setting: AlertSetting): AlertLevel | null {
  const left = deadline - now;
  if (left <= 0 && setting.enabled.overdue) return 'overdue';
  if (left > 0 && left <= 2 * 3_600_000 && setting.enabled.due2h) return 'due2h';
  if (left > 0 && left <= DAY_MS && setting.enabled.due24h) return 'due24h';
  return null;
}

/** The settings row that holds the seller's ship-by rule (see ShipByRuleSetting). */
export const SHIP_BY_SETTING_KEY = 'logistics.shipByRule';

/** The stored setting over the defaults (a field the stored row lacks keeps its default). */
export function readShipBySetting(stored: unknown): ShipByRuleSetting {
  const value = (stored ?? {}) as Partial<ShipByRuleSetting>;
  return { ...DEFAULT_SHIP_BY_RULE, ...value, own: { ...DEFAULT_SHIP_BY_RULE.own, ...(value.own ?? {}) } };
}

/** What a stored deadline was counted with: the rule, the own closures and the fallback handling days. */
export interface ShipByRules {
  calculator: DeadlineCalculator;
  fallbackHandlingDays: number;
  /** A short fingerprint of the three, stored with each deadline so a stale one is recognised. */
  key: string;
}

export function shipByRules(
  setting: Pick<ShipByRuleSetting, 'rule' | 'own' | 'fallbackHandlingDays'>,
): ShipByRules {
  const text = JSON.stringify([setting.rule, setting.own, setting.fallbackHandlingDays]);
  // FNV-1a over the setting's text: a stamp, not a secret.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return {
    calculator: deadlineCalculator(setting),
    fallbackHandlingDays: setting.fallbackHandlingDays,
    key: `${setting.rule === 'calendar-days' ? 'c' : 'w'}${(hash >>> 0).toString(36)}`,
  };
}

/** An awaiting order's ship-by deadline as the queue stores it. */
export interface ShipByDeadline {
  deadlineAt: EpochMs;
  /** The handling days counted: the order's own, else its products' longest, else the fallback. */
  shipByDays: number;
  /** True when neither the order nor a product told the handling days and the fallback was used. */
  handlingAssumed: boolean;
  /** ShipByRules.key of the rules it was counted with. */
  deadlineRule: string;
}

/** Payment (or placing) time plus the order's handling days: its own, else the longest of its products'. */
export function shipByDeadline(
  order: { paidAt?: EpochMs; placedAt: EpochMs; handlingDays?: number; productIds: readonly string[] },
  productHandlingDays: (productId: string) => number | undefined,
  rules: ShipByRules,
): ShipByDeadline {
  let known = order.handlingDays;
  if (known === undefined)
    for (const id of order.productIds) {
      const days = productHandlingDays(id);
      if (days !== undefined) known = Math.max(known ?? 0, days);
    }
  const shipByDays = known ?? rules.fallbackHandlingDays;
  return {
    deadlineAt: rules.calculator.deadline(order.paidAt ?? order.placedAt, shipByDays),
    shipByDays,
    handlingAssumed: known === undefined,
    deadlineRule: rules.key,
  };
}

/** True when a stored deadline still holds for these rules and handling days. */
export function sameShipBy(stored: Partial<ShipByDeadline>, now: ShipByDeadline): boolean {
  return (
    stored.deadlineAt === now.deadlineAt &&
    stored.shipByDays === now.shipByDays &&
    stored.handlingAssumed === now.handlingAssumed &&
    stored.deadlineRule === now.deadlineRule
  );
}

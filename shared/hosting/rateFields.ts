/**
 * The rates editor as data: every editable setting with its path, kind and label key, plus read/write helpers
 * and validation issues the UI can translate (zod's own messages are English-only).
 */
import { HOSTING_MODES } from '@shared/domain/types';
import { HostingRatesSchema, type HostingRates } from './rates';

export type RateFieldKind = 'rate' | 'money' | 'minutes' | 'months';

export interface RateField {
  /** Path to the setting object ({ value | amount, source, noteKey }) inside HostingRates. */
  path: readonly string[];
  kind: RateFieldKind;
  /** i18n key of the label; `labelArgs` fill its placeholders (a mode or category key to translate). */
  labelKey: string;
  labelArgs?: { mode?: string; category?: string; task?: string };
  section: RateSection;
}

export const RATE_SECTIONS = [
  'commission',
  'affiliate',
  'serviceFee',
  'logistics',
  'fullyManaged',
  'returns',
  'labour',
] as const;
export type RateSection = (typeof RATE_SECTIONS)[number];

const TASKS = ['listing', 'service', 'packing', 'other'] as const;
const L = 'hosting.ui.rates.field.';

/** Every field of `rates` in display order (categories come from the settings themselves, so new ones show). */
export function rateFields(rates: HostingRates): RateField[] {
  const fields: RateField[] = [
    {
      path: ['commission', 'default'],
      kind: 'rate',
      labelKey: `${L}commissionDefault`,
      section: 'commission',
    },
    ...Object.keys(rates.commission.byCategory).map((category): RateField => ({
      path: ['commission', 'byCategory', category],
      kind: 'rate',
      labelKey: `${L}commissionCategory`,
      labelArgs: { category },
      section: 'commission',
    })),
    { path: ['affiliate', 'rate'], kind: 'rate', labelKey: `${L}affiliateRate`, section: 'affiliate' },
    ...HOSTING_MODES.map((mode): RateField => ({
      path: ['affiliate', 'shareOfOrders', mode],
      kind: 'rate',
      labelKey: `${L}affiliateShare`,
      labelArgs: { mode },
      section: 'affiliate',
    })),
    {
      path: ['serviceFee', 'semi-managed'],
      kind: 'rate',
      labelKey: `${L}serviceFeeSemi`,
      section: 'serviceFee',
    },
    {
      path: ['serviceFee', 'fully-managed'],
      kind: 'rate',
      labelKey: `${L}serviceFeeFully`,
      section: 'serviceFee',
    },
    {
      path: ['ownLogistics', 'first100g'],
      kind: 'money',
      labelKey: `${L}ownFirst100g`,
      section: 'logistics',
    },
    { path: ['ownLogistics', 'per100g'], kind: 'money', labelKey: `${L}ownPer100g`, section: 'logistics' },
    {
      path: ['platformLogistics', 'first100g'],
      kind: 'money',
      labelKey: `${L}platformFirst100g`,
      section: 'logistics',
    },
    {
      path: ['platformLogistics', 'per100g'],
      kind: 'money',
      labelKey: `${L}platformPer100g`,
      section: 'logistics',
    },
    {
      path: ['fullyManaged', 'inboundPerUnit'],
      kind: 'money',
      labelKey: `${L}inboundPerUnit`,
      section: 'fullyManaged',
    },
    {
      path: ['fullyManaged', 'warehousingPerUnitMonth'],
      kind: 'money',
      labelKey: `${L}warehousingPerUnitMonth`,
      section: 'fullyManaged',
    },
    {
      path: ['fullyManaged', 'averageStorageMonths'],
      kind: 'months',
      labelKey: `${L}averageStorageMonths`,
      section: 'fullyManaged',
    },
    {
      path: ['fullyManaged', 'supplyPriceShareEstimate'],
      kind: 'rate',
      labelKey: `${L}supplyShare`,
      section: 'fullyManaged',
    },
    ...HOSTING_MODES.map((mode): RateField => ({
      path: ['returns', 'rate', mode],
      kind: 'rate',
      labelKey: `${L}returnRate`,
      labelArgs: { mode },
      section: 'returns',
    })),
    { path: ['returns', 'writeOffShare'], kind: 'rate', labelKey: `${L}writeOff`, section: 'returns' },
    { path: ['labour', 'hourlyCost'], kind: 'money', labelKey: `${L}hourlyCost`, section: 'labour' },
    ...HOSTING_MODES.flatMap((mode) =>
      TASKS.map((task): RateField => ({
        path: ['labour', 'minutesPerOrder', mode, task],
        kind: 'minutes',
        labelKey: `${L}minutes`,
        labelArgs: { mode, task },
        section: 'labour',
      })),
    ),
  ];
  return fields;
}

export interface SettingView {
  /** `value` of rate/minutes/months settings, `amount` (minor units) of money settings. */
  value: number;
  source: string;
  noteKey?: string;
}

function settingAt(rates: HostingRates, path: readonly string[]): Record<string, unknown> {
  let node: unknown = rates;
  for (const part of path) node = (node as Record<string, unknown>)[part];
  return node as Record<string, unknown>;
}

export function readSetting(rates: HostingRates, field: RateField): SettingView {
  const setting = settingAt(rates, field.path);
  const value = (field.kind === 'money' ? setting.amount : setting.value) as number;
  return {
    value,
    source: setting.source as string,
    ...(typeof setting.noteKey === 'string' ? { noteKey: setting.noteKey } : {}),
  };
}

/**
 * A copy of `rates` with one setting changed; its source becomes 'user' (the seller's own figure) while the
 * note stays, so the editor can still say what the setting means.
 */
export function writeSetting(rates: HostingRates, field: RateField, value: number): HostingRates {
  const next = structuredClone(rates);
  const setting = settingAt(next, field.path);
  if (field.kind === 'money') setting.amount = value;
  else setting.value = value;
  setting.source = 'user';
  return next;
}

export type RateIssue =
  { kind: 'field'; path: string } | { kind: 'total'; mode: string } | { kind: 'currency' };

/** Validation issues of edited settings, as data to translate; empty when the settings can be saved. */
export function rateIssues(input: unknown): RateIssue[] {
  const result = HostingRatesSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue): RateIssue => {
    const path = issue.path.map(String);
    if (path[0] === 'currency') return { kind: 'currency' };
    if (issue.code === 'custom' && path[0] === 'serviceFee') {
      const mode = HOSTING_MODES.find((m) => issue.message.startsWith(`${m}:`)) ?? '';
      return { kind: 'total', mode };
    }
    // A bad `value` / `amount` belongs to its setting: report the setting's path, which is the field's path.
    const last = path[path.length - 1];
    const settingPath = last === 'value' || last === 'amount' ? path.slice(0, -1) : path;
    return { kind: 'field', path: settingPath.join('.') };
  });
}

export const fieldKey = (field: RateField) => field.path.join('.');

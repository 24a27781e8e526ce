/**
 * Who does what in each AliExpress hosting mode, as data the UI renders (labels and notes are i18n keys
 * resolved against `hostingEn` / `hostingZh` in ./i18n.ts).
 */
import type { HostingMode } from '@shared/domain/types';

export const RESPONSIBILITY_AREAS = [
  'photography-and-listing',
  'pricing',
  'marketing-and-promotion',
  'customer-service',
  'fulfilment-and-shipping',
  'warehousing',
  'returns-and-after-sales',
  'store-data-access',
] as const;
export type ResponsibilityArea = (typeof RESPONSIBILITY_AREAS)[number];

export type Party = 'merchant' | 'platform' | 'shared';

export interface ResponsibilityCell {
  who: Party;
  /** i18n key of a one-line note explaining the split in this mode. */
  noteKey: string;
}

/** i18n key of an area's label, e.g. `hosting.area.pricing`. */
export function areaLabelKey(area: ResponsibilityArea): string {
  return `hosting.area.${area}`;
}

/** i18n key of a mode's name, e.g. `hosting.mode.semi-managed.name`. */
export function modeNameKey(mode: HostingMode): string {
  return `hosting.mode.${mode}.name`;
}

/** i18n key of a mode's one-line summary. */
export function modeSummaryKey(mode: HostingMode): string {
  return `hosting.mode.${mode}.summary`;
}

/**
 * Whether the platform, not the merchant, answers buyers in a mode: the one reading of the matrix that the inbox
 * (read-only conversations), the switch preview and the demo store all use, so no screen says otherwise.
 */
export function platformAnswersBuyers(mode: HostingMode): boolean {
  return WHO[mode]['customer-service'] === 'platform';
}

export function partyLabelKey(party: Party): string {
  return `hosting.party.${party}`;
}

const WHO: Record<HostingMode, Record<ResponsibilityArea, Party>> = {
  'fully-managed': {
    'photography-and-listing': 'shared', // merchant sends samples and specs; the platform shoots and lists
    pricing: 'platform', // merchant only agrees a supply price
    'marketing-and-promotion': 'platform',
    'customer-service': 'platform',
    'fulfilment-and-shipping': 'platform', // merchant ships inbound to the warehouse only
    warehousing: 'platform',
    'returns-and-after-sales': 'platform',
    'store-data-access': 'platform', // merchant sees supply-side figures, not buyers
  },
  'semi-managed': {
    'photography-and-listing': 'merchant',
    pricing: 'merchant',
    'marketing-and-promotion': 'platform',
    // AliExpress semi-managed: the store and its message centre stay the merchant's (buyers' questions are
    // answered by the seller); the platform takes over delivery abroad and the after-sales claims that follow.
    'customer-service': 'shared',
    'fulfilment-and-shipping': 'shared', // merchant packs and hands over in China; platform ships abroad
    warehousing: 'merchant',
    'returns-and-after-sales': 'platform',
    'store-data-access': 'shared',
  },
  'self-operated': {
    'photography-and-listing': 'merchant',
    pricing: 'merchant',
    'marketing-and-promotion': 'merchant',
    'customer-service': 'merchant',
    'fulfilment-and-shipping': 'merchant',
    warehousing: 'merchant',
    'returns-and-after-sales': 'merchant',
    'store-data-access': 'merchant',
  },
};

export const RESPONSIBILITY_MATRIX: Readonly<
  Record<HostingMode, Readonly<Record<ResponsibilityArea, ResponsibilityCell>>>
> = Object.fromEntries(
  (Object.keys(WHO) as HostingMode[]).map((mode) => [
    mode,
    Object.fromEntries(
      RESPONSIBILITY_AREAS.map((area) => [
        area,
        { who: WHO[mode][area], noteKey: `hosting.matrix.${mode}.${area}` },
      ]),
    ),
  ]),
) as Record<HostingMode, Record<ResponsibilityArea, ResponsibilityCell>>;

export interface ModeProsCons {
  pros: readonly string[];
  cons: readonly string[];
}

export const MODE_PROS_CONS: Readonly<Record<HostingMode, ModeProsCons>> = {
  'fully-managed': {
    pros: [
      'hosting.pros.fully-managed.least-work',
      'hosting.pros.fully-managed.platform-traffic',
      'hosting.pros.fully-managed.no-buyer-service',
    ],
    cons: [
      'hosting.cons.fully-managed.no-price-control',
      'hosting.cons.fully-managed.stock-tied-up',
      'hosting.cons.fully-managed.thin-data',
    ],
  },
  'semi-managed': {
    pros: [
      'hosting.pros.semi-managed.keep-price-and-listing',
      'hosting.pros.semi-managed.platform-logistics',
      'hosting.pros.semi-managed.platform-after-sales',
    ],
    cons: [
      'hosting.cons.semi-managed.service-fee',
      'hosting.cons.semi-managed.less-marketing-control',
      'hosting.cons.semi-managed.handover-rules',
    ],
  },
  'self-operated': {
    pros: [
      'hosting.pros.self-operated.full-control',
      'hosting.pros.self-operated.all-data',
      'hosting.pros.self-operated.no-stock-at-platform',
    ],
    cons: [
      'hosting.cons.self-operated.most-work',
      'hosting.cons.self-operated.own-logistics-risk',
      'hosting.cons.self-operated.own-traffic',
    ],
  },
};

/** Areas the merchant still carries (alone or shared) in a mode. */
export function merchantAreas(mode: HostingMode): ResponsibilityArea[] {
  return RESPONSIBILITY_AREAS.filter((area) => RESPONSIBILITY_MATRIX[mode][area].who !== 'platform');
}

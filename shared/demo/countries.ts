/**
 * Where a small AliExpress seller's buyers come from: a believable mix led by Russia, then the US, Brazil,
 * Spain, France, Poland, Korea, Israel… Weights are shares of orders in percent.
 */
import type { BuyerLanguage, CountryCode } from '@shared/domain/types';

export interface DemoCountry {
  code: CountryCode;
  weight: number;
  /** Which name list buyers from here draw from. */
  names: NameGroup;
}

export type NameGroup =
  'ru' | 'uk' | 'kk' | 'en' | 'pt' | 'es' | 'fr' | 'pl' | 'ko' | 'he' | 'nl' | 'de' | 'it';

export const DEMO_COUNTRIES: readonly DemoCountry[] = [
  { code: 'RU', weight: 35, names: 'ru' },
  { code: 'US', weight: 9, names: 'en' },
  { code: 'BR', weight: 8, names: 'pt' },
  { code: 'ES', weight: 6.5, names: 'es' },
  { code: 'FR', weight: 5, names: 'fr' },
  { code: 'PL', weight: 4.5, names: 'pl' },
  { code: 'KR', weight: 3.5, names: 'ko' },
  { code: 'IL', weight: 3, names: 'he' },
  { code: 'UA', weight: 3, names: 'uk' },
  { code: 'NL', weight: 2.5, names: 'nl' },
  { code: 'CL', weight: 2.5, names: 'es' },
  { code: 'MX', weight: 2.5, names: 'es' },
  { code: 'KZ', weight: 2.5, names: 'kk' },
  { code: 'DE', weight: 2.5, names: 'de' },
  { code: 'GB', weight: 2, names: 'en' },
  { code: 'BY', weight: 1.2, names: 'ru' },
  { code: 'PT', weight: 1, names: 'pt' },
  { code: 'BE', weight: 1, names: 'fr' },
  { code: 'CO', weight: 1, names: 'es' },
  { code: 'AR', weight: 0.8, names: 'es' },
  { code: 'IT', weight: 1.2, names: 'it' },
  { code: 'CA', weight: 1, names: 'en' },
  { code: 'AU', weight: 0.8, names: 'en' },
];

const LANGUAGE_BY_COUNTRY: Readonly<Record<string, BuyerLanguage>> = {
  RU: 'ru',
  UA: 'ru',
  KZ: 'ru',
  BY: 'ru',
  BR: 'pt',
  PT: 'pt',
  ES: 'es',
  MX: 'es',
  CL: 'es',
  CO: 'es',
  AR: 'es',
  FR: 'fr',
  BE: 'fr',
};

/** The language a buyer from this country writes in (the brief's mapping; everyone else writes English). */
export function buyerLanguageOf(country: CountryCode): BuyerLanguage {
  return LANGUAGE_BY_COUNTRY[country] ?? 'en';
}

/** Countries whose buyers often ask about customs (declared value limits, ID numbers for customs). */
export const CUSTOMS_SENSITIVE = new Set(['RU', 'BR', 'IL', 'KZ', 'BY', 'CL', 'AR', 'MX', 'UA']);

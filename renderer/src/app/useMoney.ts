import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';

import { convertMinor, formatMoney, type ExchangeRates } from '@shared/analytics/money';
import { EXCHANGE_RATES_KEY, interpretExchangeRates } from '../data/exchangeRates';
import { db } from '../db/db';
import { localeOf } from '../i18n';
import { useWorkstation } from './WorkstationContext';
import { useT } from '../i18n/useT';

/** The editable rates from settings, or the defaults until the user changes them. */
export function useExchangeRates(): ExchangeRates {
  const stored = useLiveQuery(() => db.settings.get(EXCHANGE_RATES_KEY), []);
  return useMemo(() => interpretExchangeRates(stored?.value), [stored]);
}

export interface MoneyFormatter {
  currency: string;
  rates: ExchangeRates;
  /** Converts minor units of `from` into the display currency and formats them for the UI language. */
  format(minor: number, from: string): string;
  /** Formats minor units already in the display currency. */
  formatDisplay(minor: number): string;
}

export function useMoney(): MoneyFormatter {
  const { displayCurrency } = useWorkstation();
  const rates = useExchangeRates();
  const { i18n } = useT();
  const locale = localeOf(i18n.language);
  return useMemo(
    () => ({
      currency: displayCurrency,
      rates,
      format: (minor, from) =>
        formatMoney(convertMinor(minor, from, displayCurrency, rates), displayCurrency, locale),
      formatDisplay: (minor) => formatMoney(minor, displayCurrency, locale),
    }),
    [displayCurrency, rates, locale],
  );
}

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const namers = new Map<string, Intl.DisplayNames | null>();

function namerFor(language: string): Intl.DisplayNames | null {
  const locale = language.startsWith('zh') ? 'zh-CN' : 'en';
  if (!namers.has(locale)) {
    try {
      namers.set(locale, new Intl.DisplayNames([locale], { type: 'region' }));
    } catch {
      namers.set(locale, null);
    }
  }
  return namers.get(locale) ?? null;
}

/** A country's name in the UI language ("俄罗斯", "Russia"), or its code when the runtime does not know it. */
export function countryName(code: string, language: string): string {
  try {
    return namerFor(language)?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/**
 * The one way every screen shows a country: its name in the UI language with the ISO code the seller centre and
 * the carriers use ("俄罗斯 RU", "Russia RU"), so a country reads the same on the orders, inbox and dashboard.
 */
export function countryLabel(code: string, language: string): string {
  if (!code) return '—';
  const name = countryName(code, language);
  return name === code ? code : `${name} ${code.toUpperCase()}`;
}

export function useCountryLabel(): (code: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback((code: string) => countryLabel(code, language), [language]);
}

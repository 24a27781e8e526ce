import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { bundles } from './bundles';

export const UI_LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'zh', label: '简体中文' },
] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number]['value'];

const STORAGE_KEY = 'sw.language';

/** The owner's choice wins; on first run a Chinese system gets Chinese. */
export function initialLanguage(): UiLanguage {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'zh') return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export const resources = { en: { translation: bundles.en }, zh: { translation: bundles.zh } };

export async function setupI18n(language: UiLanguage = initialLanguage()): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  return i18next;
}

export async function changeLanguage(language: UiLanguage): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  await i18next.changeLanguage(language);
}

/** BCP 47 locale for Intl formatting of numbers, money and dates in the UI language. */
export const localeOf = (language: string): string => (language.startsWith('zh') ? 'zh-CN' : 'en-US');

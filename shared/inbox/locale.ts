/**
 * One fixed Intl locale per buyer language, so a date in a reply reads the same on every rep's machine
 * whatever that machine's own locale is. Portuguese is Brazilian and Spanish is Spain's: the largest
 * AliExpress markets for those languages.
 */
import type { BuyerLanguage } from '@shared/domain/types';

export const BUYER_LOCALES: Readonly<Record<BuyerLanguage, string>> = {
  en: 'en-US',
  ru: 'ru-RU',
  pt: 'pt-BR',
  es: 'es-ES',
  fr: 'fr-FR',
};

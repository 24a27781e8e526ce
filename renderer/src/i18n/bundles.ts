import { backupEn, backupZh } from '../features/backup/i18n';
import { catalogEn, catalogZh } from '../features/catalog/i18n';
import { dashboardFilterEn, dashboardFilterZh } from '../features/dashboard/i18n';
import { hostingEn, hostingZh } from '../features/hosting/i18n';
import { importEn, importZh } from '../features/import/i18n';
import { inboxEn, inboxZh } from '../features/inbox/i18n';
import { logisticsEn, logisticsZh } from '../features/logistics/i18n';
import { marketEn, marketZh } from '../features/market/i18n';
import { creatorsEn, creatorsZh } from '../features/creators/i18n';
import { photosEn, photosZh } from '../features/photos/i18n';
import { orderViewEn, orderViewZh } from '../features/orders/i18n';
import { en } from './locales/en';
import { zh } from './locales/zh';

/**
 * Every string bundle of the app, per language. Each feature keeps its strings next to its code, in
 * renderer/src/features/<feature>/i18n.ts, under its own top-level key, with the Chinese tree typed as the
 * English one (`export const <x>Zh: typeof <x>En`). Adding `<x>En` and `<x>Zh` to the two lists below is all a
 * new feature does: the English type of the whole app is derived from the list, and tests check that both
 * languages have the same keys and that no part hides another.
 */
export const bundleParts = {
  en: [
    en,
    hostingEn,
    inboxEn,
    catalogEn,
    importEn,
    photosEn,
    dashboardFilterEn,
    backupEn,
    marketEn,
    logisticsEn,
    creatorsEn,
    orderViewEn,
  ],
  zh: [
    zh,
    hostingZh,
    inboxZh,
    catalogZh,
    importZh,
    photosZh,
    dashboardFilterZh,
    backupZh,
    marketZh,
    logisticsZh,
    creatorsZh,
    orderViewZh,
  ],
} as const;

type Intersect<U> = (U extends unknown ? (part: U) => void : never) extends (all: infer I) => void
  ? I
  : never;

/** The app's English tree: every part of bundleParts.en, merged. */
export type EnglishBundle = Intersect<(typeof bundleParts.en)[number]>;
/** Chinese must have exactly the English keys: each part is typed by its English twin, checked here as a whole. */
type ChineseBundle = Intersect<(typeof bundleParts.zh)[number]>;
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _chineseHasExactlyTheEnglishKeys: Exactly<EnglishBundle, ChineseBundle> = true;

const merge = (parts: readonly object[]) => Object.assign({}, ...parts) as Record<string, unknown>;

export const bundles = {
  en: merge(bundleParts.en) as EnglishBundle,
  zh: merge(bundleParts.zh) as ChineseBundle,
};

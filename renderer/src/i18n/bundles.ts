import { hostingEn, hostingZh } from '@shared/hosting/i18n';
import { inboxEn, inboxZh } from '@shared/inbox/i18n';
import { backupEn, backupZh } from '../features/backup/i18n';
import { catalogEn, catalogZh } from '../features/catalog/i18n';
import { dashboardFilterEn, dashboardFilterZh } from '../features/dashboard/i18n';
import { photosEn, photosZh } from '../features/photos/i18n';
import { importEn, importZh } from '../features/import/i18n';
import { inboxUiEn, inboxUiZh } from '../features/inbox/i18n';
import { marketEn, marketZh } from '../features/market/i18n';
import { logisticsEn, logisticsZh } from '../features/logistics/i18n';
import { creatorsEn, creatorsZh } from '../features/creators/i18n';
import { en } from './locales/en';
import { zh } from './locales/zh';

/**
 * Every string bundle of the app, per language. Each feature keeps its strings next to its code
 * (shared/<domain>/i18n.ts or renderer/src/features/<feature>/i18n.ts) under its own top-level key
 * and is listed here once; tests check both languages have the same keys and no part hides another.
 */
export const bundleParts = {
  en: [
    en,
    hostingEn,
    inboxEn,
    inboxUiEn,
    catalogEn,
    importEn,
    photosEn,
    dashboardFilterEn,
    backupEn,
    marketEn,
    logisticsEn,
    creatorsEn,
  ],
  zh: [
    zh,
    hostingZh,
    inboxZh,
    inboxUiZh,
    catalogZh,
    importZh,
    photosZh,
    dashboardFilterZh,
    backupZh,
    marketZh,
    logisticsZh,
    creatorsZh,
  ],
} as const;

const merge = (parts: readonly object[]) => Object.assign({}, ...parts) as Record<string, unknown>;

export const bundles = {
  en: merge(bundleParts.en) as typeof en &
    typeof photosEn &
    typeof hostingEn &
    typeof inboxEn &
    typeof inboxUiEn &
    typeof catalogEn &
    typeof dashboardFilterEn &
    typeof backupEn &
    typeof marketEn &
    typeof logisticsEn &
    typeof creatorsEn,
  zh: merge(bundleParts.zh),
};

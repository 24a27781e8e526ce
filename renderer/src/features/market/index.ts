/**
 * The market feature's public face: the undercut alerts card (dashboard) and the store's promotions calendar
 * (shipped data with the seller's edits) for other screens, e.g. promotion days on the dashboard's sales chart.
 */
export { UndercutAlertsCard } from './UndercutAlertsCard';
export { loadPromotionEvents } from './data/promotionData';
export { promotionOccurrencesBetween, type PromotionOccurrence } from '@shared/market/promotions';

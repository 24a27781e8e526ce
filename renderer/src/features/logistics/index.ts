/** Public face of the logistics feature: what the shell, the dashboard and the orders screen may embed. */
export { LogisticsPage } from './Logistics.page';
export { LogisticsWatcher } from './LogisticsWatcher';
export { AtRiskCard } from './AtRiskCard';

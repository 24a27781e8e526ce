/** The dashboard's public face: store totals for a period against the same-length period before it. */
export { loadTotals, type DashboardQuery } from './loadDashboard';

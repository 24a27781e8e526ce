import type { Order } from '@shared/domain/types';
import { encodeCsv } from '@shared/util/csv';
import type { WorkstationDb } from '../../db/db';
import { saveBytes } from '../../components/saveFile';
import { fetchAllOrders, type OrderFilter } from './orderQueries';
import { asCsvRows, ordersTable, xlsxBytes } from './ordersExport';

const CHUNK = 500;

/** Each order's line titles, joined: read by the orderId index a chunk at a time. */
export async function lineTitles(db: WorkstationDb, orders: readonly Order[]): Promise<Map<string, string>> {
  const titles = new Map<string, string[]>();
  for (let i = 0; i < orders.length; i += CHUNK) {
    const ids = orders.slice(i, i + CHUNK).map((o) => o.id);
    const lines = await db.orderLines.where('orderId').anyOf(ids).toArray();
    for (const line of lines.sort((a, b) => a.id.localeCompare(b.id))) {
      const list = titles.get(line.orderId) ?? [];
      list.push(line.quantity > 1 ? `${line.title} ×${line.quantity}` : line.title);
      titles.set(line.orderId, list);
    }
  }
  return new Map([...titles].map(([id, list]) => [id, list.join('; ')]));
}

/** Writes the filtered list (every matching order, not only the rows on screen) as CSV or XLSX. */
export async function exportOrders(
  db: WorkstationDb,
  filter: OrderFilter,
  kind: 'csv' | 'xlsx',
  t: (key: string, options?: Record<string, unknown>) => string,
): Promise<{ count: number; file: string }> {
  const orders = await fetchAllOrders(db, filter);
  const table = ordersTable(orders, await lineTitles(db, orders), t);
  const stamp = new Date().toISOString().slice(0, 10);
  const file = `orders-${stamp}.${kind}`;
  if (kind === 'csv') await saveBytes(file, encodeCsv(asCsvRows(table)), 'text/csv');
  else
    await saveBytes(
      file,
      await xlsxBytes(table, t('orderView.export.sheet')),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  return { count: orders.length, file };
}

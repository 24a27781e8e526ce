import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scratchFolder } from './cliTestKit';
import { encodeGbk, chineseRows, toCsv } from '@shared/import/__fixtures__/orders-table';

const scratch = scratchFolder('import-check-');
const cli = (...args: string[]) => runCli('import-check', ...args);

describe('import-check CLI', () => {
  it('prints one JSON object for a GBK export with a bad row, exit 0', async () => {
    const rows = chineseRows();
    rows.push(['999', '2025-11-11 10:00', '火星', 'x', '1', '1.00', '美元', '已发货']);
    const file = join(scratch.path, 'orders-gbk.csv');
    await writeFile(file, encodeGbk(toCsv(rows)));
    const { code, stdout } = await cli('orders', file, '--json');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const json = JSON.parse(stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      kind: 'orders',
      encoding: 'gbk',
      delimiter: ',',
      rows: 11,
      valid: 10,
      duplicates: 0,
    });
    expect(json.errors).toEqual([
      { row: 12, column: '收货国家', message: 'unknown country "火星": expected a country name or ISO code' },
    ]);
    expect((json.sample as unknown[])[0]).toMatchObject({
      orderId: '3012345678901234',
      placedAt: '2025-11-10T16:05:09.000Z',
      country: 'RU',
      currency: 'USD',
      amount: 12.3,
      quantity: 2,
      status: 'awaiting-shipment',
    });
    expect(json.sample).toHaveLength(3);
  }, 30_000);

  it('names a file that does not exist, without a stack trace', async () => {
    const missing = join(scratch.path, 'nope.csv');
    const { code, stdout, stderr } = await cli('orders', missing, '--json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({
      errors: [{ message: `Cannot read "${missing}": no such file` }],
    });
    expect(stderr).not.toMatch(/at .*\.ts:\d+/u);
  }, 30_000);

  it('rejects an unknown kind and a missing file argument with usage', async () => {
    expect((await cli('refunds', 'x.csv')).code).toBe(2);
    const missingFile = await cli('orders');
    expect(missingFile.code).toBe(2);
    expect(missingFile.stderr).toMatch(/missing file argument/u);
  }, 30_000);

  it('prints a readable summary without --json', async () => {
    const file = join(scratch.path, 'plain.csv');
    await writeFile(file, 'Order ID,Order Time,Country,Total,Status\n1,2025-11-11 10:00,RU,$5,Shipped\n');
    const { code, stdout } = await cli('orders', file);
    expect(code).toBe(0);
    expect(stdout).toMatch(/rows 1, valid 1, duplicates 0, orders 1, errors 0/u);
  }, 30_000);
});

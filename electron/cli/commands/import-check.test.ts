import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGbk, chineseRows, toCsv } from '@shared/import/__fixtures__/orders-table';

const run = promisify(execFile);
let folder = '';

/** Runs the real CLI entry as a user would; resolves with the exit code instead of throwing. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'electron/cli/main.ts', 'import-check', ...args], {
      cwd: process.cwd(),
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'import-check-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('import-check CLI', () => {
  it('prints one JSON object for a GBK export with a bad row, exit 0', async () => {
    const rows = chineseRows();
    rows.push(['999', '2025-11-11 10:00', '火星', 'x', '1', '1.00', '美元', '已发货']);
    const file = join(folder, 'orders-gbk.csv');
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
    const missing = join(folder, 'nope.csv');
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
    const file = join(folder, 'plain.csv');
    await writeFile(file, 'Order ID,Order Time,Country,Total,Status\n1,2025-11-11 10:00,RU,$5,Shipped\n');
    const { code, stdout } = await cli('orders', file);
    expect(code).toBe(0);
    expect(stdout).toMatch(/rows 1, valid 1, duplicates 0, orders 1, errors 0/u);
  }, 30_000);
});

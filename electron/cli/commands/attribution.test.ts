import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import writeXlsxFile from 'write-excel-file/universal';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGbk } from '@shared/import/__fixtures__/orders-table';

const exec = promisify(execFile);
let folder = '';

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec('npx', ['tsx', 'electron/cli/main.ts', 'attribution', ...args], {
      cwd: process.cwd(),
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const CAMPAIGNS = [
  {
    id: 'code',
    influencer: 'katya',
    kind: 'promo-code',
    codes: ['Katya10'],
    fixedFee: { amount: 1000, currency: 'USD' },
  },
  {
    id: 'post',
    influencer: 'bro',
    kind: 'fixed-fee',
    productIds: ['P1'],
    // No zone: read at the importer's UTC+8, like the orders → 2025-03-01 04:00 UTC.
    touches: ['2025-03-01T12:00:00'],
    windowDays: 15,
    commissionRate: 0.1,
    samplesCost: { amount: 500, currency: 'USD' },
  },
  { id: 'bad-rate', commissionRate: 0.9 },
  { kind: 'no id' },
];

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'attribution-'));
  await writeFile(join(folder, 'campaigns.json'), JSON.stringify(CAMPAIGNS));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function expectContract(stdout: string) {
  const report = JSON.parse(stdout) as {
    campaigns: {
      id: string;
      orders: number;
      gmv: { amount: number };
      refundedOrders: number;
      cost: { amount: number };
      roas: number;
    }[];
    unattributed: number;
    timeZone: string;
    errors: { source: string; row?: number; index?: number; field?: string }[];
  };
  expect(report.timeZone).toBe('+08:00');
  const [code, post] = report.campaigns;
  expect(code).toMatchObject({
    id: 'code',
    orders: 2,
    gmv: { amount: 4000 },
    refundedOrders: 0,
    cost: { amount: 1000 },
    roas: 4,
  });
  expect(post).toMatchObject({
    id: 'post',
    orders: 1,
    gmv: { amount: 2000 },
    refundedOrders: 1,
    cost: { amount: 700 },
  });
  expect(report.unattributed).toBe(2);
  expect(report.errors).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ source: 'orders', row: 7 }),
      expect.objectContaining({ source: 'campaigns', index: 2, field: 'commissionRate' }),
      expect.objectContaining({ source: 'campaigns', index: 3, field: 'id' }),
    ]),
  );
}

describe('attribution CLI', () => {
  it('reads a GBK export with Chinese headers, zoned and zone-less times and a bad row', async () => {
    const csv = [
      '订单号,下单时间,国家,商品ID,订单金额,币种,订单状态,优惠码',
      '1,2025-03-01 10:00,俄罗斯,P1,10.00,USD,交易完成,KATYA10',
      '2,2025-03-02 10:00,俄罗斯,P1,20.00,USD,交易完成,',
      '3,2025-03-02 11:00,俄罗斯,P2,5.00,USD,交易完成,',
      '4,2025-03-03 11:00,俄罗斯,P1,7.00,USD,已退款,',
      // 03:59 UTC: one minute before the post's touch, so not the post's.
      '5,2025-03-01T03:59:00Z,西班牙,P1,9.00,USD,交易完成,',
      '6,坏日期,俄罗斯,P1,7.00,USD,交易完成,',
      '7,2025-02-01 10:00+03:00,西班牙,P9,30.00,USD,交易完成,katya10',
    ].join('\n');
    await writeFile(join(folder, 'orders-gbk.csv'), encodeGbk(csv));
    const { code, stdout } = await cli(
      '--orders',
      join(folder, 'orders-gbk.csv'),
      '--campaigns',
      join(folder, 'campaigns.json'),
      '--json',
    );
    expect(code).toBe(0);
    expectContract(stdout);
  });

  it('reads an XLSX export with English headers', async () => {
    const rows = [
      [
        'Order ID',
        'Order Time',
        'Country',
        'Product ID',
        'Order Amount',
        'Currency',
        'Order Status',
        'Coupon code',
      ],
      ['1', '2025-03-01 10:00', 'Russia', 'P1', '10.00', 'USD', 'Completed', 'katya10'],
      ['2', '2025-03-02 10:00', 'Russia', 'P1', '20.00', 'USD', 'Completed', ''],
      ['3', '2025-03-02 11:00', 'Russia', 'P2', '5.00', 'USD', 'Completed', ''],
      ['4', '2025-03-03 11:00', 'Russia', 'P1', '7.00', 'USD', 'Refunded', ''],
      ['5', '2025-03-01T03:59:00Z', 'Spain', 'P1', '9.00', 'USD', 'Completed', ''],
      ['6', 'not a date', 'Russia', 'P1', '7.00', 'USD', 'Completed', ''],
      ['7', '2025-02-01 10:00+03:00', 'Spain', 'P9', '30.00', 'USD', 'Completed', 'KATYA10'],
    ];
    const file = join(folder, 'orders.xlsx');
    const blob = await writeXlsxFile(rows).toBlob();
    await writeFile(file, new Uint8Array(await blob.arrayBuffer()));
    const { code, stdout } = await cli(
      '--orders',
      file,
      '--campaigns',
      join(folder, 'campaigns.json'),
      '--json',
    );
    expect(code).toBe(0);
    expectContract(stdout);
  });

  it('names an unreadable campaigns file in one JSON object, exit 1', async () => {
    const { code, stdout } = await cli(
      '--orders',
      join(folder, 'none.csv'),
      '--campaigns',
      join(folder, 'missing.json'),
      '--json',
    );
    expect(code).toBe(1);
    expect(JSON.parse(stdout).errors[0].message).toContain('missing.json');
  });
});

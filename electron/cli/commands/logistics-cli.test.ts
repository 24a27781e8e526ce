import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
let folder = '';

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec('npx', ['tsx', 'electron/cli/main.ts', ...args], {
      cwd: process.cwd(),
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'logistics-cli-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('tracking-check CLI', () => {
  it('prints one result per input, in order, from arguments and a file', async () => {
    const file = join(folder, 'numbers.txt');
    await writeFile(file, 'rr 123456784 ch\r\n\r\n1234567891\r\n');
    const { code, stdout } = await cli('tracking-check', 'RR123456785CH', '--file', file, '--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { results: { input: string; valid: boolean; reason: string | null }[] };
    expect(out.results.map((r) => [r.input, r.valid, r.reason])).toEqual([
      ['RR123456785CH', true, null],
      ['rr 123456784 ch', false, 'wrong check digit'],
      ['1234567891', true, null],
    ]);
  }, 60_000);
});

describe('shipping-quote CLI', () => {
  it('quotes the good parcels and reports bad rows of both files by row and column', async () => {
    const rates = join(folder, 'rates.csv');
    const parcels = join(folder, 'parcels.csv');
    await writeFile(
      rates,
      [
        'carrier,service,countries,min_weight_g,max_weight_g,first_weight_g,first_price,additional_step_g,additional_price,per_kg_price,registration_fee,min_charge_g,currency,volumetric_divisor,days_min,days_max,tracked',
        'Cainiao,Saver,*,0,2000,,,,,60,5,,CNY,,15,25,true',
        'EMS,EMS,US,0,30000,500,80,500,30,,,,CNY,6000,5,9,true',
        'Oops,Bad,US,0,100,,,,,,,,CNY,,1,2,true',
      ].join('\n'),
    );
    await writeFile(
      parcels,
      'id,country,weight_g,length_cm,width_cm,height_cm,order_value,order_currency\nA,US,250,,,,9.9,USD\nB,US,-1,,,,,\n',
    );
    const { code, stdout } = await cli('shipping-quote', '--rates', rates, '--parcels', parcels, '--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as {
      quotes: {
        parcel: string;
        options: { service: string; cost: number }[];
        cheapest: string;
        fastest: string;
      }[];
      errors: { file: string; row: number; column: string }[];
    };
    expect(out.quotes).toHaveLength(1);
    expect(out.quotes[0]).toMatchObject({
      parcel: 'A',
      options: [
        { service: 'Saver', cost: 20 }, // 60 × 0.25 + 5
        { service: 'EMS', cost: 80 },
      ],
      cheapest: 'Saver',
      fastest: 'EMS',
    });
    expect(out.errors.map((e) => [e.file, e.row, e.column])).toEqual([
      ['rates.csv', 4, 'first_price'],
      ['parcels.csv', 3, 'weight_g'],
    ]);
  }, 60_000);
});

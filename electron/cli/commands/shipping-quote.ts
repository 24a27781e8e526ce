/**
 * `shipping-quote --rates <rates.csv|xlsx> --parcels <parcels.csv|xlsx> [--json]`
 * Quotes every parcel against the rate table with the app's quote engine: options sorted by cost, the cheapest and
 * the fastest named. Bad rows in either file are reported by file, row and column; the good ones are still quoted.
 * Exit 0 when both files could be read, 1 when one could not, 2 for bad arguments.
 */
import { basename } from 'node:path';
import { readParcelList } from '@shared/logistics/parcels';
import { quoteParcel, type ParcelQuote } from '@shared/logistics/quote';
import { readRateTable } from '@shared/logistics/rates';
import type { TableProblem } from '@shared/logistics/tableRecords';
import { readBytes } from './cliFiles';

export const usage =
  'shipping-quote --rates <rates.csv> --parcels <parcels.csv> [--json]  quote parcels against a carrier rate table';

interface Arguments {
  rates: string;
  parcels: string;
  json: boolean;
}

function parseArguments(argv: string[]): Arguments | string {
  let rates = '';
  let parcels = '';
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [name, inline] = arg.split(/=(.*)/su);
    if (arg === '--json') json = true;
    else if (name === '--rates' || name === '--parcels') {
      const value = inline ?? argv[++i];
      if (!value) return `${name} needs a path`;
      if (name === '--rates') rates = value;
      else parcels = value;
    } else return `unexpected argument ${arg}`;
  }
  if (!rates || !parcels) return 'both --rates and --parcels are required';
  return { rates, parcels, json };
}

type ErrorOut = Pick<TableProblem, 'file' | 'row' | 'column' | 'field' | 'message'>;

function errorOut({ file, row, column, field, message }: TableProblem): ErrorOut {
  return { file, row, column, field, message };
}

function text(quotes: ParcelQuote[], errors: ErrorOut[]): string {
  const lines: string[] = [];
  for (const quote of quotes) {
    lines.push(`${quote.parcel}: cheapest ${quote.cheapest ?? '—'}, fastest ${quote.fastest ?? '—'}`);
    for (const o of quote.options)
      lines.push(
        `  ${o.carrier} ${o.service}: ${o.cost.toFixed(2)} ${o.currency}, ${o.chargeableWeightG} g, ${o.daysMin}–${o.daysMax} days${o.tracked ? ', tracked' : ''}`,
      );
  }
  for (const e of errors)
    lines.push(
      `${e.file}${e.row === null ? '' : ` row ${e.row}`}${e.column ? ` [${e.column}]` : ''}: ${e.message}`,
    );
  return `${lines.join('\n')}\n`;
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArguments(argv);
  if (typeof args === 'string') {
    process.stderr.write(`shipping-quote: ${args}\nUsage: ${usage}\n`);
    return 2;
  }
  const errors: ErrorOut[] = [];
  let exitCode = 0;
  const [ratesBytes, parcelBytes] = await Promise.all([readBytes(args.rates), readBytes(args.parcels)]);
  for (const [path, read] of [
    [args.rates, ratesBytes],
    [args.parcels, parcelBytes],
  ] as const)
    if (!read.ok) {
      exitCode = 1;
      errors.push({
        file: basename(path),
        row: null,
        column: null,
        field: null,
        message: `could not be read: ${read.reason}`,
      });
    }
  const rates = ratesBytes.ok
    ? await readRateTable(ratesBytes.bytes, basename(args.rates))
    : { rates: [], errors: [] };
  const parcels = parcelBytes.ok
    ? await readParcelList(parcelBytes.bytes, basename(args.parcels))
    : { parcels: [], errors: [] };
  errors.push(...rates.errors.map(errorOut), ...parcels.errors.map(errorOut));
  const quotes = parcels.parcels.map((parcel) => quoteParcel(parcel, rates.rates));
  const json = {
    quotes: quotes.map((q) => ({
      parcel: q.parcel,
      options: q.options.map((o) => ({
        carrier: o.carrier,
        service: o.service,
        cost: o.cost,
        currency: o.currency,
        chargeableWeightG: o.chargeableWeightG,
        daysMin: o.daysMin,
        daysMax: o.daysMax,
        tracked: o.tracked,
      })),
      cheapest: q.cheapest,
      fastest: q.fastest,
    })),
    errors,
  };
  process.stdout.write(args.json ? `${JSON.stringify(json)}\n` : text(quotes, errors));
  return exitCode;
}

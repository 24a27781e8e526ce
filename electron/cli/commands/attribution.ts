/**
 * `attribution --orders <orders.csv|xlsx> --campaigns <campaigns.json> [--json] [--tz-offset=480] [--currency=USD]`
 * Which campaign each order belongs to, by the rules the app shows (shared/creators/attribution.ts), and each
 * campaign's orders, GMV, refunded orders, commission, cost and ROAS. Money is integer minor units with its
 * currency, as everywhere in the workstation. Exit 0 whenever both files could be read (bad rows and bad
 * campaigns are listed in `errors`), 1 when a file cannot be read, 2 for unusable arguments.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  buildAttributionReport,
  DEFAULT_CREATOR_RULES,
  formatOffset,
  readCampaignFile,
  type AttributionReport,
} from '@shared/creators';
import { DEFAULT_TIME_ZONE_OFFSET_MINUTES, parseImport } from '@shared/import';

export const usage =
  'attribution --orders <orders.csv|xlsx> --campaigns <campaigns.json> [--json] [--tz-offset=480] [--currency=USD]  attribute orders to influencer campaigns';

interface Arguments {
  orders: string;
  campaigns: string;
  json: boolean;
  offsetMinutes: number;
  currency?: string;
}

function parseArguments(argv: string[]): Arguments | string {
  let orders: string | undefined;
  let campaigns: string | undefined;
  let json = false;
  let offsetMinutes = DEFAULT_TIME_ZONE_OFFSET_MINUTES;
  let currency: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    const [name, inline] = arg.split(/=(.*)/su);
    const value = () => inline ?? argv[++index];
    if (name === '--orders') orders = value();
    else if (name === '--campaigns') campaigns = value();
    else if (name === '--json') json = true;
    else if (name === '--tz-offset') {
      const text = value() ?? '';
      if (!/^[+-]?\d{1,4}$/u.test(text)) return `--tz-offset wants minutes east of UTC, e.g. 480`;
      offsetMinutes = Number(text);
    } else if (name === '--currency') {
      const text = value() ?? '';
      if (!/^[a-z]{3}$/iu.test(text)) return `--currency wants an ISO 4217 code, e.g. USD`;
      currency = text.toUpperCase();
    } else return `unexpected argument ${arg}`;
  }
  if (!orders) return 'missing --orders <file>';
  if (!campaigns) return 'missing --campaigns <file>';
  return { orders, campaigns, json, offsetMinutes, ...(currency ? { currency } : {}) };
}

function readFailure(file: string, error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'it is a directory'
        : error instanceof Error
          ? error.message
          : String(error);
  return `${file}: ${reason}`;
}

function failedReport(args: Arguments, message: string, source: 'orders' | 'campaigns'): AttributionReport {
  return {
    currency: null,
    timeZone: formatOffset(args.offsetMinutes),
    timeZoneOffsetMinutes: args.offsetMinutes,
    orders: 0,
    campaigns: [],
    unattributed: 0,
    errors: [{ source, row: null, message }],
  };
}

function summary(report: AttributionReport): string {
  const lines = [
    `orders ${report.orders} (times without a zone read at UTC${report.timeZone}), currency ${report.currency ?? '—'}`,
    ...report.campaigns.map(
      (c) =>
        `  ${c.id}: orders ${c.orders}, GMV ${c.gmv.amount}, refunded ${c.refundedOrders}, commission ${c.commission.amount}, cost ${c.cost.amount}, ROAS ${c.roas ?? '—'}`,
    ),
    `unattributed ${report.unattributed}`,
    ...report.errors.map(
      (e) =>
        `  ${e.source} ${e.row != null ? `row ${e.row}` : e.index != null ? `#${e.index}` : ''}${e.column ? ` [${e.column}]` : ''}${e.field ? ` [${e.field}]` : ''}: ${e.message}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

async function report(args: Arguments): Promise<{ report: AttributionReport; code: number }> {
  let campaignsData: unknown;
  try {
    const text = await readFile(args.campaigns, 'utf8');
    try {
      campaignsData = JSON.parse(text.replace(/^\uFEFF/u, ''));
    } catch (error) {
      const message = `${basename(args.campaigns)} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
      return { report: failedReport(args, message, 'campaigns'), code: 1 };
    }
  } catch (error) {
    return { report: failedReport(args, readFailure(args.campaigns, error), 'campaigns'), code: 1 };
  }
  const { campaigns, problems } = readCampaignFile(campaignsData, {
    offsetMinutes: args.offsetMinutes,
    rules: DEFAULT_CREATOR_RULES,
  });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(args.orders));
  } catch (error) {
    return { report: failedReport(args, readFailure(args.orders, error), 'orders'), code: 1 };
  }
  const defaultCurrency = args.currency ?? campaigns.find((c) => c.currency)?.currency;
  const parsed = await parseImport(bytes, basename(args.orders), 'orders', {
    timeZoneOffsetMinutes: args.offsetMinutes,
    maxErrors: Number.MAX_SAFE_INTEGER,
    ...(defaultCurrency ? { defaultCurrency } : {}),
  });
  const fileUnreadable = parsed.check.format === null || parsed.check.headerRow === null;
  return {
    report: buildAttributionReport({
      orders: parsed.records,
      orderErrors: parsed.check.errors,
      campaigns,
      campaignProblems: problems,
      offsetMinutes: args.offsetMinutes,
    }),
    code: fileUnreadable ? 1 : 0,
  };
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArguments(argv);
  if (typeof args === 'string') {
    process.stderr.write(`attribution: ${args}\nUsage: ${usage}\n`);
    return 2;
  }
  try {
    const outcome = await report(args);
    process.stdout.write(args.json ? `${JSON.stringify(outcome.report)}\n` : summary(outcome.report));
    return outcome.code;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const failed = failedReport(args, message, 'orders');
    process.stdout.write(args.json ? `${JSON.stringify(failed)}\n` : summary(failed));
    return 1;
  }
}

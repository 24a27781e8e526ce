/**
 * `import-check <orders|traffic> <file> [--json] [--currency=USD] [--tz-offset=480]`
 * Reads the file and runs the shared import parser over it; nothing is written anywhere.
 * Exit codes: 0 when the file was checked (even if rows have errors — they are in the output),
 * 1 when the file could not be read (the output still names it), 2 for unusable arguments.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  checkImport,
  DEFAULT_TIME_ZONE_OFFSET_MINUTES,
  IMPORT_KINDS,
  importProblem,
  type ImportCheck,
  type ImportKind,
  type ImportOptions,
} from '@shared/import';

export const usage =
  'import-check <orders|traffic> <file> [--json] [--currency=USD] [--tz-offset=480]  check a seller-centre export without importing it';

interface Arguments {
  kind: ImportKind;
  file: string;
  json: boolean;
  options: ImportOptions;
}

function isImportKind(value: string | undefined): value is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(value ?? '');
}

function parseArguments(argv: string[]): Arguments | string {
  const flags = argv.filter((arg) => arg.startsWith('--'));
  const [kind, file, ...extra] = argv.filter((arg) => !arg.startsWith('--'));
  if (!isImportKind(kind)) return `unknown kind "${kind ?? ''}": expected ${IMPORT_KINDS.join(' or ')}`;
  if (!file) return 'missing file argument';
  if (extra.length > 0) return `unexpected arguments: ${extra.join(' ')}`;
  const options: ImportOptions = {};
  for (const flag of flags) {
    const [name, value = ''] = flag.slice(2).split('=');
    if (name === 'currency' && /^[a-z]{3}$/iu.test(value)) options.defaultCurrency = value.toUpperCase();
    else if (name === 'tz-offset' && /^[+-]?\d{1,4}$/u.test(value))
      options.timeZoneOffsetMinutes = Number(value);
    else if (name !== 'json') return `unknown or malformed option ${flag}`;
  }
  return { kind, file, json: flags.includes('--json'), options };
}

/** The check as JSON for people and scripts: times as ISO 8601 strings rather than epoch ms. */
function toJson(check: ImportCheck): Record<string, unknown> {
  const sample = check.sample.map((record) => {
    if (!('placedAt' in record)) return record;
    const { orderId, placedAtIso, placedAt, ...rest } = record;
    return { orderId, placedAt: placedAtIso, ...rest, placedAtMs: placedAt };
  });
  const { kind, encoding, delimiter, rows, valid, duplicates } = check;
  // The contract is {row, column, message}: the code and params the app translates stay out of it.
  const errors = check.errors.map(({ row, column, message }) => ({ row, column, message }));
  return { kind, encoding, delimiter, rows, valid, duplicates, errors, sample, ...withoutShown(check) };
}

function withoutShown(check: ImportCheck): Record<string, unknown> {
  const {
    fileName,
    format,
    headerRow,
    mapping,
    layoutFingerprint,
    records,
    errorCount,
    timeZoneOffsetMinutes,
  } = check;
  return {
    fileName,
    format,
    headerRow,
    mapping,
    layoutFingerprint,
    records,
    errorCount,
    timeZoneOffsetMinutes,
  };
}

function summary(check: ImportCheck): string {
  const lines = [
    `${check.fileName}: ${check.kind}, ${check.format ?? 'unreadable'}` +
      (check.encoding ? `, ${check.encoding}` : '') +
      (check.delimiter ? `, delimiter ${JSON.stringify(check.delimiter)}` : '') +
      (check.headerRow ? `, header on row ${check.headerRow}` : ''),
    `rows ${check.rows}, valid ${check.valid}, duplicates ${check.duplicates}, ${check.kind} ${check.records}, errors ${check.errorCount}`,
    ...check.errors.map(
      (error) =>
        `  ${error.row === null ? 'file' : `row ${error.row}`}${error.column ? ` [${error.column}]` : ''}: ${error.message}`,
    ),
  ];
  if (check.errorCount > check.errors.length)
    lines.push(`  … and ${check.errorCount - check.errors.length} more`);
  return `${lines.join('\n')}\n`;
}

function unreadableFile(args: Arguments, reason: string): ImportCheck {
  return {
    kind: args.kind,
    fileName: args.file,
    format: null,
    encoding: null,
    delimiter: null,
    headerRow: null,
    headers: [],
    mapping: {},
    layoutFingerprint: null,
    timeZoneOffsetMinutes: args.options.timeZoneOffsetMinutes ?? DEFAULT_TIME_ZONE_OFFSET_MINUTES,
    rows: 0,
    valid: 0,
    duplicates: 0,
    records: 0,
    errorCount: 1,
    errors: [{ row: null, column: null, ...importProblem('fileNotReadable', { file: args.file, reason }) }],
    sample: [],
  };
}

function readFailureReason(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArguments(argv);
  if (typeof args === 'string') {
    process.stderr.write(`import-check: ${args}\nUsage: ${usage}\n`);
    return 2;
  }
  let check: ImportCheck;
  let exitCode = 0;
  try {
    const bytes = new Uint8Array(await readFile(args.file));
    check = await checkImport(bytes, basename(args.file), args.kind, args.options);
  } catch (error) {
    check = unreadableFile(args, readFailureReason(error));
    exitCode = 1;
  }
  process.stdout.write(args.json ? `${JSON.stringify(toJson(check))}\n` : summary(check));
  return exitCode;
}

/**
 * `tracking-check <number>… [--file <one number per line>] [--json]`
 * Checks tracking numbers by their carrier's format and check digit, with the same function the app uses before
 * it accepts a number. Exit 0 when every input could be read, 1 when the --file could not, 2 for bad arguments.
 */
import { checkTrackingNumber, type TrackingCheck } from '@shared/logistics/tracking';
import { readBytes } from './cliFiles';

export const usage =
  'tracking-check <number>… [--file <one number per line>] [--json]  check tracking numbers by format and check digit';

interface Arguments {
  numbers: string[];
  files: string[];
  json: boolean;
}

function parseArguments(argv: string[]): Arguments | string {
  const args: Arguments = { numbers: [], files: [], json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--json') args.json = true;
    else if (arg === '--file') {
      const file = argv[++i];
      if (!file) return '--file needs a path';
      args.files.push(file);
    } else if (arg.startsWith('--file=')) args.files.push(arg.slice('--file='.length));
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else args.numbers.push(arg);
  }
  if (args.numbers.length === 0 && args.files.length === 0) return 'give at least one number or --file';
  return args;
}

function line(result: TrackingCheck): string {
  const verdict = result.valid
    ? `valid ${result.carrier ?? ''}${result.country ? ` (${result.country})` : ''}`
    : `INVALID: ${result.reason ?? ''}${result.carrier ? ` (${result.carrier} format)` : ''}`;
  const extra = result.candidates.length > 1 ? `; also fits ${result.candidates.slice(1).join(', ')}` : '';
  return `${result.input}\t${result.normalized}\t${verdict}${extra}`;
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArguments(argv);
  if (typeof args === 'string') {
    process.stderr.write(`tracking-check: ${args}\nUsage: ${usage}\n`);
    return 2;
  }
  const inputs = [...args.numbers];
  const errors: { file: string; row: null; column: null; message: string }[] = [];
  for (const file of args.files) {
    const read = await readBytes(file);
    if (!read.ok) {
      errors.push({ file, row: null, column: null, message: `${file} could not be read: ${read.reason}` });
      continue;
    }
    const text = new TextDecoder().decode(read.bytes).replace(/^\uFEFF/u, '');
    for (const raw of text.split(/\r?\n/u)) if (raw.trim() !== '') inputs.push(raw.trim());
  }
  const results = inputs.map(checkTrackingNumber);
  if (args.json)
    process.stdout.write(`${JSON.stringify(errors.length > 0 ? { results, errors } : { results })}\n`);
  else {
    process.stdout.write(results.map(line).join('\n') + (results.length ? '\n' : ''));
    for (const error of errors) process.stderr.write(`${error.message}\n`);
  }
  return errors.length > 0 ? 1 : 0;
}

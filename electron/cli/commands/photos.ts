import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describePhotoIssue } from '@shared/photos/issues';
import { BUILT_IN_PRESET_IDS, findPreset, type PhotoPreset } from '@shared/photos/presets';
import { processBatch, type BatchResult } from '../../services/photos/batch';
import { collectInputFiles } from '../../services/photos/inputs';
import type { PhotoFileResult } from '../../services/photos/types';

export const usage = `photos <input file or folder> --out <folder> --preset <${BUILT_IN_PRESET_IDS.join('|')}> [--json]`;

interface Args {
  inputs: string[];
  out: string;
  preset: PhotoPreset;
  json: boolean;
}

/** Exit 2 for unusable arguments only; a batch that ran exits 0 whatever happened to single files. */
export async function run(argv: string[]): Promise<number> {
  const args = await parse(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\nUsage: ${usage}\n`);
    return 2;
  }
  const files = await collectInputFiles(args.inputs, args.out);
  if (files.length === 0 && !args.json) process.stderr.write('No image files found.\n');
  const controller = new AbortController();
  // Ctrl+C: let the files in flight finish, report what was done.
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  try {
    const result = await processBatch(files, args.preset, args.out, {
      naming: 'upload-name',
      signal: controller.signal,
      ...(args.json ? {} : { onFile: printProgress(files.length) }),
    });
    process.stdout.write(args.json ? `${JSON.stringify(toJson(result))}\n` : humanSummary(result));
    return 0;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

async function parse(argv: string[]): Promise<Args | string> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        preset: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const { positionals, values } = parsed;
  if (positionals.length === 0) return 'Missing input: give a photo file or a folder of photos.';
  if (!values.out) return 'Missing --out <folder>: where the processed photos go.';
  if (!values.preset) return `Missing --preset. Valid presets: ${BUILT_IN_PRESET_IDS.join(', ')}.`;
  const preset = findPreset(values.preset);
  if (!preset) return `Unknown preset "${values.preset}". Valid presets: ${BUILT_IN_PRESET_IDS.join(', ')}.`;
  for (const input of positionals) {
    const exists = await stat(input).then(
      () => true,
      () => false,
    );
    if (!exists) return `Input not found: ${input}`;
  }
  const sameFolder = await inputFolderEqualTo(positionals, values.out);
  if (sameFolder)
    return (
      `--out is the input folder (${sameFolder}): the results would land among the originals and be taken as ` +
      `inputs next time. Choose another folder, e.g. --out ${join(sameFolder, 'upload')}.`
    );
  return { inputs: positionals, out: values.out, preset, json: values.json ?? false };
}

function messageOf(file: PhotoFileResult): string {
  if (file.issues.length === 0) return `Saved ${file.outputs.length} file(s).`;
  return file.issues.map(describePhotoIssue).join(' ');
}

/** Exactly the documented contract; richer data (issue codes, hashes) stays with the services' API. */
function toJson(result: BatchResult) {
  return {
    files: result.files.map((f) => ({
      input: f.input,
      status: f.status,
      message: messageOf(f),
      outputs: f.outputs.map((o) => ({
        path: o.path,
        width: o.width,
        height: o.height,
        bytes: o.bytes,
        format: o.format,
      })),
    })),
    summary: result.summary,
  };
}

function printProgress(total: number) {
  let done = 0;
  return (file: PhotoFileResult) => {
    done++;
    const note = file.status === 'ok' ? 'ok' : `${file.status}: ${messageOf(file)}`;
    process.stderr.write(`[${done}/${total}] ${basename(file.input)} — ${note}\n`);
  };
}

function humanSummary(result: BatchResult): string {
  const { ok, warning, error, seconds } = result.summary;
  const cancelled = result.cancelled ? ' (cancelled: the remaining files were not started)' : '';
  return `${ok} ok, ${warning} with warnings, ${error} failed in ${seconds} s${cancelled}.\n`;
}

/** The input folder (a folder given, or the folder of a file given) that is the output folder too, if any. */
async function inputFolderEqualTo(inputs: readonly string[], out: string): Promise<string | undefined> {
  const real = (path: string) => realpath(path).catch(() => resolve(path));
  const outDir = await real(out);
  for (const input of inputs) {
    const folder = (await stat(input)).isDirectory() ? input : dirname(input);
    if ((await real(folder)) === outDir) return folder;
  }
  return undefined;
}

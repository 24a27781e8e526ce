/**
 * `backup inspect <file> [--json]`: verifies a .swbackup file without restoring it, with the same checks the app
 * runs before a restore (manifest, every table's row count and SHA-256, every media file's hash).
 * Exit codes: 0 when the file could be opened (even when it is refused: the reason is in the output),
 * 1 when it could not be opened, 2 for unusable arguments.
 */
import type { BackupInspection } from '@shared/backup/format';
import { verifyBackup } from '../../services/backup/verify';

export const usage = 'backup inspect <file> [--json]  verify a .swbackup file without restoring it';

/** The contract's shape: problems as `{message}` (the codes the app translates stay out of it). */
export function inspectionJson(inspection: BackupInspection): Record<string, unknown> {
  return {
    ok: inspection.ok,
    format: inspection.format ?? null,
    appVersion: inspection.appVersion ?? null,
    schemaVersion: inspection.schemaVersion ?? null,
    createdAt: inspection.createdAt ?? null,
    tables: inspection.tables,
    media: inspection.media,
    errors: inspection.errors.map(({ message }) => ({ message })),
  };
}

export async function run(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const [action, file, ...extra] = argv.filter((arg) => !arg.startsWith('--'));
  const unknownFlag = argv.find((arg) => arg.startsWith('--') && arg !== '--json');
  const argumentProblem =
    action !== 'inspect'
      ? `unknown action "${action ?? ''}": expected inspect`
      : !file
        ? 'missing file argument'
        : extra.length > 0
          ? `unexpected arguments: ${extra.join(' ')}`
          : unknownFlag
            ? `unknown option ${unknownFlag}`
            : undefined;
  if (argumentProblem || !file) {
    const message = argumentProblem ?? 'missing file argument';
    if (json) process.stdout.write(`${JSON.stringify({ ok: false, errors: [{ message }] })}\n`);
    else process.stderr.write(`${message}\nUsage: ${usage}\n`);
    return 2;
  }
  const { inspection } = await verifyBackup(file);
  if (json) process.stdout.write(`${JSON.stringify(inspectionJson(inspection))}\n`);
  else process.stdout.write(describe(file, inspection));
  return inspection.errors.some((e) => e.code === 'unreadable') ? 1 : 0;
}

function describe(file: string, inspection: BackupInspection): string {
  const lines = [`${file}: ${inspection.ok ? 'a valid backup' : 'refused'}`];
  if (inspection.createdAt)
    lines.push(
      `  made ${inspection.createdAt} by app ${inspection.appVersion ?? '?'} (format ${inspection.format ?? '?'}, database version ${inspection.schemaVersion ?? '?'})`,
    );
  for (const [table, rows] of Object.entries(inspection.tables)) lines.push(`  ${table}: ${rows} rows`);
  lines.push(`  media: ${inspection.media.files} files, ${inspection.media.bytes} bytes`);
  for (const error of inspection.errors) lines.push(`  problem: ${error.message}`);
  return `${lines.join('\n')}\n`;
}

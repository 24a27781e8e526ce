/**
 * `npm run security:check`: Electronegativity over the app's own code (Electron shell, preload, services,
 * renderer, shared; tests left out), failing on any finding above LOW that security/electronegativity-accepted.json
 * does not explain. The code is copied to a scratch folder first: the scanner takes one folder and would
 * otherwise read the built bundles and test output as well.
 */
import { cpSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
// The scanner ships CommonJS with its runner as the default export.
import electronegativity from '@doyensec/electronegativity';

const ROOT = join(import.meta.dirname, '..');
const SCANNED = ['electron', 'renderer/src', 'renderer/index.html', 'shared', 'package.json'];

export interface Finding {
  id: string;
  file: string;
  line: number;
  severity: string;
  description: string;
}

export interface AcceptedFinding {
  id: string;
  file: string;
  reason: string;
}

const ABOVE_LOW = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

/** Findings above LOW that no accepted entry (same check id and file) explains. */
export function unexplained(findings: readonly Finding[], accepted: readonly AcceptedFinding[]): Finding[] {
  return findings.filter(
    (f) =>
      ABOVE_LOW.has(f.severity) &&
      !accepted.some((a) => a.id === f.id && a.file === f.file && a.reason.trim()),
  );
}

type Run = (options: Record<string, unknown>) => Promise<{
  issues: {
    id: string;
    file: string;
    location: { line: number };
    severity: { name?: string } | string;
    description: string;
  }[];
  errors: { file: string; message: string; tolerable: boolean }[];
}>;

export async function scan(): Promise<Finding[]> {
  const work = await mkdtemp(join(tmpdir(), 'sw-electronegativity-'));
  try {
    for (const path of SCANNED)
      cpSync(join(ROOT, path), join(work, path), {
        recursive: true,
        filter: (source) => !/\.(test|spec)\.[jt]sx?$/.test(source) && !source.includes(`${sep}__fixtures__`),
      });
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const run = ((electronegativity as unknown as { default?: Run }).default ??
      electronegativity) as unknown as Run;
    const result = await run({
      input: work,
      electronVersionOverride: pkg.devDependencies.electron,
      severitySet: 'informational',
      confidenceSet: 'tentative',
      customScan: [],
      excludeFromScan: [],
      isRelative: false,
    });
    return result.issues.map((issue) => ({
      id: issue.id,
      file: issue.file.startsWith(work) ? relative(work, issue.file).split(sep).join('/') : issue.file,
      line: issue.location.line,
      severity: (typeof issue.severity === 'string'
        ? issue.severity
        : (issue.severity.name ?? '')
      ).toUpperCase(),
      description: issue.description,
    }));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const accepted = JSON.parse(
    readFileSync(join(ROOT, 'security', 'electronegativity-accepted.json'), 'utf8'),
  ) as AcceptedFinding[];
  scan().then(
    (findings) => {
      const bad = unexplained(findings, accepted);
      const byLevel = new Map<string, number>();
      for (const f of findings) byLevel.set(f.severity, (byLevel.get(f.severity) ?? 0) + 1);
      process.stdout.write(
        `electronegativity: ${findings.length} findings (${[...byLevel].map(([k, v]) => `${v} ${k}`).join(', ') || 'none'}), ${findings.length - bad.length} low or accepted\n`,
      );
      if (process.argv.includes('--list'))
        for (const f of findings)
          process.stdout.write(`  ${f.severity} ${f.id} ${f.file}:${f.line} ${f.description}\n`);
      for (const f of bad)
        process.stderr.write(
          `electronegativity: ${f.severity} ${f.id} at ${f.file}:${f.line} — ${f.description}\n`,
        );
      if (bad.length > 0) {
        process.stderr.write(
          'Fix these, or explain each in security/electronegativity-accepted.json ({"id","file","reason"}).\n',
        );
        process.exit(1);
      }
    },
    (error: unknown) => {
      process.stderr.write(
        `electronegativity failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}

/**
 * `npm run package:check`: what an installer would contain, checked on a machine without an Electron binary.
 * Builds the app (unless --no-build), assembles app.asar from out/ and the production dependencies exactly
 * as electron-builder's `files` patterns select them, and fails when an entry point is missing, a dev
 * dependency, source map or test file got in, sharp's native parts are inside the archive instead of beside
 * it, or the installer configuration (targets, file association, asarUnpack, fuses, icons) is not as required.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { createPackageFromFiles, listPackage, statFile } from '@electron/asar';

const ROOT = join(import.meta.dirname, '..');
const posix = (path: string) => path.split(sep).join('/');

interface BuilderConfig {
  appId?: string;
  productName?: string;
  asar?: boolean;
  files?: string[];
  fileAssociations?: { ext: string }[];
  electronFuses?: Record<string, boolean>;
  win?: { target?: { target: string; arch: string[] }[]; icon?: string; asarUnpack?: string[] };
  mac?: { target?: { target: string; arch: string[] }[]; icon?: string; asarUnpack?: string[] };
}

export const REQUIRED_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
} as const;

/** Problems with the installer configuration itself. */
export function checkConfig(config: BuilderConfig): string[] {
  const problems: string[] = [];
  if (!config.appId) problems.push('appId is missing');
  if (!config.productName) problems.push('productName is missing');
  if (config.asar !== true) problems.push('asar must be true');
  const nsis = config.win?.target?.find((t) => t.target === 'nsis');
  if (!nsis?.arch.includes('x64')) problems.push('win: an NSIS x64 target is required');
  const dmg = config.mac?.target?.find((t) => t.target === 'dmg');
  if (!dmg?.arch.includes('arm64') || !dmg.arch.includes('x64'))
    problems.push('mac: a DMG target for arm64 and x64 is required');
  if (!config.fileAssociations?.some((a) => a.ext === 'swbackup'))
    problems.push('the .swbackup file association is missing');
  for (const platform of ['win', 'mac'] as const) {
    const unpack = config[platform]?.asarUnpack ?? [];
    if (
      !unpack.some((p) => p.includes('node_modules/sharp')) ||
      !unpack.some((p) => p.includes('node_modules/@img'))
    )
      problems.push(`${platform}: asarUnpack must list sharp and @img`);
    if (!config[platform]?.icon) problems.push(`${platform}: icon is missing`);
  }
  for (const [fuse, wanted] of Object.entries(REQUIRED_FUSES))
    if (config.electronFuses?.[fuse] !== wanted) problems.push(`fuse ${fuse} must be ${wanted}`);
  return problems;
}

/** A glob as electron-builder's (minimatch) patterns use it here: `**`, `*`, `?` and `{a,b}`. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '{') source += '(?:';
    else if (c === '}') source += ')';
    else if (c === ',') source += '|';
    else source += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

const matchesGlob = (path: string, glob: string) => globToRegExp(glob).test(path);

/** electron-builder's `files` semantics, for the patterns this project uses: includes, then `!` excludes. */
export function selectedBy(patterns: readonly string[], path: string): boolean {
  const includes = patterns.filter((p) => !p.startsWith('!'));
  const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const included = path.startsWith('node_modules/') || includes.some((p) => matchesGlob(path, p));
  return included && !excludes.some((p) => matchesGlob(path, p));
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

interface LockPackage {
  dev?: boolean;
  optional?: boolean;
}

function dependencies(): { production: string[]; devOnly: Set<string> } {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockPackage>;
  };
  const production: string[] = [];
  const devOnly = new Set<string>();
  for (const [path, info] of Object.entries(lock.packages)) {
    if (!path.startsWith('node_modules/')) continue;
    if (info.dev) devOnly.add(path);
    else if (existsSync(join(ROOT, path))) production.push(path);
  }
  return { production, devOnly };
}

export async function packageCheck(options: { build: boolean }): Promise<string[]> {
  const problems: string[] = [];
  if (options.build) execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const config = JSON.parse(readFileSync(join(ROOT, 'electron-builder.json'), 'utf8')) as BuilderConfig;
  problems.push(...checkConfig(config));
  if (!existsSync(join(ROOT, 'resources', 'icon.svg')))
    problems.push('resources/icon.svg (the icon source) is missing');

  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string };
  const patterns = config.files ?? [];
  const { production, devOnly } = dependencies();
  const candidates = [
    join(ROOT, 'package.json'),
    ...walk(join(ROOT, 'out')),
    ...production.flatMap((dep) => (statSync(join(ROOT, dep)).isDirectory() ? walk(join(ROOT, dep)) : [])),
  ];
  const files = [...new Set(candidates)].filter((file) => selectedBy(patterns, posix(relative(ROOT, file))));

  const work = await mkdtemp(join(tmpdir(), 'sw-package-'));
  try {
    const archive = join(work, 'app.asar');
    const unpack = config.win?.asarUnpack ?? [];
    await createPackageFromFiles(ROOT, archive, files, undefined, {
      // asar matches the absolute path of each file, electron-builder's patterns are relative to the app.
      unpack: `{${unpack.map((p) => `${posix(ROOT)}/${p}`).join(',')}}`,
    });
    const entries = listPackage(archive, { isPack: false }).map((e) => posix(e).replace(/^\//, ''));
    const entrySet = new Set(entries);
    for (const entry of [
      pkg.main,
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'out/main/photoWorker.js',
      'package.json',
    ])
      if (!entrySet.has(entry)) problems.push(`entry point ${entry} is not in the archive`);
    for (const entry of entries) {
      const moduleDir = /^(node_modules\/(?:@[^/]+\/)?[^/]+)/.exec(entry)?.[1];
      if (moduleDir && devOnly.has(moduleDir)) problems.push(`dev dependency in the archive: ${entry}`);
      if (entry.endsWith('.map')) problems.push(`source map in the archive: ${entry}`);
      if (/\.(test|spec)\.[cm]?[jt]sx?$/.test(entry)) problems.push(`test file in the archive: ${entry}`);
    }
    const native = entries.filter(
      (e) => /\.(node|so(\.\d+)*|dylib|dll)$/.test(e) && /node_modules\/(sharp|@img)\//.test(e),
    );
    if (native.length === 0) problems.push("sharp's native binaries are not in the package at all");
    for (const entry of native) {
      const stat = statFile(archive, entry) as { unpacked?: boolean };
      if (!stat.unpacked) problems.push(`sharp native part inside the ASAR (must be unpacked): ${entry}`);
      else if (!existsSync(join(`${archive}.unpacked`, entry)))
        problems.push(`unpacked file missing: ${entry}`);
    }
    if (!entrySet.has('node_modules/sharp/package.json')) problems.push('sharp is not in the package');
    process.stdout.write(
      `package:check: ${files.length} files (${entries.filter((e) => e.startsWith('node_modules/')).length} from ${production.length} production packages), ${native.length} native parts unpacked\n`,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return problems;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  packageCheck({ build: !process.argv.includes('--no-build') }).then(
    (problems) => {
      for (const problem of problems) process.stderr.write(`package:check: ${problem}\n`);
      if (problems.length > 0) process.exit(1);
      process.stdout.write('package:check: the installer contents are as required\n');
    },
    (error: unknown) => {
      process.stderr.write(
        `package:check failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}

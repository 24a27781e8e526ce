// `npm start`: build, then open the desktop window. Where no Electron runtime can be had (no binary and
// no way to download one), say so in one line and serve the same workstation to a browser instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

function run(command, args) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Electron ≥ 42 fetches its binary on first run; try once, quietly, and report why it failed. */
function electronRuntime() {
  if (process.env.SELLER_NO_ELECTRON === '1') return { ok: false, reason: 'SELLER_NO_ELECTRON=1 is set' };
  const pkgDir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(pkgDir, 'path.txt');
  const binary = () =>
    existsSync(pathFile) && existsSync(join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
  if (binary()) return { ok: true, cli: join(pkgDir, 'cli.js') };
  const install = spawnSync(process.execPath, [join(pkgDir, 'install.js')], {
    cwd: pkgDir,
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (install.status === 0 && binary()) return { ok: true, cli: join(pkgDir, 'cli.js') };
  const lastLine = `${install.stderr ?? ''}${install.stdout ?? ''}`
    .split('\n')
    .map((l) => l.trim())
    .find((l) => /error/i.test(l));
  return {
    ok: false,
    reason: lastLine ? lastLine.slice(0, 160) : 'the Electron binary could not be downloaded',
  };
}

run(bin('electron-vite'), ['build']);
const runtime = electronRuntime();
if (runtime.ok) {
  const child = spawn(process.execPath, [runtime.cli, '.'], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    `No Electron runtime is available here (${runtime.reason}), so Seller Workstation is served to your browser instead:`,
  );
  const host = spawn(bin('tsx'), [join(root, 'electron/browser-host/main.ts'), ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
  host.on('exit', (code) => process.exit(code ?? 0));
}

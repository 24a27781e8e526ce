/**
 * The workstation without Electron: the built renderer and the same service handlers on loopback HTTP.
 * Usage: tsx electron/browser-host/main.ts [--port N] [--data-dir DIR] [--static DIR]
 * Prints exactly one line to stdout with the URL (token included) once it listens.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readAppMeta } from '../services/appMeta';
import { createHandlers } from '../services/handlers';
import { dataPathsFor, defaultDataDir, ensureDataPaths } from '../services/paths';
import { browserShellAdapter } from './shellAdapter';
import { startBrowserHost, type BrowserCallContext } from './server';
import { parseHostArgs } from './args';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

async function main(): Promise<void> {
  const args = parseHostArgs(process.argv.slice(2), process.env, projectRoot);
  if (!existsSync(`${args.staticDir}/index.html`)) {
    process.stderr.write(
      `The renderer is not built (${args.staticDir}/index.html is missing). Run: npm run build\n`,
    );
    process.exit(1);
  }
  const paths = await ensureDataPaths(dataPathsFor(args.dataDir ?? defaultDataDir()));
  const meta = readAppMeta(`${projectRoot}package.json`);
  const handlers = createHandlers<BrowserCallContext>({
    appName: meta.name,
    appVersion: meta.version,
    paths,
    shell: browserShellAdapter,
  });
  const host = await startBrowserHost({ staticDir: args.staticDir, handlers, port: args.port }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        process.stderr.write(
          `Port ${args.port} is in use: is Seller Workstation already running? Choose another with --port or SELLER_PORT.\n`,
        );
        process.exit(1);
      }
      throw error;
    },
  );
  process.stdout.write(
    `Seller Workstation is running at ${host.url} (open this link in your browser; data folder: ${paths.dataDir})\n`,
  );
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();

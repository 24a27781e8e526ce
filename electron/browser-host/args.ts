import { join } from 'node:path';

/** Fixed by default so the page's origin, and with it the IndexedDB database, is the same on every start. */
export const DEFAULT_BROWSER_PORT = 47321;

export interface HostArgs {
  port: number;
  dataDir?: string;
  staticDir: string;
}

export function parseHostArgs(argv: string[], env: NodeJS.ProcessEnv, projectRoot: string): HostArgs {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const rawPort = value('--port') ?? env.SELLER_PORT;
  const port = rawPort === undefined ? DEFAULT_BROWSER_PORT : Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a whole number from 0 to 65535, got "${rawPort}"`);
  return {
    port,
    dataDir: value('--data-dir') ?? env.SELLER_DATA_DIR,
    staticDir: value('--static') ?? join(projectRoot, 'out', 'renderer'),
  };
}

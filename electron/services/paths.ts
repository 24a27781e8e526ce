import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface DataPaths {
  dataDir: string;
  mediaDir: string;
  exportsDir: string;
  backupsDir: string;
}

/** Where the browser host and the CLI keep files when no Electron userData folder exists. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SELLER_DATA_DIR ?? join(homedir(), '.seller-workstation');
}

export function dataPathsFor(dataDir: string): DataPaths {
  return {
    dataDir,
    mediaDir: join(dataDir, 'media'),
    exportsDir: join(dataDir, 'exports'),
    backupsDir: join(dataDir, 'backups'),
  };
}

export async function ensureDataPaths(paths: DataPaths): Promise<DataPaths> {
  await Promise.all(Object.values(paths).map((dir) => mkdir(dir, { recursive: true })));
  return paths;
}

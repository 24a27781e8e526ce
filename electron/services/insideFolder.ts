import { realpath } from 'node:fs/promises';
import { sep } from 'node:path';
import { BridgeFailure } from '@shared/bridge/result';

/**
 * The real path of `path` (every symbolic link resolved) when it lies inside `root`'s real path; refused otherwise.
 * The data folder's media/, exports/ and incoming/ hold only files the workstation wrote, so a link found there
 * that points elsewhere (another program, a shared folder, a hostile archive) must never be read through them.
 * A missing file is answered as not-found with its name only: the absolute data path stays out of messages.
 */
export async function realPathInside(root: string, path: string, what: string): Promise<string> {
  const [realRoot, real] = await Promise.all([realpath(root), realpath(path)]).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
        throw new BridgeFailure('not-found', `${what} is not there any more`);
      throw error;
    },
  );
  if (!isInside(realRoot, real))
    throw new BridgeFailure(
      'not-allowed',
      `${what} is a link to a file outside the workstation's data folder; it was not read`,
    );
  return real;
}

export function isInside(root: string, path: string): boolean {
  const base = root.endsWith(sep) ? root : root + sep;
  return path.startsWith(base);
}

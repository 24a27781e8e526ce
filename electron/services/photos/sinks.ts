import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, parse } from 'node:path';
import { MediaLibrary } from '../media/mediaLibrary';
import type { SinkSpec } from './types';

export interface OutputSink {
  put(data: Buffer, ext: string, uploadName: string): Promise<{ path: string; sha256: string }>;
}

export function openSink(spec: SinkSpec): OutputSink {
  if (spec.kind === 'media') {
    const library = new MediaLibrary(spec.rootDir);
    return { put: (data, ext) => library.put(data, ext) };
  }
  return { put: (data, _ext, uploadName) => putNamed(spec.dir, data, uploadName) };
}

const MAX_NAME_TRIES = 1000;

/**
 * Writes under the upload name, never over an existing file ('wx'): when the output folder is the input folder,
 * originals stay untouched. Identical bytes already under the name are reused; a different file gets "-2", "-3"….
 */
async function putNamed(
  dir: string,
  data: Buffer,
  uploadName: string,
): Promise<{ path: string; sha256: string }> {
  const sha256 = createHash('sha256').update(data).digest('hex');
  await mkdir(dir, { recursive: true });
  const { name, ext } = parse(uploadName);
  for (let n = 1; n <= MAX_NAME_TRIES; n++) {
    const path = join(dir, n === 1 ? uploadName : `${name}-${n}${ext}`);
    try {
      await writeFile(path, data, { flag: 'wx' });
      return { path, sha256 };
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
      if (await sameContent(path, sha256)) return { path, sha256 };
    }
  }
  throw new Error(`no free file name for ${uploadName} in ${dir}`);
}

async function sameContent(path: string, sha256: string): Promise<boolean> {
  const existing = await readFile(path).catch(() => undefined);
  return existing !== undefined && createHash('sha256').update(existing).digest('hex') === sha256;
}

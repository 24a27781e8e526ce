import { readdir, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';

/** Extensions a folder scan picks up. HEIC is included on purpose: the user gets "export as JPEG", not silence. */
export const IMAGE_EXTENSIONS = new Set([
  'jpg',
  'jpeg',
  'jpe',
  'png',
  'webp',
  'gif',
  'tif',
  'tiff',
  'avif',
  'heic',
  'heif',
  'bmp',
]);

export function isImageLikeName(path: string): boolean {
  return IMAGE_EXTENSIONS.has(extname(path).slice(1).toLowerCase());
}

/**
 * Expands inputs to files: an explicit file is always kept (so a non-image given by name gets its own error), a
 * folder is walked recursively for image-like names, skipping hidden entries and the output folder itself (which
 * may sit inside the input folder and must not be fed back in). Sorted, so runs are repeatable.
 */
export async function collectInputFiles(inputs: readonly string[], excludeDir?: string): Promise<string[]> {
  const out = new Set<string>();
  const exclude = excludeDir ? resolve(excludeDir) : undefined;
  for (const input of inputs) {
    const path = resolve(input);
    const info = await stat(path);
    if (info.isDirectory()) {
      for (const file of await walk(path, exclude)) out.add(file);
    } else {
      out.add(path);
    }
  }
  return [...out];
}

async function walk(dir: string, exclude: string | undefined): Promise<string[]> {
  if (exclude && isInside(dir, exclude)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path, exclude)));
    else if (entry.isFile() && isImageLikeName(entry.name)) files.push(path);
  }
  return files;
}

function isInside(path: string, parent: string): boolean {
  const rel = relative(parent, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

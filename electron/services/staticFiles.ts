import { extname, normalize, resolve, sep } from 'node:path';

export const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export const mimeTypeOf = (file: string): string =>
  MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

/** Maps a URL path into the renderer folder, refusing anything that would climb out of it. Shared by both shells. */
export function resolveStaticPath(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const base = resolve(root);
  const full = resolve(base, `.${normalize(`/${decoded === '/' ? '/index.html' : decoded}`)}`);
  return full === base || full.startsWith(base + sep) ? full : undefined;
}

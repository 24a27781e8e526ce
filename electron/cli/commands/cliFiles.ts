/** Reading the files a command was given, with a reason a person understands when a file cannot be read. */
import { readFile } from 'node:fs/promises';

export function readFailureReason(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

export async function readBytes(
  path: string,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: string }> {
  try {
    return { ok: true, bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    return { ok: false, reason: readFailureReason(error) };
  }
}

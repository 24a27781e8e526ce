import { MAX_BACKUP_UPLOAD_BYTES } from '@shared/bridge/channels/backup';
import { call } from '../../bridge/client';

/** Small enough that decoding one chunk's base64 stays well under 50 ms on the page's thread. */
const CHUNK_BYTES = 2 * 1024 * 1024;
/** A piece of the picked file per upload call (8 MB of base64), under the host's request limit. */
const UPLOAD_BYTES = MAX_BACKUP_UPLOAD_BYTES;

/**
 * Hands a finished backup to the user: the desktop app's save dialog copies it where they choose; the browser
 * downloads it in chunks (the file also stays in the backups folder either way).
 */
export async function deliverBackup(
  name: string,
  shell: 'electron' | 'browser',
): Promise<{ savedTo?: string; downloaded: boolean }> {
  if (shell === 'electron') {
    const saved = await call('backup:saveAs', { name });
    return { savedTo: saved.path, downloaded: false };
  }
  let blob = new Blob([]);
  let total = Infinity;
  for (let offset = 0; offset < total; offset += CHUNK_BYTES) {
    const chunk = await call('backup:readChunk', { name, offset, length: CHUNK_BYTES });
    total = chunk.totalBytes;
    const bytes = Uint8Array.from(atob(chunk.bytesBase64), (c) => c.charCodeAt(0));
    // Growing one Blob keeps the pieces in the browser's blob store instead of the page's heap.
    blob = new Blob([blob, bytes], { type: 'application/octet-stream' });
    if (chunk.totalBytes === 0) break;
  }
  const url = URL.createObjectURL(blob);
  const anchor = Object.assign(document.createElement('a'), { href: url, download: name });
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { downloaded: true };
}

/** Copies a picked .swbackup into the backups folder; answers its name there. */
export async function uploadBackup(file: File, onPercent?: (percent: number) => void): Promise<string> {
  let uploadId: string | undefined;
  for (let offset = 0; ; offset += UPLOAD_BYTES) {
    const slice = new Uint8Array(await file.slice(offset, offset + UPLOAD_BYTES).arrayBuffer());
    const final = offset + UPLOAD_BYTES >= file.size;
    const answer = await call('backup:upload', {
      uploadId,
      fileName: file.name,
      offset,
      bytesBase64: toBase64(slice),
      final,
    });
    uploadId = answer.uploadId;
    onPercent?.(Math.min(100, Math.round((100 * (offset + slice.length)) / Math.max(1, file.size))));
    if (final) {
      if (!answer.name) throw new Error('The upload did not finish');
      return answer.name;
    }
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

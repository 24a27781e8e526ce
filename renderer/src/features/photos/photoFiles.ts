/** Extensions a folder pick keeps (same list as the Node side's folder scan); dropped files are all kept. */
const IMAGE_NAME = /\.(jpe?g|jpe|png|webp|gif|tiff?|avif|heic|heif|bmp)$/i;

export const isImageLikeName = (name: string): boolean => IMAGE_NAME.test(name);

/** A folder pick also brings .DS_Store, Thumbs.db, RAW sidecars…: only image-like names, hidden files skipped. */
export function imagesOfFolder(files: readonly File[]): File[] {
  return files.filter((f) => isImageLikeName(f.name) && !f.name.startsWith('.'));
}

/**
 * base64 of a file's bytes. FileReader encodes off the main thread, where a btoa() loop over a 10 MB photo would
 * freeze the page for a noticeable moment.
 */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

/** Groups files into uploads of at most maxBytes each (a larger file travels alone), keeping their order. */
export function chunkBySize<T extends { size: number }>(files: readonly T[], maxBytes: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const file of files) {
    if (current.length > 0 && size + file.size > maxBytes) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(file);
    size += file.size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** "3 min 20 s" style remaining time from ms; the caller translates the units. */
export function splitEta(ms: number): { minutes: number; seconds: number } {
  const total = Math.max(0, Math.round(ms / 1000));
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}

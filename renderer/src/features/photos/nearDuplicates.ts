import type { MediaItem } from '@shared/domain/types';
import type { Hashed } from '@shared/photos';

/**
 * What is compared: one image per source photo. Outputs of one source (its main and its SKU image) look alike by
 * design and are not duplicates; two different source photos that look alike are.
 */
export function duplicateCandidates(media: readonly MediaItem[]): Hashed[] {
  const bySource = new Map<string, Hashed>();
  for (const item of media) {
    if (!item.phash) continue;
    const key = item.sourceName ? `source:${item.sourceName}:${item.productId ?? ''}` : `id:${item.id}`;
    if (!bySource.has(key))
      bySource.set(key, {
        id: item.id,
        phash: item.phash,
        ...(item.colours ? { colours: item.colours } : {}),
      });
  }
  return [...bySource.values()];
}

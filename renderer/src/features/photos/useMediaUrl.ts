import { useEffect, useState } from 'react';
import type { ImageFormat } from '@shared/photos';
import { call } from '../../bridge/client';
import { base64ToBytes } from './exportPackage';

/**
 * Object URLs of library images, shared by every thumbnail on screen. A small LRU: a store's library can hold
 * thousands of images, the screen shows a few dozen.
 */
const cache = new Map<string, Promise<string>>();
const CACHE_LIMIT = 300;

function mediaUrl(sha256: string, format: ImageFormat, thumbnail: boolean): Promise<string> {
  const key = `${sha256}.${format}.${thumbnail ? 't' : 'f'}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const loading = call('media:read', { sha256, format, thumbnail }).then(({ bytesBase64, mimeType }) =>
    URL.createObjectURL(new Blob([base64ToBytes(bytesBase64)], { type: mimeType })),
  );
  loading.catch(() => cache.delete(key));
  cache.set(key, loading);
  if (cache.size > CACHE_LIMIT) {
    const [oldestKey, oldest] = cache.entries().next().value as [string, Promise<string>];
    cache.delete(oldestKey);
    void oldest.then(
      (url) => URL.revokeObjectURL(url),
      () => undefined,
    );
  }
  return loading;
}

export type MediaUrlState = { url?: string; error?: string };

export function useMediaUrl(
  media: { sha256: string; format: ImageFormat } | undefined,
  thumbnail = true,
): MediaUrlState {
  const [state, setState] = useState<MediaUrlState & { key?: string }>({});
  const key = media ? `${media.sha256}.${media.format}.${thumbnail}` : undefined;
  useEffect(() => {
    if (!media) return;
    let live = true;
    mediaUrl(media.sha256, media.format, thumbnail).then(
      (url) => live && setState({ url, key }),
      (error: unknown) =>
        live && setState({ error: error instanceof Error ? error.message : String(error), key }),
    );
    return () => {
      live = false;
    };
    // media is identified by its key; a new object with the same address needs no reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state.key === key ? state : {};
}

/** An object URL for a File the user just chose (the "before" image), freed when the component goes. */
export function useFileUrl(file: File | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!file) return;
    const created = URL.createObjectURL(file);
    setUrl(created);
    return () => {
      URL.revokeObjectURL(created);
      setUrl(undefined);
    };
  }, [file]);
  return url;
}

import sharp from 'sharp';
import type { Watermark } from '@shared/photos/presets';

export interface Overlay {
  input: Buffer;
  top: number;
  left: number;
}

/** Logos are re-used across a whole batch: render each (logo, output size) once per worker. */
const cache = new Map<string, Promise<{ data: Buffer; width: number; height: number }>>();
const CACHE_LIMIT = 32;

/** The logo scaled to the output, its alpha multiplied by the opacity, placed at the chosen corner. */
export async function buildOverlay(mark: Watermark, outWidth: number, outHeight: number): Promise<Overlay> {
  const logo = await renderLogo(mark, outWidth, outHeight);
  const margin = Math.round(outWidth * mark.marginRatio);
  const right = Math.max(0, outWidth - logo.width - margin);
  const bottom = Math.max(0, outHeight - logo.height - margin);
  const centreLeft = Math.max(0, Math.floor((outWidth - logo.width) / 2));
  const centreTop = Math.max(0, Math.floor((outHeight - logo.height) / 2));
  const place: Record<Watermark['position'], { top: number; left: number }> = {
    'top-left': { top: margin, left: margin },
    'top-right': { top: margin, left: right },
    'bottom-left': { top: bottom, left: margin },
    'bottom-right': { top: bottom, left: right },
    center: { top: centreTop, left: centreLeft },
  };
  return { input: logo.data, ...place[mark.position] };
}

function renderLogo(mark: Watermark, outWidth: number, outHeight: number) {
  const key = JSON.stringify([mark.path, mark.opacity, mark.widthRatio, outWidth, outHeight]);
  let entry = cache.get(key);
  if (!entry) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    entry = renderLogoUncached(mark, outWidth, outHeight);
    // A failure must not be cached: the user may fix the file and retry.
    entry.catch(() => cache.delete(key));
    cache.set(key, entry);
  }
  return entry;
}

async function renderLogoUncached(mark: Watermark, outWidth: number, outHeight: number) {
  const width = Math.max(1, Math.round(outWidth * mark.widthRatio));
  const { data, info } = await sharp(mark.path, { limitInputPixels: 50_000_000 })
    .autoOrient()
    .resize({ width, height: Math.max(1, Math.floor(outHeight / 2)), fit: 'inside' })
    .toColourspace('srgb')
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  // Opacity scales the logo's own alpha, so a logo with soft edges keeps them. Done on the small raw logo because
  // libvips' linear() cannot address a band that ensureAlpha() adds in the same pipeline.
  for (let i = 3; i < data.length; i += 4) data[i] = Math.round((data[i] ?? 0) * mark.opacity);
  const png = await sharp(data, { raw: { width: info.width, height: info.height, channels: 4 } })
    .png()
    .toBuffer();
  return { data: png, width: info.width, height: info.height };
}

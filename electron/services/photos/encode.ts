import sharp, { type Sharp } from 'sharp';
import type { ImageFormat, PhotoPreset } from '@shared/photos/presets';

export interface Encoded {
  data: Buffer;
  width: number;
  height: number;
  quality: number;
  /** True when even minQuality could not meet maxBytes. */
  overTarget: boolean;
}

export function applyFormat(img: Sharp, format: ImageFormat, quality: number, squeeze = false): Sharp {
  switch (format) {
    case 'jpeg':
      return img.jpeg({ quality });
    case 'webp':
      return img.webp({ quality });
    case 'png':
      // PNG is lossless: when it must shrink, the only lever is a palette, whose quality the steps lower.
      return squeeze ? img.png({ palette: true, quality }) : img.png();
  }
}

/** From the start quality down to minQuality in steps of 6, the last step always minQuality itself. */
export function qualitySteps(start: number, min: number): number[] {
  const steps: number[] = [];
  for (let q = start; q > min; q -= 6) steps.push(q);
  steps.push(Math.min(start, min));
  return steps;
}

/**
 * Encodes the rendered pipeline. The first attempt runs straight from the decoder (the usual case: it fits); only
 * when it is too big are the pixels rendered once to raw memory and re-encoded at falling quality, so the source
 * is never decoded more than twice.
 */
export async function encodeWithinBudget(render: () => Sharp, preset: PhotoPreset): Promise<Encoded> {
  const first = await applyFormat(render(), preset.format, preset.quality).toBuffer({
    resolveWithObject: true,
  });
  const fits = (bytes: number) => preset.maxBytes === undefined || bytes <= preset.maxBytes;
  const result = (data: Buffer, quality: number, overTarget: boolean): Encoded => ({
    data,
    width: first.info.width,
    height: first.info.height,
    quality,
    overTarget,
  });
  if (fits(first.data.byteLength)) return result(first.data, preset.quality, false);

  const raw = await render().raw().toBuffer({ resolveWithObject: true });
  const rawInput = { raw: { width: raw.info.width, height: raw.info.height, channels: raw.info.channels } };
  let best = first.data;
  let bestQuality = preset.quality;
  for (const quality of qualitySteps(preset.quality, preset.minQuality).slice(
    preset.format === 'png' ? 0 : 1,
  )) {
    const data = await applyFormat(sharp(raw.data, rawInput), preset.format, quality, true).toBuffer();
    if (data.byteLength < best.byteLength) {
      best = data;
      bestQuality = quality;
    }
    if (fits(data.byteLength)) return result(data, quality, false);
  }
  return result(best, bestQuality, true);
}

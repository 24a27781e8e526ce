import type { PhotoPreset } from './presets';

/**
 * Where the photo lands on the output, computed in pure TS so the pipeline, the UI preview and the tests agree
 * on every pixel, and so warnings (upscaled, panorama) are known before any decoding.
 */
export interface LayoutPlan {
  /** Final output size. */
  width: number;
  height: number;
  /** How the photo itself is resized: 'fill' to exactly resizeWidth×resizeHeight, or 'cover' the whole canvas. */
  resize: { mode: 'fill' | 'cover'; width: number; height: number };
  /** Border added around the resized photo (contain layouts). */
  extend: { top: number; right: number; bottom: number; left: number };
  /** True when the photo is enlarged: it will look soft. */
  upscaled: boolean;
  /** How much the photo is enlarged (or shrunk, below 1). */
  scale: number;
  /** Long side / short side of the (oriented) source. */
  aspect: number;
}

/**
 * Beyond this enlargement a photo is refused rather than blown up: a 1×1 pixel or a 300-px thumbnail would become a
 * blurred main image that passes every size check. Up to it the result is kept with an "enlarged" warning.
 */
export const MAX_UPSCALE = 2;

/** Beyond this long/short ratio a photo on a square canvas becomes a thin strip. */
export const PANORAMA_ASPECT = 3;

export function planLayout(preset: PhotoPreset, srcWidth: number, srcHeight: number): LayoutPlan {
  if (!(srcWidth > 0 && srcHeight > 0)) throw new RangeError(`invalid source size ${srcWidth}×${srcHeight}`);
  const aspect = Math.max(srcWidth, srcHeight) / Math.min(srcWidth, srcHeight);
  const noExtend = { top: 0, right: 0, bottom: 0, left: 0 };
  const { layout } = preset;

  if (layout.kind === 'width') {
    const height = Math.max(1, Math.round((srcHeight * layout.width) / srcWidth));
    return {
      width: layout.width,
      height,
      resize: { mode: 'fill', width: layout.width, height },
      extend: noExtend,
      upscaled: layout.width > srcWidth,
      scale: layout.width / srcWidth,
      aspect,
    };
  }

  if (layout.fit === 'cover') {
    const scale = Math.max(layout.width / srcWidth, layout.height / srcHeight);
    return {
      width: layout.width,
      height: layout.height,
      resize: { mode: 'cover', width: layout.width, height: layout.height },
      extend: noExtend,
      upscaled: scale > 1,
      scale,
      aspect,
    };
  }

  const margin = Math.floor((Math.min(layout.width, layout.height) * preset.marginPct) / 100);
  const boxW = Math.max(1, layout.width - 2 * margin);
  const boxH = Math.max(1, layout.height - 2 * margin);
  const scale = Math.min(boxW / srcWidth, boxH / srcHeight);
  const w = clamp(Math.round(srcWidth * scale), 1, boxW);
  const h = clamp(Math.round(srcHeight * scale), 1, boxH);
  const left = Math.floor((layout.width - w) / 2);
  const top = Math.floor((layout.height - h) / 2);
  return {
    width: layout.width,
    height: layout.height,
    resize: { mode: 'fill', width: w, height: h },
    extend: { top, left, right: layout.width - w - left, bottom: layout.height - h - top },
    upscaled: scale > 1,
    scale,
    aspect,
  };
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

import { basename } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { safeUploadFileName } from '@shared/photos/fileName';
import type { PhotoIssue } from '@shared/photos/issues';
import { MAX_UPSCALE, PANORAMA_ASPECT, planLayout, type LayoutPlan } from '@shared/photos/layout';
import type { ImageFormat, PhotoPreset } from '@shared/photos/presets';
import { imageSignatures } from '../media/perceptualHash';
import { encodeWithinBudget } from './encode';
import { decodeFailure, sharpReason } from './decodeFailure';
import type { OutputSink } from './sinks';
import { buildOverlay, type Overlay } from './watermark';
import type { PhotoOutput, PhotoSource, PipelineLimits } from './types';

/** Largest side each encoder accepts. */
const MAX_SIDE: Record<ImageFormat, number> = { jpeg: 65_500, png: 65_535, webp: 16_383 };
const FILE_EXT: Record<ImageFormat, string> = { jpeg: 'jpg', png: 'png', webp: 'webp' };

export interface RenderContext {
  inputPath: string;
  data: Buffer;
  source: PhotoSource;
  limits: PipelineLimits;
  sink: OutputSink;
}

export type RenderResult = { output?: PhotoOutput; issues: PhotoIssue[] };

/** One preset for one input; never throws, failures come back as an error issue for that preset. */
export async function renderPreset(ctx: RenderContext, preset: PhotoPreset): Promise<RenderResult> {
  const plan = planLayout(preset, ctx.source.width, ctx.source.height);
  if (plan.scale > MAX_UPSCALE) return { issues: [tooSmall(preset, plan, ctx.source)] };
  const issues = layoutWarnings(preset, plan, ctx.source);
  const max = MAX_SIDE[preset.format];
  if (plan.width > max || plan.height > max) {
    issues.push(issue(preset, 'error', 'output-too-large', { width: plan.width, height: plan.height, max }));
    return { issues };
  }
  let overlay: Overlay | undefined;
  if (preset.watermark) {
    try {
      overlay = await buildOverlay(preset.watermark, plan.width, plan.height);
    } catch (error) {
      issues.push(issue(preset, 'error', 'watermark-unreadable', { reason: sharpReason(error) }));
      return { issues };
    }
  }
  try {
    const encoded = await encodeWithinBudget(() => buildPipeline(ctx, preset, plan, overlay), preset);
    if (encoded.overTarget) {
      issues.push(
        issue(preset, 'warning', 'over-target-bytes', {
          bytes: encoded.data.byteLength,
          maxBytes: preset.maxBytes ?? 0,
        }),
      );
    }
    const ext = FILE_EXT[preset.format];
    // The preset id in the name tells variants apart, also across runs into one folder.
    const uploadName = safeUploadFileName(basename(ctx.inputPath), { ext, suffix: preset.id });
    const [stored, { phash, colours }] = await Promise.all([
      ctx.sink.put(encoded.data, ext, uploadName),
      imageSignatures(encoded.data),
    ]);
    const output: PhotoOutput = {
      preset: preset.id,
      path: stored.path,
      sha256: stored.sha256,
      uploadName,
      width: encoded.width,
      height: encoded.height,
      bytes: encoded.data.byteLength,
      format: preset.format,
      quality: encoded.quality,
      phash,
      colours,
    };
    return { output, issues };
  } catch (error) {
    // Layout warnings (upscaled…) mean nothing for a file that could not be decoded: only the error is kept.
    const reason = sharpReason(error);
    if (/pixel limit/i.test(reason)) return { issues: [issue(preset, 'error', 'pixel-limit', { reason })] };
    return { issues: [{ ...decodeFailure(error, ctx.source.format), preset: preset.id }] };
  }
}

/**
 * The whole transformation as one libvips pipeline, so pixels stream through once: orient, flatten alpha onto the
 * background, resize, pad onto the canvas, watermark, sRGB 8-bit. Metadata (EXIF, GPS, ICC, XMP) is not copied:
 * sharp writes none unless asked, and the sRGB conversion makes an embedded profile unnecessary.
 */
function buildPipeline(ctx: RenderContext, preset: PhotoPreset, plan: LayoutPlan, overlay?: Overlay): Sharp {
  let img = sharp(ctx.data, { limitInputPixels: ctx.limits.maxInputPixels, failOn: 'error', pages: 1 })
    .autoOrient()
    .flatten({ background: preset.background });
  img =
    plan.resize.mode === 'cover'
      ? img.resize(plan.resize.width, plan.resize.height, { fit: 'cover', position: 'centre' })
      : img.resize(plan.resize.width, plan.resize.height, { fit: 'fill' });
  const { top, right, bottom, left } = plan.extend;
  if (top + right + bottom + left > 0)
    img = img.extend({ top, right, bottom, left, background: preset.background });
  if (overlay) img = img.composite([{ input: overlay.input, top: overlay.top, left: overlay.left }]);
  // removeAlpha: compositing can add an alpha band; the output is flat by design (PNG/WebP would keep it).
  return img.toColourspace('srgb').removeAlpha();
}

function tooSmall(preset: PhotoPreset, plan: LayoutPlan, source: PhotoSource): PhotoIssue {
  const shorter = Math.min(source.width, source.height);
  return issue(preset, 'error', 'source-too-small', {
    sourceWidth: source.width,
    sourceHeight: source.height,
    targetWidth: plan.width,
    targetHeight: plan.height,
    minSide: Math.ceil((shorter * plan.scale) / MAX_UPSCALE),
    factor: Math.round(plan.scale * 10) / 10,
  });
}

function layoutWarnings(preset: PhotoPreset, plan: LayoutPlan, source: PhotoSource): PhotoIssue[] {
  const warnings: PhotoIssue[] = [];
  if (plan.upscaled) {
    warnings.push(
      issue(preset, 'warning', 'upscaled', {
        sourceWidth: source.width,
        sourceHeight: source.height,
        targetWidth: plan.width,
        targetHeight: plan.height,
      }),
    );
  }
  if (isPanorama(preset, source)) {
    warnings.push(issue(preset, 'warning', 'panorama', { aspect: Math.round(plan.aspect * 10) / 10 }));
  }
  return warnings;
}

/**
 * Canvas layouts: the photo's shape is far (×3) from the canvas' shape, so it ends up a thin strip (contain) or mostly
 * cropped away (cover). Width layouts: only very wide photos; a tall description image is a normal infographic.
 */
function isPanorama(preset: PhotoPreset, source: PhotoSource): boolean {
  const aspect = source.width / source.height;
  if (preset.layout.kind === 'width') return aspect > PANORAMA_ASPECT + 1;
  const canvas = preset.layout.width / preset.layout.height;
  return Math.max(aspect / canvas, canvas / aspect) > PANORAMA_ASPECT;
}

function issue(
  preset: PhotoPreset,
  severity: PhotoIssue['severity'],
  code: PhotoIssue['code'],
  params: PhotoIssue['params'],
): PhotoIssue {
  return { code, severity, preset: preset.id, params };
}

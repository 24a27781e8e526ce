import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import type { PhotoIssue } from '@shared/photos/issues';
import { DECODABLE_KINDS, SNIFF_BYTES, sniffImage } from '@shared/photos/sniff';
import { decodeFailure } from './decodeFailure';
import type { PhotoSource, PipelineLimits } from './types';

/** Formats whose frames are an animation; in TIFF and HEIF/AVIF several pictures are pages of a document. */
const ANIMATED_FORMATS = new Set(['gif', 'webp', 'png']);

export type Inspection =
  { ok: true; data: Buffer; source: PhotoSource; warnings: PhotoIssue[] } | { ok: false; error: PhotoIssue };

/**
 * Reads one input and decides, from its bytes and header only, whether the pipeline may decode it. Everything
 * refused here is refused in milliseconds with a specific reason (empty, HEIC, text, pixel bomb).
 */
export async function inspectInput(path: string, limits: PipelineLimits): Promise<Inspection> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (error) {
    return fail('read-failed', { reason: errorCode(error) });
  }
  const kind = sniffImage(data.subarray(0, SNIFF_BYTES));
  if (kind === 'empty') return fail('empty-file', {});
  if (kind === 'heic') return fail('heic-unsupported', {});
  if (kind === 'jp2') return fail('jpeg2000-unsupported', {});
  if (kind === 'text' || kind === 'unknown') {
    return fail('not-an-image', {
      looksLike: kind,
      ext: extname(path).slice(1).toLowerCase(),
      head: hexHead(data),
    });
  }
  if (!DECODABLE_KINDS.has(kind)) return fail('unsupported-format', { format: kind });
  return inspectHeader(data, kind, limits);
}

async function inspectHeader(data: Buffer, kind: string, limits: PipelineLimits): Promise<Inspection> {
  let meta: Metadata;
  try {
    // Header only: no pixels are decoded, so a 30000×30000 "bomb" costs nothing to refuse.
    meta = await sharp(data, { limitInputPixels: false }).metadata();
  } catch (error) {
    return { ok: false, error: decodeFailure(error, kind) };
  }
  const frames = meta.pages ?? 1;
  const width = meta.width;
  const height = frames > 1 && meta.pageHeight ? meta.pageHeight : meta.height;
  if (!(width > 0 && height > 0))
    return fail('corrupt-image', { format: kind, detail: 'no image size in the header' });
  if (width * height > limits.maxInputPixels) {
    return fail('pixel-limit', {
      width,
      height,
      megapixels: Math.round((width * height) / 1e6),
      limitMegapixels: Math.round(limits.maxInputPixels / 1e6),
    });
  }
  // Orientations 5–8 swap the sides.
  const swapped = (meta.orientation ?? 1) >= 5;
  const source: PhotoSource = {
    format: meta.format,
    width: swapped ? height : width,
    height: swapped ? width : height,
    bytes: data.byteLength,
    frames,
  };
  const warnings: PhotoIssue[] =
    frames > 1
      ? [
          ANIMATED_FORMATS.has(meta.format)
            ? { code: 'animated-first-frame', severity: 'warning', params: { frames } }
            : { code: 'multi-page-first-page', severity: 'warning', params: { frames, format: meta.format } },
        ]
      : [];
  return { ok: true, data, source, warnings };
}

function fail(code: PhotoIssue['code'], params: PhotoIssue['params']): Inspection {
  return { ok: false, error: { code, severity: 'error', params } };
}

function hexHead(data: Buffer): string {
  return data.subarray(0, 8).toString('hex').replace(/(..)/g, '$1 ').trim();
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

/**
 * Per-file problems of the photo pipeline as codes with parameters: the UI translates them through i18n
 * (`photos.issue.<code>`), the CLI prints the English text from describePhotoIssue.
 */

export const PHOTO_ERROR_CODES = [
  'read-failed',
  'empty-file',
  'heic-unsupported',
  'not-an-image',
  'unsupported-format',
  'pixel-limit',
  'corrupt-image',
  'truncated-image',
  'codec-missing',
  'jpeg2000-unsupported',
  'source-too-small',
  'output-too-large',
  'watermark-unreadable',
  'internal',
] as const;

export const PHOTO_WARNING_CODES = [
  'animated-first-frame',
  'multi-page-first-page',
  'upscaled',
  'panorama',
  'over-target-bytes',
] as const;

export type PhotoErrorCode = (typeof PHOTO_ERROR_CODES)[number];
export type PhotoWarningCode = (typeof PHOTO_WARNING_CODES)[number];

export type IssueParams = Record<string, string | number>;

export interface PhotoIssue {
  code: PhotoErrorCode | PhotoWarningCode;
  severity: 'error' | 'warning';
  /** Preset the issue concerns; absent when it concerns the input file itself. */
  preset?: string;
  params: IssueParams;
}

const TEXT: Record<PhotoIssue['code'], (p: IssueParams) => string> = {
  'read-failed': (p) => `The file could not be read (${p.reason}).`,
  'empty-file': () => 'The file is empty (0 bytes).',
  'heic-unsupported': () =>
    'This is a HEIC/HEIF photo (the iPhone default), which cannot be decoded here. Export it as JPEG ' +
    '(on iPhone: Settings → Camera → Formats → Most Compatible) and try again.',
  'not-an-image': (p) =>
    p.looksLike === 'text'
      ? `This is not an image: its content is text, although the name ends in .${p.ext}.`
      : `This is not an image we recognise (first bytes: ${p.head}).`,
  'unsupported-format': (p) =>
    `${String(p.format).toUpperCase()} files are not supported; save it as JPEG or PNG.`,
  'pixel-limit': (p) =>
    `The image claims ${p.width}×${p.height} pixels (${p.megapixels} MP), over the ${p.limitMegapixels} MP limit; ` +
    'it was refused without decoding.',
  'corrupt-image': (p) =>
    `The ${format(p)} file is damaged and cannot be decoded; open the original in an image editor and save it again ` +
    `(detail: ${p.detail}).`,
  'truncated-image': (p) =>
    `The ${format(p)} file is cut off: its end is missing (an interrupted download or copy). Copy the original again.`,
  'codec-missing': (p) =>
    `The ${format(p)} file uses a compression this app cannot decode; the file is not damaged. Save it as JPEG or ` +
    `PNG (detail: ${p.detail}).`,
  'jpeg2000-unsupported': () =>
    'This is a JPEG 2000 image (.jp2/.j2k, made by some scanners and cameras), which cannot be decoded here. Save it ' +
    'as JPEG or PNG and try again.',
  'source-too-small': (p) =>
    `The photo is only ${p.sourceWidth}×${p.sourceHeight}; ${p.targetWidth}×${p.targetHeight} needs at least ` +
    `${p.minSide} px on its shorter side, or it would be blown up ${p.factor}× and look blurred. Use a larger photo.`,
  'output-too-large': (p) =>
    `The result would be ${p.width}×${p.height}, larger than an encoder accepts (${p.max}).`,
  'watermark-unreadable': (p) => `The watermark/logo file could not be used (${p.reason}).`,
  internal: (p) => `Unexpected failure: ${p.reason}.`,
  'animated-first-frame': (p) => `Animated image (${p.frames} frames): only the first frame was used.`,
  'multi-page-first-page': (p) =>
    `The ${format(p)} file holds ${p.frames} pictures (pages); only the first one was used.`,
  upscaled: (p) =>
    `The photo (${p.sourceWidth}×${p.sourceHeight}) is smaller than ${p.targetWidth}×${p.targetHeight} and was enlarged; it may look soft.`,
  panorama: (p) => `Very wide or tall photo (${p.aspect}:1): the product will look small on the canvas.`,
  'over-target-bytes': (p) =>
    `Even at the lowest quality the file is ${p.bytes} bytes, over the ${p.maxBytes}-byte target.`,
};

function format(p: IssueParams): string {
  return String(p.format ?? 'image').toUpperCase();
}

export function describePhotoIssue(issue: PhotoIssue): string {
  const text = TEXT[issue.code](issue.params);
  return issue.preset ? `[${issue.preset}] ${text}` : text;
}

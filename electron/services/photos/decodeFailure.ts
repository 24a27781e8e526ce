import type { PhotoIssue } from '@shared/photos/issues';

/**
 * What a libvips failure means for the seller, from its message: libvips reports a cut-off file, damaged data and a
 * compression it was built without in the loaders' own words ("premature end of JPEG image", "libpng read error",
 * "bad seek", "Unsupported codec"), sometimes with nothing after "corrupt header:". The user gets a translated cause;
 * the library's first meaningful line stays as a detail for support.
 */
const CODEC_MISSING =
  /unsupported (feature|codec|compression)|not (implemented|configured|built)|no decoder|compression scheme|codec/i;
const TRUNCATED =
  /premature end|unexpected end|end of (file|stream|data)|truncat|too small|bad seek|read error|not enough data/i;

export function decodeFailure(error: unknown, format: string): PhotoIssue {
  const message = error instanceof Error ? error.message : String(error);
  const detail = usefulDetail(message);
  const params = { format, detail };
  if (CODEC_MISSING.test(message)) return { code: 'codec-missing', severity: 'error', params };
  if (TRUNCATED.test(message)) return { code: 'truncated-image', severity: 'error', params };
  return { code: 'corrupt-image', severity: 'error', params };
}

/** The loader's own line, without the generic "Input buffer has corrupt header:" prefix libvips puts first. */
function usefulDetail(message: string): string {
  const lines = message
    .split('\n')
    .map((line) => line.replace(/^Input (buffer|file) has corrupt header:\s*/i, '').trim())
    .filter((line) => line !== '');
  return lines.length > 0 ? sharpReason(lines[0]) : 'no detail from the image library';
}

/** libvips messages are multi-line and repeat the loader's name; the first meaningful line is what helps. */
export function sharpReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n').find((l) => l.trim() !== '') ?? message;
  return line.trim().slice(0, 200);
}

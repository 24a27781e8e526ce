/**
 * Text decoding for CSV/TSV exports. Order: a BOM decides; else strict UTF-8; else GB18030, which reads
 * GBK (what Excel on Chinese Windows writes for "CSV") and is supported by TextDecoder in browsers, Web
 * Workers and Node builds with full ICU.
 */
import type { TextEncodingName } from './types';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

function bomEncoding(bytes: Uint8Array): { encoding: TextEncodingName; label: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8-bom', label: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', label: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', label: 'utf-16be', skip: 2 };
  return null;
}

function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) {
    // ignoreBOM keeps the decoder from eating the BOM twice; we skip it ourselves.
    const text = new TextDecoder(bom.label, { ignoreBOM: true }).decode(bytes.subarray(bom.skip));
    return { text, encoding: bom.encoding };
  }
  const utf8 = decodeStrictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gbk' };
}

/** Share of U+FFFD in the text: high means the bytes were not text in any encoding we know. */
export function replacementRatio(text: string): number {
  if (text.length === 0) return 0;
  let count = 0;
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) === 0xfffd) count += 1;
  return count / text.length;
}

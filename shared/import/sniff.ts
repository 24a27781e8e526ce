/**
 * Recognising what a file is from its first bytes, before any parsing.
 */

export type SniffedKind = 'zip' | 'legacy-xls' | 'text' | 'binary' | 'empty';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound document: the pre-2007 .xls format. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const SNIFF_LENGTH = 8192;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Text files never hold NUL bytes or many control characters (UTF-16 is recognised by its BOM first). */
function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SNIFF_LENGTH);
  let controls = 0;
  for (let index = 0; index < length; index += 1) {
    const byte = bytes[index] ?? 0;
    if (byte === 0) return true;
    const isControl = byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c;
    if (isControl) controls += 1;
  }
  return controls > length * 0.01 + 2;
}

export function sniffBytes(bytes: Uint8Array): SniffedKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP_MAGIC)) return 'zip';
  if (startsWith(bytes, OLE_MAGIC)) return 'legacy-xls';
  if (hasUtf16Bom(bytes)) return 'text';
  return looksBinary(bytes) ? 'binary' : 'text';
}

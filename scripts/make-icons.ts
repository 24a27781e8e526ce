/**
 * Every icon the installers need, made with sharp from ONE source image (resources/icon.svg):
 * build/icons/icon.png (1024), icon.ico (Windows: 16–256, PNG-compressed entries) and icon.icns (macOS:
 * 16–1024 incl. @2x), plus png/<size>.png for Linux-style consumers. Run by the package scripts.
 * Usage: tsx scripts/make-icons.ts [outDir]
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

const ROOT = join(import.meta.dirname, '..');
const SOURCE = join(ROOT, 'resources', 'icon.svg');

export async function renderPng(svg: Buffer, size: number): Promise<Buffer> {
  return sharp(svg, { density: Math.max(72, Math.ceil((72 * size) / 1024) * 4) })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** ICO with PNG entries (Windows Vista and later read them); 256 is written as 0 in the directory. */
export function icoOf(pngs: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.data)]);
}

/** The PNG-based ICNS types and the pixel size each holds. */
export const ICNS_TYPES: [string, number][] = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

export function icnsOf(pngBySize: Map<number, Buffer>): Buffer {
  const chunks = ICNS_TYPES.map(([type, size]) => {
    const data = pngBySize.get(size);
    if (!data) throw new Error(`no ${size}px image for ${type}`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

export async function makeIcons(outDir = join(ROOT, 'build', 'icons')): Promise<string[]> {
  const svg = await readFile(SOURCE);
  const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
  const pngs = new Map<number, Buffer>();
  for (const size of sizes) pngs.set(size, await renderPng(svg, size));
  await mkdir(join(outDir, 'png'), { recursive: true });
  const written: string[] = [];
  const write = async (name: string, data: Buffer) => {
    await writeFile(join(outDir, name), data);
    written.push(name);
  };
  for (const [size, data] of pngs) await write(join('png', `${size}x${size}.png`), data);
  await write('icon.png', pngs.get(1024)!);
  await write(
    'icon.ico',
    icoOf([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, data: pngs.get(size)! }))),
  );
  await write('icon.icns', icnsOf(pngs));
  return written;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  makeIcons(process.argv[2]).then(
    (files) => process.stdout.write(`Icons: ${files.length} files in build/icons\n`),
    (error: unknown) => {
      process.stderr.write(
        `Icons could not be made: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import sharp, { type Color, type Sharp } from 'sharp';

/** Test inputs generated on the fly: no binary fixtures in the repo, and each file shows exactly what it tests. */

/** Top half red, bottom half blue, stored with EXIF orientation 6 (display = rotate 90° clockwise) plus GPS and artist. */
export async function rotatedJpegWithGps(dir: string): Promise<string> {
  const w = 1200;
  const h = 900;
  const raw = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 3;
      if (y < h / 2) raw[i] = 255;
      else raw[i + 2] = 255;
    }
  }
  const path = join(dir, 'rotated.jpg');
  await sharp(raw, { raw: { width: w, height: h, channels: 3 } })
    .jpeg({ quality: 95 })
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Artist: 'Secret Seller' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '55/1 45/1 0/1' },
    })
    .toFile(path);
  return path;
}

export async function solid(
  dir: string,
  name: string,
  width: number,
  height: number,
  encode: (img: Sharp) => Sharp,
  background: Color = '#336699',
  channels: 3 | 4 = 3,
): Promise<string> {
  const path = join(dir, name);
  await encode(sharp({ create: { width, height, channels, background } })).toFile(path);
  return path;
}

export async function noisyJpeg(
  dir: string,
  name: string,
  width: number,
  height: number,
  quality = 92,
): Promise<string> {
  const path = join(dir, name);
  await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .jpeg({ quality })
    .toFile(path);
  return path;
}

/** Smooth light and dark waves: structure a perceptual hash can see (pure noise averages out to flat grey). */
export async function waves(
  dir: string,
  name: string,
  width: number,
  height: number,
  phase = 0,
): Promise<string> {
  const raw = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      raw[y * width + x] = 128 + 100 * Math.sin((x / width) * 9 + phase) * Math.cos((y / height) * 7);
    }
  }
  const path = join(dir, name);
  await sharp(raw, { raw: { width, height, channels: 1 } })
    .jpeg({ quality: 90 })
    .toFile(path);
  return path;
}

export async function animatedGif(dir: string): Promise<string> {
  const frame = (colour: string) =>
    sharp({ create: { width: 600, height: 400, channels: 3, background: colour } })
      .png()
      .toBuffer();
  const frames = await Promise.all(['#ff0000', '#00ff00', '#0000ff'].map(frame));
  const path = join(dir, 'animated.gif');
  await sharp(frames, { join: { animated: true } })
    .gif()
    .toFile(path);
  return path;
}

/** A valid PNG signature and IHDR claiming width×height, with no pixel data worth the name. */
export async function pngBomb(dir: string, width = 30000, height = 30000): Promise<string> {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  const path = join(dir, 'bomb.png');
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  await writeFile(
    path,
    Buffer.concat([
      signature,
      chunk('IHDR', ihdr),
      chunk('IDAT', Buffer.alloc(16)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
  return path;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** An ISO-BMFF 'ftyp' box with brand heic followed by junk: what an iPhone photo looks like to a sniffer. */
export async function fakeHeic(dir: string, brand = 'heic'): Promise<string> {
  const box = Buffer.alloc(24);
  box.writeUInt32BE(24, 0);
  box.write(`ftyp${brand}`, 4, 'latin1');
  box.write('mif1heic', 16, 'latin1');
  const path = join(dir, 'IMG_0001.HEIC');
  await writeFile(path, Buffer.concat([box, Buffer.alloc(200, 7)]));
  return path;
}

export async function pixel(path: string, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(path).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [...data.subarray(i, i + info.channels)];
}

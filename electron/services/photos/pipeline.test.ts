import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_PRESETS, type PhotoPreset } from '@shared/photos/presets';
import { groupNearDuplicates, hammingDistance } from '@shared/photos/phash';
import { processPhotoFile } from './processFile';
import {
  animatedGif,
  fakeHeic,
  noisyJpeg,
  pixel,
  pngBomb,
  rotatedJpegWithGps,
  solid,
  waves,
} from './testImages';
import { DEFAULT_LIMITS, type PhotoFileResult, type SinkSpec } from './types';

const main = BUILT_IN_PRESETS['main-image'] as PhotoPreset;
const description = BUILT_IN_PRESETS['description-image'] as PhotoPreset;
const banner = BUILT_IN_PRESETS['fan-zone-banner'] as PhotoPreset;

let dir: string;
let sink: SinkSpec;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'photos-pipeline-'));
  sink = { kind: 'media', rootDir: join(dir, 'library') };
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function run(
  inputPath: string,
  presets: PhotoPreset[] = [main],
  taskSink: SinkSpec = sink,
): Promise<PhotoFileResult> {
  return processPhotoFile({ inputPath, presets, sink: taskSink, limits: DEFAULT_LIMITS });
}

function codes(result: PhotoFileResult): string[] {
  return result.issues.map((i) => i.code);
}

function near(actual: number[], expected: number[], tolerance = 24): boolean {
  return expected.every((v, i) => Math.abs((actual[i] ?? -999) - v) <= tolerance);
}

describe('photo pipeline: decoding and normalising', () => {
  it('applies EXIF orientation and strips EXIF, GPS and ICC', async () => {
    const result = await run(await rotatedJpegWithGps(dir), [main, description]);
    expect(result.status).toBe('ok');
    expect(result.source).toMatchObject({ width: 900, height: 1200 });
    const [square, tall] = result.outputs;
    expect(tall).toMatchObject({ width: 750, height: 1000 });
    // Red was on top in storage; orientation 6 turns it clockwise, so red is on the right once upright.
    expect(near(await pixel(square!.path, 800, 500), [255, 0, 0])).toBe(true);
    expect(near(await pixel(square!.path, 200, 500), [0, 0, 255])).toBe(true);
    expect(near(await pixel(tall!.path, 10, 500), [0, 0, 255])).toBe(true);
    for (const output of result.outputs) {
      const meta = await sharp(output.path).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect((await readFile(output.path)).includes('Secret Seller')).toBe(false);
    }
  });

  it('converts CMYK to 8-bit sRGB with the colour kept', async () => {
    const input = await solid(dir, 'cmyk.jpg', 1200, 1200, (i) => i.toColourspace('cmyk').jpeg());
    expect((await sharp(input).metadata()).space).toBe('cmyk');
    const result = await run(input);
    const out = result.outputs[0]!;
    const meta = await sharp(out.path).metadata();
    expect(meta).toMatchObject({ space: 'srgb', channels: 3, depth: 'uchar' });
    expect(near(await pixel(out.path, 500, 500), [0x33, 0x66, 0x99], 40)).toBe(true);
  });

  it('flattens transparency onto the white background', async () => {
    const input = await solid(
      dir,
      'alpha.png',
      1000,
      500,
      (i) => i.png(),
      { r: 255, g: 0, b: 0, alpha: 0.5 },
      4,
    );
    const result = await run(input);
    expect(result.status).toBe('ok');
    const out = result.outputs[0]!;
    expect((await sharp(out.path).metadata()).hasAlpha).toBe(false);
    expect(near(await pixel(out.path, 500, 500), [255, 128, 128])).toBe(true);
    expect(near(await pixel(out.path, 500, 50), [255, 255, 255], 4)).toBe(true);
  });

  it('reduces 16-bit PNG and grayscale JPEG to 8-bit sRGB', async () => {
    const sixteen = await solid(dir, 'sixteen.png', 1000, 1000, (i) => i.toColourspace('rgb16').png());
    expect((await sharp(sixteen).metadata()).depth).toBe('ushort');
    const grey = await solid(dir, 'grey.jpg', 1000, 1000, (i) => i.toColourspace('b-w').jpeg());
    for (const input of [sixteen, grey]) {
      const out = (await run(input, [{ ...main, format: 'png' }])).outputs[0]!;
      expect(await sharp(out.path).metadata()).toMatchObject({ space: 'srgb', channels: 3, depth: 'uchar' });
    }
  });

  it('uses the first frame of an animated GIF, with a warning', async () => {
    const result = await run(await animatedGif(dir));
    expect(result.status).toBe('warning');
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: 'animated-first-frame', params: { frames: 3 } }),
    );
    expect(near(await pixel(result.outputs[0]!.path, 500, 500), [255, 0, 0])).toBe(true);
  });

  it('warns about enlarged small images and panoramas, and refuses tiny ones rather than blow them up', async () => {
    const small = await run(await solid(dir, 'small.jpg', 640, 640, (i) => i.jpeg()));
    expect(codes(small)).toEqual(['upscaled']);
    for (const side of [1, 64, 499]) {
      const tiny = await run(await solid(dir, `tiny-${side}.jpg`, side, side, (i) => i.jpeg()));
      expect(tiny.status).toBe('error');
      expect(tiny.outputs).toEqual([]);
      expect(tiny.issues[0]).toMatchObject({
        code: 'source-too-small',
        params: { sourceWidth: side, targetWidth: 1000, minSide: 500 },
      });
    }
    const pano = await run(await solid(dir, 'pano.jpg', 4000, 1000, (i) => i.jpeg()));
    expect(codes(pano)).toEqual(['panorama']);
    expect(pano.outputs[0]).toMatchObject({ width: 1000, height: 1000 });
  });

  it('fills the banner canvas (cover) and keeps description width', async () => {
    const input = await solid(dir, 'wide.jpg', 1600, 1200, (i) => i.jpeg());
    const result = await run(input, [banner, description]);
    expect(result.outputs.map((o) => [o.width, o.height])).toEqual([
      [750, 360],
      [750, 563],
    ]);
  });
});

describe('photo pipeline: bad input gives a specific per-file error', () => {
  it.each([
    [
      'empty',
      () => writeFile(join(dir, 'empty.jpg'), Buffer.alloc(0)).then(() => join(dir, 'empty.jpg')),
      'empty-file',
    ],
    [
      'random bytes',
      () =>
        writeFile(
          join(dir, 'random.jpg'),
          Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 97 + 13) % 256 || 1)),
        ).then(() => join(dir, 'random.jpg')),
      'not-an-image',
    ],
    [
      'text renamed .png',
      () => writeFile(join(dir, 'notes.png'), 'shopping list: tape\n').then(() => join(dir, 'notes.png')),
      'not-an-image',
    ],
    ['HEIC', () => fakeHeic(dir), 'heic-unsupported'],
    ['missing file', async () => join(dir, 'nope.jpg'), 'read-failed'],
  ])('%s', async (_label, make, code) => {
    const result = await run(await make());
    expect(result.status).toBe('error');
    expect(codes(result)).toEqual([code]);
    expect(result.outputs).toEqual([]);
  });

  it('refuses a pixel bomb from its header, quickly', async () => {
    const started = performance.now();
    const result = await run(await pngBomb(dir));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.issues[0]).toMatchObject({
      code: 'pixel-limit',
      params: { width: 30000, height: 30000, megapixels: 900 },
    });
  });

  it('reports a truncated JPEG as cut off', async () => {
    const whole = await readFile(await noisyJpeg(dir, 'whole.jpg', 600, 400));
    const path = join(dir, 'truncated.jpg');
    await writeFile(path, whole.subarray(0, Math.floor(whole.length / 2)));
    const result = await run(path);
    expect(result.status).toBe('error');
    expect(codes(result)).toEqual(['truncated-image']);
    expect(result.issues[0]!.params).toMatchObject({ format: 'jpeg' });
  });

  it('gives every damaged file of every format a known cause and a detail, never an empty library message', async () => {
    const formats = {
      jpeg: (s: Sharp) => s.jpeg(),
      png: (s: Sharp) => s.png(),
      webp: (s: Sharp) => s.webp(),
      gif: (s: Sharp) => s.gif(),
      tiff: (s: Sharp) => s.tiff(),
      avif: (s: Sharp) => s.avif(),
    };
    const damage: Record<string, (b: Buffer) => Buffer> = {
      cut10: (b) => b.subarray(0, Math.floor(b.length * 0.1)),
      cut60: (b) => b.subarray(0, Math.floor(b.length * 0.6)),
      headerOnly: (b) => b.subarray(0, 40),
      flipped: (b) => Buffer.from(b.map((v, i) => (i >= 60 && i % 7 === 0 ? v ^ 0x5a : v))),
      zeroed: (b) => Buffer.from(b).fill(0, 30, Math.min(b.length, 400)),
    };
    const known = new Set(['corrupt-image', 'truncated-image', 'codec-missing', 'not-an-image']);
    for (const [format, encode] of Object.entries(formats)) {
      const whole = await encode(
        sharp({ create: { width: 600, height: 600, channels: 3, background: '#c04040' } }),
      ).toBuffer();
      for (const [how, hurt] of Object.entries(damage)) {
        const path = join(dir, `damaged-${how}.${format}`);
        await writeFile(path, hurt(whole));
        const result = await run(path);
        if (result.status !== 'error') continue;
        const [first] = result.issues;
        expect([format, how, known.has(first!.code)]).toEqual([format, how, true]);
        if (first!.code !== 'not-an-image')
          expect([format, how, String(first!.params.detail)]).not.toEqual([
            format,
            how,
            expect.stringMatching(/^$|^corrupt header:?$|^unknown error$/i),
          ]);
      }
    }
  });

  it('recognises JPEG 2000 and explains it instead of calling it damaged', async () => {
    const jp2 = join(dir, 'scan.jp2');
    await writeFile(jp2, Buffer.concat([Buffer.from('0000000c6a5020200d0a870a', 'hex'), Buffer.alloc(200)]));
    expect(codes(await run(jp2))).toEqual(['jpeg2000-unsupported']);
    const j2k = join(dir, 'scan.j2k');
    await writeFile(j2k, Buffer.concat([Buffer.from('ff4fff51', 'hex'), Buffer.alloc(200)]));
    expect(codes(await run(j2k))).toEqual(['jpeg2000-unsupported']);
  });

  it('calls a multi-page TIFF multi-page, not animated', async () => {
    const page = (colour: string) =>
      sharp({ create: { width: 800, height: 800, channels: 3, background: colour } })
        .png()
        .toBuffer();
    const path = join(dir, 'catalogue.tiff');
    await sharp(await Promise.all(['#ff0000', '#00ff00'].map(page)), { join: { animated: true } })
      .tiff()
      .toFile(path);
    const result = await run(path);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: 'multi-page-first-page', params: { frames: 2, format: 'tiff' } }),
    );
    expect(codes(result)).not.toContain('animated-first-frame');
  });
});

describe('photo pipeline: outputs', () => {
  it('gives Chinese names an ASCII upload name and never touches the original', async () => {
    const input = await solid(dir, '红色 手机壳 (新款)【2024】.png', 900, 900, (i) => i.png());
    const before = createHash('sha256')
      .update(await readFile(input))
      .digest('hex');
    const out = join(dir, 'named');
    const result = await run(input, [main], { kind: 'folder', dir: out });
    const output = result.outputs[0]!;
    expect(output.uploadName).toMatch(/^[A-Za-z0-9._-]+\.jpg$/);
    expect(await readdir(out)).toEqual([output.uploadName]);
    expect(
      createHash('sha256')
        .update(await readFile(input))
        .digest('hex'),
    ).toBe(before);
  });

  it('steps quality down until the file fits the byte budget', async () => {
    const input = await noisyJpeg(dir, 'noisy.jpg', 1000, 1000, 95);
    const result = await run(input, [{ ...main, maxBytes: 250_000 }]);
    const out = result.outputs[0]!;
    expect(out.bytes).toBeLessThanOrEqual(250_000);
    expect(out.quality).toBeLessThan(main.quality);
    const impossible = await run(input, [{ ...main, maxBytes: 1000 }]);
    expect(codes(impossible)).toEqual(['over-target-bytes']);
  });

  it('composites a watermark at the chosen corner with its opacity', async () => {
    const logo = await solid(dir, 'logo.png', 200, 100, (i) => i.png(), '#00ff00');
    const input = await solid(dir, 'white.jpg', 1000, 1000, (i) => i.jpeg(), '#ffffff');
    const preset: PhotoPreset = {
      ...main,
      format: 'png',
      watermark: { path: logo, position: 'bottom-right', opacity: 0.5, widthRatio: 0.2, marginRatio: 0.02 },
    };
    const out = (await run(input, [preset])).outputs[0]!;
    // 200 px wide logo, 20 px from the right and bottom edges.
    expect(near(await pixel(out.path, 880, 930), [128, 255, 128], 6)).toBe(true);
    expect(near(await pixel(out.path, 500, 500), [255, 255, 255], 2)).toBe(true);
    const missing = await run(input, [
      { ...preset, watermark: { ...preset.watermark!, path: join(dir, 'no-logo.png') } },
    ]);
    expect(codes(missing)).toEqual(['watermark-unreadable']);
  });

  it('gives the same photo at two sizes nearly the same perceptual hash, and a different photo a far one', async () => {
    const big = await waves(dir, 'scene.jpg', 1200, 1200);
    const small = join(dir, 'scene-small.jpg');
    await sharp(big).resize(1000).jpeg({ quality: 60 }).toFile(small);
    const other = await waves(dir, 'other.jpg', 1200, 1200, Math.PI);
    const [a, b, c] = await Promise.all([big, small, other].map((p) => run(p)));
    expect(hammingDistance(a!.outputs[0]!.phash, b!.outputs[0]!.phash)).toBeLessThanOrEqual(10);
    expect(hammingDistance(a!.outputs[0]!.phash, c!.outputs[0]!.phash)).toBeGreaterThan(10);
  });

  it('tells the red and the blue variant of one shot apart by colour, and finds the re-saved red one', async () => {
    const shot = (fill: string) =>
      Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="1200"><rect width="1200" height="1200" fill="#fff"/>` +
          `<rect x="300" y="150" width="600" height="900" rx="80" fill="${fill}"/><circle cx="720" cy="330" r="90" fill="#222"/></svg>`,
      );
    const red = join(dir, 'case-red.jpg');
    const blue = join(dir, 'case-blue.jpg');
    const redAgain = join(dir, 'case-red-again.jpg');
    await sharp(shot('#d9453b')).jpeg().toFile(red);
    await sharp(shot('#2f6fd6')).jpeg().toFile(blue);
    await sharp(shot('#d9453b')).resize(1100).jpeg({ quality: 60 }).toFile(redAgain);
    const outputs = await Promise.all([red, blue, redAgain].map(async (p) => (await run(p)).outputs[0]!));
    expect(hammingDistance(outputs[0]!.phash, outputs[1]!.phash)).toBeLessThanOrEqual(10);
    const groups = groupNearDuplicates(outputs.map((o, i) => ({ id: String(i), ...o })));
    expect(groups.map((g) => g.map((o) => o.id))).toEqual([['0', '2']]);
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch, type HandlerMap } from '@shared/bridge/dispatch';
import { DEMO_FIGURES, DEMO_VIEWS, type DemoImageSpec } from '@shared/demo/productImages';
import { hammingDistance } from '@shared/photos/phash';
import { drawDemoImage, mix } from './demoImages';
import { mediaHandlers } from './handlers';
import { MediaLibrary } from './mediaLibrary';

const spec = (over: Partial<DemoImageSpec> = {}): DemoImageSpec => ({
  key: 'SBG-0001_1',
  figure: 'gadget',
  view: 'front',
  colours: ['#f08bb4', '#2b2b2e'],
  side: 1000,
  ...over,
});

describe('drawDemoImage', () => {
  it('draws every figure in every view as a JPEG of the asked size', async () => {
    for (const figure of DEMO_FIGURES) {
      for (const view of DEMO_VIEWS) {
        const meta = await sharp(await drawDemoImage(spec({ figure, view, side: 800 }))).metadata();
        expect([figure, view, meta.format, meta.width, meta.height]).toEqual([
          figure,
          view,
          'jpeg',
          800,
          800,
        ]);
      }
    }
  });

  it('draws a different picture per colour and per figure', async () => {
    const [pink, black, lamp] = await Promise.all([
      drawDemoImage(spec()),
      drawDemoImage(spec({ colours: ['#2b2b2e'] })),
      drawDemoImage(spec({ figure: 'lamp' })),
    ]);
    expect(pink.equals(black)).toBe(false);
    expect(pink.equals(lamp)).toBe(false);
  });

  it('mixes colours channel by channel', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mix('#ff0000', '#0000ff', 0)).toBe('#ff0000');
  });
});

describe('media:drawDemoImages', () => {
  let root: string;
  let call: (args: unknown) => ReturnType<typeof dispatch>;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'demo-images-'));
    const handlers = mediaHandlers<null>(new MediaLibrary(root)) as HandlerMap<null>;
    call = (args) => dispatch(handlers, 'media:drawDemoImages', args, null);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('stores each picture in the library and answers its address, size and perceptual hash', async () => {
    const result = await call({ images: [spec(), spec({ key: 'SBG-0001_2', view: 'angle' })] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const images = (
      result.value as { images: { key: string; sha256: string; phash: string; width: number }[] }
    ).images;
    expect(images.map((i) => [i.key, i.width])).toEqual([
      ['SBG-0001_1', 1000],
      ['SBG-0001_2', 1000],
    ]);
    expect(images.every((i) => /^[0-9a-f]{64}$/.test(i.sha256) && /^[0-9a-f]{16}$/.test(i.phash))).toBe(true);
    const read = await dispatch(
      mediaHandlers<null>(new MediaLibrary(root)) as HandlerMap<null>,
      'media:read',
      { sha256: images[0]!.sha256, format: 'jpeg' },
      null,
    );
    expect(read.ok).toBe(true);
    expect(hammingDistance(images[0]!.phash, images[1]!.phash)).toBeGreaterThan(0);
  });

  it('refuses anything but plain hex colours, so nothing else reaches the SVG', async () => {
    const result = await call({ images: [spec({ colours: ['red"/><script>'] })] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });
});

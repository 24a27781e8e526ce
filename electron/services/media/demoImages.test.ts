import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { drawDemoImage } from './demoImages';

describe('demo product pictures', () => {
  it('are square 1000×1000 JPEGs on white, in the colour asked for', async () => {
    const red = await drawDemoImage('phone-accessories', 0, 'YW-0001');
    const blue = await drawDemoImage('phone-accessories', 220, 'YW-0001');
    const meta = await sharp(red).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1000, 1000]);
    expect(red.byteLength).toBeLessThan(3 * 1024 * 1024);
    const corner = await sharp(red).extract({ left: 0, top: 990, width: 10, height: 10 }).raw().toBuffer();
    expect(Math.min(...corner)).toBeGreaterThan(240);
    const centre = (img: Buffer) =>
      sharp(img).extract({ left: 500, top: 700, width: 1, height: 1 }).raw().toBuffer();
    const [r, b] = [await centre(red), await centre(blue)];
    expect(r[0]!).toBeGreaterThan(r[2]!);
    expect(b[2]!).toBeGreaterThan(b[0]!);
  });

  it('draws every category', async () => {
    for (const kind of ['led-lighting', 'womens-clothing', 'kids-smart-watches', 'kitchen-tools'] as const) {
      expect((await sharp(await drawDemoImage(kind, 120, 'X')).metadata()).width).toBe(1000);
    }
  });
});

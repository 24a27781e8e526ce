import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planLayout } from './layout';
import {
  BUILT_IN_PRESET_IDS,
  BUILT_IN_PRESETS,
  findPreset,
  parseUserPreset,
  photoPresetSchema,
  type PhotoPreset,
} from './presets';

describe('presets', () => {
  it('built-ins are valid against the user schema and match the platform sizes', () => {
    for (const id of BUILT_IN_PRESET_IDS)
      expect(photoPresetSchema.parse(BUILT_IN_PRESETS[id])).toEqual(BUILT_IN_PRESETS[id]);
    expect(BUILT_IN_PRESETS['main-image']).toMatchObject({
      layout: { width: 1000, height: 1000 },
      format: 'jpeg',
      maxBytes: 3 * 1024 * 1024,
    });
    expect(BUILT_IN_PRESETS['sku-image'].layout).toMatchObject({ width: 800, height: 800 });
    expect(BUILT_IN_PRESETS['fan-zone-banner'].layout).toMatchObject({ width: 750, height: 360 });
    expect(BUILT_IN_PRESETS['description-image'].layout).toEqual({ kind: 'width', width: 750 });
  });

  it('parses a user preset with defaults and a watermark', () => {
    const parsed = parseUserPreset({
      id: 'ozon-square',
      layout: { kind: 'canvas', width: 1200, height: 1200, fit: 'contain' },
      background: '#F5F5F5',
      format: 'webp',
      watermark: { path: '/logo.png', position: 'bottom-right', opacity: 0.4 },
    });
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(parsed.preset).toMatchObject({ quality: 88, marginPct: 0, watermark: { widthRatio: 0.2 } });
  });

  it('rejects bad presets with readable issues and protects built-in ids', () => {
    const bad = parseUserPreset({
      id: 'X Y',
      layout: { kind: 'canvas', width: 5, height: 1000, fit: 'stretch' },
      background: 'white',
      format: 'gif',
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.join('\n')).toMatch(/id:.*\n.*layout/s);
    const shadow = parseUserPreset({ ...BUILT_IN_PRESETS['main-image'] });
    expect(shadow).toEqual({ ok: false, issues: ['id: "main-image" is a built-in preset'] });
  });

  it('finds built-ins (as copies) and user presets', () => {
    const copy = findPreset('main-image')!;
    copy.quality = 1;
    expect(BUILT_IN_PRESETS['main-image'].quality).toBe(88);
    expect(findPreset('mine', [{ ...BUILT_IN_PRESETS['sku-image'], id: 'mine' }])?.id).toBe('mine');
    expect(findPreset('nope')).toBeUndefined();
  });
});

const presetArb: fc.Arbitrary<PhotoPreset> = fc
  .record({
    width: fc.integer({ min: 16, max: 3000 }),
    height: fc.integer({ min: 16, max: 3000 }),
    fit: fc.constantFrom('contain' as const, 'cover' as const, 'width' as const),
    marginPct: fc.integer({ min: 0, max: 30 }),
  })
  .map(({ width, height, fit, marginPct }) => ({
    ...BUILT_IN_PRESETS['main-image'],
    marginPct,
    layout:
      fit === 'width' ? { kind: 'width' as const, width } : { kind: 'canvas' as const, width, height, fit },
  }));

describe('planLayout', () => {
  it('property: the photo plus its border fills the canvas exactly, with the aspect kept', () => {
    fc.assert(
      fc.property(
        presetArb,
        fc.integer({ min: 1, max: 20000 }),
        fc.integer({ min: 1, max: 20000 }),
        (preset, w, h) => {
          const plan = planLayout(preset, w, h);
          const { top, right, bottom, left } = plan.extend;
          expect(Math.min(top, right, bottom, left)).toBeGreaterThanOrEqual(0);
          if (plan.resize.mode === 'fill') {
            expect(plan.resize.width + left + right).toBe(plan.width);
            expect(plan.resize.height + top + bottom).toBe(plan.height);
            // Rounding to whole pixels moves each side by at most one pixel from the exact scale.
            const scale = plan.resize.width / w;
            expect(Math.abs(h * scale - plan.resize.height)).toBeLessThanOrEqual(1 + h / w);
          }
          if (preset.layout.kind === 'canvas')
            expect([plan.width, plan.height]).toEqual([preset.layout.width, preset.layout.height]);
          else expect(plan.width).toBe(preset.layout.width);
        },
      ),
    );
  });

  it('centres a landscape photo on the square canvas and flags enlargement', () => {
    const plan = planLayout(BUILT_IN_PRESETS['main-image'] as PhotoPreset, 4000, 3000);
    expect(plan).toMatchObject({
      resize: { width: 1000, height: 750 },
      extend: { top: 125, bottom: 125, left: 0, right: 0 },
      upscaled: false,
    });
    expect(planLayout(BUILT_IN_PRESETS['main-image'] as PhotoPreset, 500, 500).upscaled).toBe(true);
  });
});

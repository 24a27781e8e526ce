import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_PRESETS,
  PHOTO_ERROR_CODES,
  PHOTO_WARNING_CODES,
  photoPresetSchema,
  WATERMARK_POSITIONS,
} from '@shared/photos';
import { openWorkstationDb } from '../../db/db';
import { photosEn, photosZh } from './i18n';
import { defaultPresetForm, formFromPreset, presetFromForm } from './presetForm';
import { deleteUserPreset, listUserPresets, presetIdFor, saveUserPreset } from './userPresets';

describe('preset form', () => {
  it('turns the default form into a valid preset and back', () => {
    const form = {
      ...defaultPresetForm(),
      name: 'Shop square',
      logoRef: `media:${'a'.repeat(64)}.png`,
      logoName: 'logo.png',
    };
    const preset = presetFromForm('shop-square-x1', form);
    expect(photoPresetSchema.safeParse(preset).success).toBe(true);
    expect(preset).toMatchObject({
      layout: { kind: 'canvas', width: 1000, height: 1000, fit: 'contain' },
      maxBytes: 3072 * 1024,
      watermark: { position: 'bottom-right', widthRatio: 0.2 },
    });
    expect(formFromPreset('Shop square', preset, 'logo.png')).toEqual(form);
  });

  it('maps a fixed-width layout without target size', () => {
    const preset = presetFromForm('wide', { ...defaultPresetForm(), layout: 'width', width: 750, maxKb: 0 });
    expect(preset.layout).toEqual({ kind: 'width', width: 750 });
    expect(preset.maxBytes).toBeUndefined();
  });

  it('derives ids the schema accepts, even from Chinese names', () => {
    expect(presetIdFor('我的主图', () => 'ab12cd')).toBe('preset-ab12cd');
    expect(presetIdFor('Banner 750 × 360!', () => 'x')).toBe('banner-750-360-x');
  });
});

describe('user presets in Dexie', () => {
  it('saves valid presets, refuses invalid and built-in ids, lists newest first, deletes', async () => {
    const db = openWorkstationDb(`presets-${Math.random()}`);
    const a = await saveUserPreset(
      db,
      { id: 'shop-a', name: 'A', preset: presetFromForm('shop-a', defaultPresetForm()) },
      1,
    );
    const b = await saveUserPreset(
      db,
      { id: 'shop-b', name: 'B', preset: presetFromForm('shop-b', defaultPresetForm()) },
      2,
    );
    expect(a.ok && b.ok).toBe(true);
    const bad = await saveUserPreset(db, {
      id: 'shop-c',
      name: 'C',
      preset: { ...presetFromForm('shop-c', defaultPresetForm()), background: 'red' },
    });
    expect(bad).toMatchObject({ ok: false, issues: [expect.stringContaining('background')] });
    const builtIn = await saveUserPreset(db, {
      id: 'main-image',
      name: 'X',
      preset: { ...BUILT_IN_PRESETS['main-image'] },
    });
    expect(builtIn.ok).toBe(false);
    // A row that stopped validating (hand edit, older version) is skipped, not crashed on.
    await db.photoPresets.put({
      id: 'broken',
      name: 'Broken',
      preset: { id: 'broken' } as never,
      updatedAt: 3,
    });
    expect((await listUserPresets(db)).map((r) => r.id)).toEqual(['shop-b', 'shop-a']);
    await deleteUserPreset(db, 'shop-b');
    expect((await listUserPresets(db)).map((r) => r.id)).toEqual(['shop-a']);
    db.close();
  });
});

describe('photo strings', () => {
  it('translate every pipeline issue code, watermark position and built-in preset in both languages', () => {
    for (const bundle of [photosEn, photosZh]) {
      for (const code of [...PHOTO_ERROR_CODES, ...PHOTO_WARNING_CODES, 'not-an-image-text'])
        expect(bundle.photos.issue, code).toHaveProperty([code]);
      for (const position of WATERMARK_POSITIONS) expect(bundle.photos.position).toHaveProperty([position]);
      for (const id of Object.keys(BUILT_IN_PRESETS)) expect(bundle.photos.preset).toHaveProperty([id]);
    }
  });
});

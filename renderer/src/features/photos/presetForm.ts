import type { ImageFormat, PhotoPreset, WatermarkPosition } from '@shared/photos';

/** What the preset editor shows: flat fields, sizes in pixels, target size in KB. */
export interface PresetForm {
  name: string;
  layout: 'canvas-contain' | 'canvas-cover' | 'width';
  width: number;
  height: number;
  background: string;
  marginPct: number;
  format: ImageFormat;
  quality: number;
  /** 0 = no target size. */
  maxKb: number;
  logoRef?: string;
  logoName?: string;
  logoPosition: WatermarkPosition;
  logoOpacity: number;
  /** Logo width as a percentage of the image width. */
  logoWidthPct: number;
}

export function defaultPresetForm(): PresetForm {
  return {
    name: '',
    layout: 'canvas-contain',
    width: 1000,
    height: 1000,
    background: '#ffffff',
    marginPct: 0,
    format: 'jpeg',
    quality: 88,
    maxKb: 3072,
    logoPosition: 'bottom-right',
    logoOpacity: 0.6,
    logoWidthPct: 20,
  };
}

/** The preset the form stands for; validation is left to photoPresetSchema (via saveUserPreset). */
export function presetFromForm(id: string, form: PresetForm): PhotoPreset {
  const layout: PhotoPreset['layout'] =
    form.layout === 'width'
      ? { kind: 'width', width: form.width }
      : {
          kind: 'canvas',
          width: form.width,
          height: form.height,
          fit: form.layout === 'canvas-cover' ? 'cover' : 'contain',
        };
  return {
    id,
    layout,
    background: form.background,
    marginPct: form.marginPct,
    format: form.format,
    quality: form.quality,
    minQuality: Math.min(50, form.quality),
    ...(form.maxKb > 0 ? { maxBytes: Math.round(form.maxKb * 1024) } : {}),
    ...(form.logoRef
      ? {
          watermark: {
            path: form.logoRef,
            position: form.logoPosition,
            opacity: form.logoOpacity,
            widthRatio: form.logoWidthPct / 100,
            marginRatio: 0.03,
          },
        }
      : {}),
  };
}

export function formFromPreset(name: string, preset: PhotoPreset, logoName?: string): PresetForm {
  const base = defaultPresetForm();
  const layout = preset.layout;
  return {
    ...base,
    name,
    layout: layout.kind === 'width' ? 'width' : layout.fit === 'cover' ? 'canvas-cover' : 'canvas-contain',
    width: layout.width,
    height: layout.kind === 'canvas' ? layout.height : base.height,
    background: preset.background,
    marginPct: preset.marginPct,
    format: preset.format,
    quality: preset.quality,
    maxKb: preset.maxBytes ? Math.round(preset.maxBytes / 1024) : 0,
    ...(preset.watermark
      ? {
          logoRef: preset.watermark.path,
          logoName,
          logoPosition: preset.watermark.position,
          logoOpacity: preset.watermark.opacity,
          logoWidthPct: Math.round(preset.watermark.widthRatio * 100),
        }
      : {}),
  };
}

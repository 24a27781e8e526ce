import type { ImageFormat, PhotoPreset } from '@shared/photos/presets';
import type { PhotoIssue } from '@shared/photos/issues';

/** Where outputs go: the app's content-addressed media library, or a plain folder with upload-safe names (CLI). */
export type SinkSpec = { kind: 'media'; rootDir: string } | { kind: 'folder'; dir: string };

export interface PipelineLimits {
  /** Inputs claiming more pixels are refused from their header, before any decoding. */
  maxInputPixels: number;
}

/** 100 MP: above any phone or DSLR photo a seller uploads, well below what exhausts memory on a small laptop. */
export const DEFAULT_LIMITS: PipelineLimits = { maxInputPixels: 100_000_000 };

/** One input file, all the presets it is rendered with. Plain data: it crosses into a worker thread. */
export interface PhotoTask {
  inputPath: string;
  presets: PhotoPreset[];
  sink: SinkSpec;
  limits: PipelineLimits;
}

export interface PhotoOutput {
  preset: string;
  path: string;
  sha256: string;
  /** ASCII-safe name to upload or export under. */
  uploadName: string;
  width: number;
  height: number;
  bytes: number;
  format: ImageFormat;
  /** Quality the file was finally encoded at (stepped down to fit maxBytes). */
  quality: number;
  /** 64-bit dHash, hex. */
  phash: string;
  /** 3×3 sRGB grid (hex) for the near-duplicate check's colour comparison. */
  colours: string;
}

export type PhotoStatus = 'ok' | 'warning' | 'error';

export interface PhotoSource {
  format: string;
  /** After EXIF orientation. */
  width: number;
  height: number;
  bytes: number;
  frames: number;
}

export interface PhotoFileResult {
  input: string;
  status: PhotoStatus;
  issues: PhotoIssue[];
  outputs: PhotoOutput[];
  source?: PhotoSource;
  ms: number;
}

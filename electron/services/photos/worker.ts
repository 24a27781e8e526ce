import sharp from 'sharp';
import { processPhotoFile } from './processFile';
import type { PhotoFileResult, PhotoTask } from './types';

// Every input is different: libvips' operation cache would only hold memory (it is per process, so this also
// covers the other workers).
sharp.cache(false);

/** Piscina's entry point: one task, one input file. */
export default function photoWorker(task: PhotoTask): Promise<PhotoFileResult> {
  return processPhotoFile(task);
}

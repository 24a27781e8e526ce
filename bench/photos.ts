/**
 * Photo pipeline benchmark: N generated 12-megapixel JPEGs, three variants each (main, SKU, description image).
 *   1. the real service: processBatch through its worker pool (sniff, header checks, layout, encode, sha256,
 *      dHash, content-addressed writes);
 *   2. a bare sharp loop doing the same resizes in this process with as many files in flight as the pool;
 *   3. jimp (pure JS) on a small sample.
 * Prints images/s and ratios, then one JSON line. BENCH_PHOTOS=<n> sets n.
 * Memory: worker threads live in this process, so sampling process RSS covers them.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Jimp } from 'jimp';
import sharp from 'sharp';
import { BUILT_IN_PRESETS, type PhotoPreset } from '@shared/photos/presets';
import { processBatch } from '../electron/services/photos/batch';
import { createPhotoPool, type PhotoPool } from '../electron/services/photos/pool';

const PHOTOS = Math.max(1, Number(process.env.BENCH_PHOTOS ?? 24));
const JIMP_SAMPLE = Math.min(2, PHOTOS);
const WIDTH = 4000;
const HEIGHT = 3000;
const PRESETS = ['main-image', 'sku-image', 'description-image'].map(
  (id) => BUILT_IN_PRESETS[id as keyof typeof BUILT_IN_PRESETS] as PhotoPreset,
);

class RssSampler {
  peak = 0;
  readonly samples: number[] = [];
  private timer: NodeJS.Timeout | undefined;
  start(): this {
    this.timer = setInterval(() => this.sample(), 25);
    this.sample();
    return this;
  }
  stop(): void {
    clearInterval(this.timer);
    this.sample();
  }
  private sample(): void {
    const rss = process.memoryUsage.rss();
    this.samples.push(rss);
    this.peak = Math.max(this.peak, rss);
  }
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** A gradient under per-photo noise: compresses like a real photo, not like a flat test card. */
async function generatePhotos(dir: string): Promise<string[]> {
  const gradient = Buffer.alloc(WIDTH * HEIGHT * 3);
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const i = (y * WIDTH + x) * 3;
      gradient[i] = (x * 255) / WIDTH;
      gradient[i + 1] = (y * 255) / HEIGHT;
      gradient[i + 2] = 128;
    }
  }
  const files: string[] = [];
  for (let n = 0; n < PHOTOS; n++) {
    const noise = await sharp({
      create: {
        width: WIDTH,
        height: HEIGHT,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 12 + (n % 5) },
      },
    })
      .png({ compressionLevel: 0 })
      .toBuffer();
    const path = join(dir, `photo-${String(n).padStart(3, '0')}.jpg`);
    await sharp(gradient, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
      .composite([{ input: noise, blend: 'overlay' }])
      .jpeg({ quality: 90 })
      .toFile(path);
    files.push(path);
  }
  return files;
}

async function timePipeline(files: string[], outDir: string, pool: PhotoPool) {
  const rss = new RssSampler().start();
  const started = performance.now();
  const result = await processBatch(files, PRESETS, outDir, { pool });
  const seconds = (performance.now() - started) / 1000;
  rss.stop();
  if (result.summary.error > 0) throw new Error(`pipeline failed on ${result.summary.error} file(s)`);
  return { seconds, rss };
}

/** The same decode, orientation, flatten, resize and encode, written as one would without the service. */
async function bareSharp(file: string, outDir: string, index: number): Promise<void> {
  const input = await readFile(file);
  const white = '#ffffff';
  const variants = [
    sharp(input)
      .autoOrient()
      .flatten({ background: white })
      .resize(1000, 1000, { fit: 'contain', background: white })
      .jpeg({ quality: 88 }),
    sharp(input)
      .autoOrient()
      .flatten({ background: white })
      .resize(800, 800, { fit: 'contain', background: white })
      .jpeg({ quality: 88 }),
    sharp(input).autoOrient().flatten({ background: white }).resize({ width: 750 }).jpeg({ quality: 85 }),
  ];
  for (const [v, img] of variants.entries())
    await writeFile(join(outDir, `${index}-${v}.jpg`), await img.toBuffer());
}

async function timeBaseline(files: string[], outDir: string, inFlight: number) {
  await mkdir(outDir, { recursive: true });
  const rss = new RssSampler().start();
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < files.length) {
        const i = next++;
        await bareSharp(files[i]!, outDir, i);
      }
    }),
  );
  rss.stop();
  return { seconds: (performance.now() - started) / 1000, rss };
}

async function timeJimp(files: string[], outDir: string) {
  await mkdir(outDir, { recursive: true });
  const rss = new RssSampler().start();
  const started = performance.now();
  for (const [i, file] of files.entries()) {
    const image = await Jimp.read(file);
    const main = image.clone().contain({ w: 1000, h: 1000 });
    const skuImg = image.clone().contain({ w: 800, h: 800 });
    const desc = image.clone().resize({ w: 750 });
    for (const [v, img] of [main, skuImg, desc].entries()) {
      await writeFile(join(outDir, `${i}-${v}.jpg`), await img.getBuffer('image/jpeg', { quality: 88 }));
    }
  }
  rss.stop();
  return { seconds: (performance.now() - started) / 1000, rss };
}

/** Peak over both rounds; samples of the later round appended, so drift also sees growth across batches. */
function mergeRss(a: RssSampler, b: RssSampler): RssSampler {
  const merged = new RssSampler();
  merged.peak = Math.max(a.peak, b.peak);
  merged.samples.push(...a.samples, ...b.samples);
  return merged;
}

/** Flatness: median RSS of the last third of the run against the first third. */
function drift(samples: number[]): number {
  const third = Math.max(1, Math.floor(samples.length / 3));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  return mb(median(samples.slice(-third)) - median(samples.slice(0, third)));
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-photos-'));
  try {
    process.stderr.write(`Generating ${PHOTOS} photos of ${WIDTH}×${HEIGHT}…\n`);
    await mkdir(join(dir, 'in'), { recursive: true });
    const files = await generatePhotos(join(dir, 'in'));
    const pool = createPhotoPool();
    let pipeline: Awaited<ReturnType<typeof timePipeline>> | undefined;
    let baseline: Awaited<ReturnType<typeof timeBaseline>> | undefined;
    try {
      // Warm-up of both (worker start, module loading, page cache), then two alternating rounds, best of each:
      // on a 2-core machine one round alone swings by ±30 %.
      await processBatch(files.slice(0, 1), PRESETS, join(dir, 'warmup'), { pool });
      await bareSharp(files[0]!, dir, -1);
      for (let round = 0; round < 2; round++) {
        const b = await timeBaseline(files, join(dir, `baseline-${round}`), pool.threads);
        const p = await timePipeline(files, join(dir, `pipeline-${round}`), pool);
        if (!baseline || b.seconds < baseline.seconds)
          baseline = { ...b, rss: baseline ? mergeRss(baseline.rss, b.rss) : b.rss };
        pipeline = {
          seconds: Math.min(pipeline?.seconds ?? Infinity, p.seconds),
          rss: pipeline ? mergeRss(pipeline.rss, p.rss) : p.rss,
        };
      }
    } finally {
      await pool.close();
    }
    const threads = pool.threads;
    if (!pipeline || !baseline) throw new Error('no timed round ran');
    const jimp = await timeJimp(files.slice(0, JIMP_SAMPLE), join(dir, 'jimp'));

    const pipelinePerSec = PHOTOS / pipeline.seconds;
    const baselinePerSec = PHOTOS / baseline.seconds;
    const jimpPerSec = JIMP_SAMPLE / jimp.seconds;
    const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
    const summary = {
      photos: PHOTOS,
      variantsPerPhoto: PRESETS.length,
      threads,
      pipelinePerSec: round(pipelinePerSec),
      baselinePerSec: round(baselinePerSec),
      jimpPerSec: round(jimpPerSec),
      jimpSample: JIMP_SAMPLE,
      ratioToBaseline: round(pipelinePerSec / baselinePerSec),
      ratioToJimp: round(pipelinePerSec / jimpPerSec, 1),
      peakRssMb: mb(Math.max(pipeline.rss.peak, baseline.rss.peak, jimp.rss.peak)),
      pipelinePeakRssMb: mb(pipeline.rss.peak),
      baselinePeakRssMb: mb(baseline.rss.peak),
      jimpPeakRssMb: mb(jimp.rss.peak),
      pipelineRssDriftMb: drift(pipeline.rss.samples),
    };
    process.stdout.write(
      [
        `pipeline (worker pool, ${threads} threads): ${summary.pipelinePerSec} photos/s (${round(pipeline.seconds, 2)} s, 3 variants each)`,
        `bare sharp, ${threads} in flight:          ${summary.baselinePerSec} photos/s (${round(baseline.seconds, 2)} s)`,
        `jimp, ${JIMP_SAMPLE} photo(s):                      ${summary.jimpPerSec} photos/s (${round(jimp.seconds, 2)} s)`,
        `pipeline / baseline: ${summary.ratioToBaseline}× (target ≥ 0.85)   pipeline / jimp: ${summary.ratioToJimp}× (target ≥ 20)`,
        `peak RSS (incl. worker threads): pipeline ${summary.pipelinePeakRssMb} MB, baseline ${summary.baselinePeakRssMb} MB, jimp ${summary.jimpPeakRssMb} MB; pipeline RSS drift ${summary.pipelineRssDriftMb} MB`,
        JSON.stringify(summary),
      ].join('\n') + '\n',
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();

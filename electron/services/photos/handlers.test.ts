import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArgsOf, Channel, ResultOf } from '@shared/bridge/contract';
import { dispatch, type HandlerMap } from '@shared/bridge/dispatch';
import type { BridgeResult } from '@shared/bridge/result';
import { BUILT_IN_PRESETS } from '@shared/photos/presets';
import { createHandlers } from '../handlers';
import { dataPathsFor, ensureDataPaths, type DataPaths } from '../paths';
import type { ShellAdapter } from '../types';
import { processBatch } from './batch';
import { solid } from './testImages';

let root: string;
let paths: DataPaths;
let inputs: string;
const browserShell: ShellAdapter = {
  kind: 'browser',
  openExternal: async () => false,
  revealPath: async () => false,
};

/** The handlers as a shell registers them, with an in-process batch (the pool is covered by batch.test.ts). */
function studio(shell: ShellAdapter = browserShell) {
  const handlers: HandlerMap<null> = createHandlers<null>(
    { appName: 't', appVersion: '0', paths, shell },
    {
      photos: {
        runBatch: (files, presets, o) =>
          processBatch(files, presets, paths.mediaDir, { ...o, inProcess: true }),
      },
    },
  );
  return <C extends Channel>(channel: C, args: ArgsOf<C>) =>
    dispatch(handlers, channel, args, null) as Promise<BridgeResult<ResultOf<C>>>;
}

function value<T>(result: BridgeResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Polls like the page does: a timer between calls, so the batch's I/O gets its turn. */
async function pollAgain(call: ReturnType<typeof studio>, jobId: string) {
  await new Promise((r) => setTimeout(r, 20));
  return value(await call('jobs:get', { jobId }));
}

const upload = async (path: string, name = path.split('/').pop() ?? 'x') => ({
  name,
  bytesBase64: (await readFile(path)).toString('base64'),
});

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'photo-handlers-'));
  paths = await ensureDataPaths(dataPathsFor(join(root, 'data')));
  inputs = join(root, 'inputs');
  await mkdir(inputs);
  await Promise.all([
    solid(inputs, '红色 连衣裙.jpg', 1200, 900, (img) => img.jpeg(), '#aa2222'),
    solid(inputs, 'blue.png', 900, 1200, (img) => img.png(), '#2222aa'),
    solid(inputs, 'green.jpg', 1000, 1000, (img) => img.jpeg(), '#22aa22'),
  ]);
  await writeFile(join(inputs, 'notes.jpg'), 'this is a text file with a photo name');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('photos:stage', () => {
  it('copies uploads into incoming/<id>/ under their own name and answers ids only', async () => {
    const call = studio();
    const { staged } = value(
      await call('photos:stage', { files: [await upload(join(inputs, '红色 连衣裙.jpg'))] }),
    );
    expect(staged).toHaveLength(1);
    expect(staged[0]!.id).toMatch(/^stg_/);
    expect(staged[0]!.name).toBe('红色 连衣裙.jpg');
    expect(await readdir(join(paths.dataDir, 'incoming', staged[0]!.id))).toEqual(['红色 连衣裙.jpg']);
    expect(JSON.stringify(staged)).not.toContain(paths.dataDir);
  });

  it('keeps a crafted name inside its own folder', async () => {
    const call = studio();
    const { staged } = value(
      await call('photos:stage', { files: [{ name: '../../evil.jpg', bytesBase64: 'AAAA' }] }),
    );
    expect(await readdir(join(paths.dataDir, 'incoming', staged[0]!.id))).toEqual(['evil.jpg']);
  });

  it('discards uploaded copies', async () => {
    const call = studio();
    const { staged } = value(await call('photos:stage', { files: [await upload(join(inputs, 'blue.png'))] }));
    expect(value(await call('photos:discard', { stagedIds: [staged[0]!.id] }))).toEqual({ discarded: 1 });
    await expect(stat(join(paths.dataDir, 'incoming', staged[0]!.id))).rejects.toThrow();
  });
});

describe('photo jobs', () => {
  it('runs a batch past a bad file, reports progress and results incrementally, and stores outputs in the media library', async () => {
    const call = studio();
    const files = await Promise.all(
      ['红色 连衣裙.jpg', 'notes.jpg', 'blue.png', 'green.jpg'].map((n) => upload(join(inputs, n))),
    );
    const { staged } = value(await call('photos:stage', { files }));
    const { jobId, total } = value(
      await call('photos:start', {
        stagedIds: staged.map((s) => s.id),
        presets: [BUILT_IN_PRESETS['main-image']],
      }),
    );
    expect(total).toBe(4);

    let view = value(await call('jobs:get', { jobId }));
    const seen = [...view.files];
    while (view.state === 'running') {
      await new Promise((r) => setTimeout(r, 25));
      view = value(await call('jobs:get', { jobId, fromIndex: view.nextIndex }));
      seen.push(...view.files);
    }
    expect(view).toMatchObject({ state: 'done', done: 4, total: 4 });
    expect(seen.map((f) => [f.name, f.status])).toEqual([
      ['红色 连衣裙.jpg', 'ok'],
      ['notes.jpg', 'error'],
      ['blue.png', 'ok'],
      ['green.jpg', 'ok'],
    ]);
    expect(seen[1]!.issues[0]!.code).toBe('not-an-image');
    const out = seen[0]!.outputs[0]!;
    expect(out).toMatchObject({ preset: 'main-image', width: 1000, height: 1000, format: 'jpeg' });
    expect(out.uploadName).toMatch(/^[A-Za-z0-9._-]+\.jpg$/);
    expect(JSON.stringify(seen)).not.toContain(root);

    const preview = value(await call('media:read', { sha256: out.sha256, format: 'jpeg' }));
    expect(Buffer.from(preview.bytesBase64, 'base64').subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    const thumb = value(await call('media:read', { sha256: out.sha256, format: 'jpeg', thumbnail: true }));
    expect(thumb.bytesBase64.length).toBeLessThan(preview.bytesBase64.length);
  });

  it('cancels: files not yet started are skipped and the job ends as cancelled', async () => {
    const call = studio();
    const files = await Promise.all(Array.from({ length: 6 }, () => upload(join(inputs, 'green.jpg'))));
    const { staged } = value(await call('photos:stage', { files }));
    const { jobId } = value(
      await call('photos:start', {
        stagedIds: staged.map((s) => s.id),
        presets: [BUILT_IN_PRESETS['sku-image']],
      }),
    );
    expect(value(await call('jobs:cancel', { jobId }))).toEqual({ cancelled: true });
    let view = value(await call('jobs:get', { jobId }));
    while (view.state === 'running') {
      await new Promise((r) => setTimeout(r, 20));
      view = value(await call('jobs:get', { jobId }));
    }
    expect(view.state).toBe('cancelled');
    expect(view.files.length).toBeLessThan(6);
    expect(value(await call('jobs:cancel', { jobId }))).toEqual({ cancelled: false });
  });

  it('refuses a path or an unknown id in place of a staged id', async () => {
    const call = studio();
    const asPath = await call('photos:start', {
      stagedIds: ['/etc/passwd'],
      presets: [BUILT_IN_PRESETS['main-image']],
    });
    expect(asPath).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    const unknown = await call('photos:start', {
      stagedIds: ['stg_00000000-0000-0000-0000-000000000000'],
      presets: [BUILT_IN_PRESETS['main-image']],
    });
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('add the photo again') },
    });
    const unknownJob = await call('jobs:get', { jobId: 'job_00000000-0000-0000-0000-000000000000' });
    expect(unknownJob).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses a preset whose logo is a path instead of a media reference', async () => {
    const call = studio();
    const { staged } = value(
      await call('photos:stage', { files: [await upload(join(inputs, 'green.jpg'))] }),
    );
    const preset = {
      ...BUILT_IN_PRESETS['main-image'],
      id: 'mine',
      watermark: { path: '/etc/logo.png', position: 'center' as const, opacity: 0.5 },
    };
    expect(await call('photos:start', { stagedIds: [staged[0]!.id], presets: [preset] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
  });

  it('imports a logo and uses it as a watermark through its media reference', async () => {
    const call = studio();
    const logoPath = await solid(root, 'logo.png', 200, 100, (img) => img.png(), '#000000', 4);
    const logo = value(await call('media:importLogo', await upload(logoPath)));
    expect(logo.ref).toMatch(/^media:[0-9a-f]{64}\.png$/);
    const { staged } = value(
      await call('photos:stage', { files: [await upload(join(inputs, 'green.jpg'))] }),
    );
    const preset = {
      ...BUILT_IN_PRESETS['main-image'],
      id: 'with-logo',
      watermark: { path: logo.ref, position: 'bottom-right' as const, opacity: 0.6 },
    };
    const { jobId } = value(await call('photos:start', { stagedIds: [staged[0]!.id], presets: [preset] }));
    let view = value(await call('jobs:get', { jobId }));
    while (view.state === 'running') view = await pollAgain(call, jobId);
    expect(view.files[0]).toMatchObject({ status: 'ok' });
    expect(
      await call('media:importLogo', { name: 'x.png', bytesBase64: Buffer.from('hello').toString('base64') }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });
});

describe('photos:pickFiles', () => {
  it('is refused in the browser shell', async () => {
    expect(await studio()('photos:pickFiles', { folder: false })).toMatchObject({
      ok: false,
      error: { code: 'not-available' },
    });
  });

  it('stages picked originals by reference and only reads them', async () => {
    const before = await readFile(join(inputs, 'blue.png'));
    const shell: ShellAdapter = { ...browserShell, kind: 'electron', pickImagePaths: async () => [inputs] };
    const call = studio(shell);
    const { staged } = value(await call('photos:pickFiles', { folder: true }));
    expect(staged.map((s) => s.name).sort()).toEqual([
      'blue.png',
      'green.jpg',
      'notes.jpg',
      '红色 连衣裙.jpg',
    ]);
    const { jobId } = value(
      await call('photos:start', {
        stagedIds: staged.map((s) => s.id),
        presets: [BUILT_IN_PRESETS['main-image']],
      }),
    );
    let view = value(await call('jobs:get', { jobId }));
    while (view.state === 'running') view = await pollAgain(call, jobId);
    expect(view.done).toBe(4);
    expect(await readFile(join(inputs, 'blue.png'))).toEqual(before);
    expect((await readdir(inputs)).sort()).toEqual(['blue.png', 'green.jpg', 'notes.jpg', '红色 连衣裙.jpg']);
  });
});

describe('media:read', () => {
  it('says clearly that a file is missing from the library', async () => {
    const result = await studio()('media:read', { sha256: 'a'.repeat(64), format: 'png' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'not-found',
        message: expect.stringMatching(/aaaaaaaaaaaa… \(png\) is not in the media library/),
      },
    });
    if (!result.ok) expect(result.error.message).not.toContain(paths.dataDir);
  });

  it('does not follow a symbolic link in media/ to a file outside the data folder', async () => {
    const secret = join(root, 'secret.png');
    await writeFile(secret, 'not for the page');
    const sha = 'c'.repeat(64);
    await mkdir(join(paths.mediaDir, 'cc'), { recursive: true });
    await symlink(secret, join(paths.mediaDir, 'cc', `${sha}.png`));
    const result = await studio()('media:read', { sha256: sha, format: 'png' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(JSON.stringify(result)).not.toContain(Buffer.from('not for the page').toString('base64'));
  });

  it('refuses anything but a sha256 as address', async () => {
    expect(await studio()('media:read', { sha256: '../../secrets', format: 'png' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
  });
});

describe('export:package', () => {
  it('zips products.csv and the images from the library, and reads back in chunks', async () => {
    const call = studio();
    const { staged } = value(
      await call('photos:stage', {
        files: [await upload(join(inputs, 'green.jpg')), await upload(join(inputs, 'blue.png'))],
      }),
    );
    const { jobId } = value(
      await call('photos:start', {
        stagedIds: staged.map((s) => s.id),
        presets: [BUILT_IN_PRESETS['main-image']],
      }),
    );
    let view = value(await call('jobs:get', { jobId }));
    while (view.state === 'running') view = await pollAgain(call, jobId);
    const [a, b] = view.files.map((f) => f.outputs[0]!);
    const image = (o: typeof a) => ({ sha256: o!.sha256, format: o!.format, fileName: o!.uploadName });
    const product = {
      code: 'P-1',
      title: { en: 'Phone case, "slim"', ru: 'Чехол' },
      category: 'phone-accessories',
      description: { en: '<p>Slim</p>' },
      attributes: { Material: 'TPU' },
      weightGrams: 80,
      packageCm: { length: 18, width: 10, height: 2 },
      handlingDays: 3,
      hostingMode: 'self-operated' as const,
      mainImages: [image(a), image(b)],
      skus: [
        {
          code: 'P-1-BK',
          options: { colour: 'Black' },
          price: { amount: 1250, currency: 'USD' },
          stock: 10,
          image: image(a),
        },
        { code: 'P-1-RD', options: { colour: 'Red' }, price: { amount: 1300, currency: 'USD' }, stock: 0 },
      ],
    };
    const written = value(await call('export:package', { products: [product] }));
    expect(written).toMatchObject({ imageCount: 2, rowCount: 2 });
    expect(written.fileName).toMatch(/^upload-package-\d{8}-\d{6}(-\d+)?\.zip$/);

    const chunks: Buffer[] = [];
    for (let offset = 0; offset < written.bytes; offset += 1000) {
      chunks.push(
        Buffer.from(
          value(await call('export:readChunk', { fileName: written.fileName, offset, length: 1000 }))
            .bytesBase64,
          'base64',
        ),
      );
    }
    const files = unzipSync(Buffer.concat(chunks));
    expect(Object.keys(files).sort()).toEqual(
      ['images/' + a!.uploadName, 'images/' + b!.uploadName, 'products.csv'].sort(),
    );
    const csv = new TextDecoder().decode(files['products.csv']);
    expect(csv.split('\r\n')[1]).toContain('"Phone case, ""slim"""');
    expect(csv).toContain('12.50,,USD,10');
    expect(await call('export:readChunk', { fileName: '../data.zip', offset: 0, length: 10 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
    expect(await call('export:saveAs', { fileName: written.fileName })).toMatchObject({
      ok: false,
      error: { code: 'not-available' },
    });
  });

  it('does not follow a symbolic link in exports/ or in a staged upload', async () => {
    const secret = join(root, 'secret.zip');
    await writeFile(secret, 'not for the page');
    const fileName = 'upload-package-20260101-000000.zip';
    await symlink(secret, join(paths.exportsDir, fileName));
    const call = studio();
    expect(await call('export:readChunk', { fileName, offset: 0, length: 10 })).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    });
    const { staged } = value(
      await call('photos:stage', { files: [await upload(join(inputs, 'green.jpg'))] }),
    );
    const dir = join(paths.dataDir, 'incoming', staged[0]!.id);
    const [leaf] = await readdir(dir);
    await rm(join(dir, leaf!));
    await symlink(join(inputs, 'blue.png'), join(dir, leaf!));
    expect(
      await call('photos:start', { stagedIds: [staged[0]!.id], presets: [BUILT_IN_PRESETS['main-image']] }),
    ).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  });

  it('refuses, naming the file, when an image is not in the library', async () => {
    const result = await studio()('export:package', {
      products: [
        {
          code: 'X',
          title: { en: 'x' },
          category: 'c',
          description: {},
          attributes: {},
          weightGrams: 1,
          packageCm: { length: 1, width: 1, height: 1 },
          handlingDays: 1,
          hostingMode: 'self-operated',
          mainImages: [{ sha256: 'b'.repeat(64), format: 'jpeg', fileName: 'lost.jpg' }],
          skus: [],
        },
      ],
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('lost.jpg (product X)') },
    });
  });
});

import { describe, expect, it } from 'vitest';
import { defaultWorkerFile } from './pool';

describe('defaultWorkerFile', () => {
  it('uses the TypeScript worker from source and the bundled one in the built app', () => {
    expect(defaultWorkerFile('file:///app/electron/services/photos/pool.ts')).toBe(
      '/app/electron/services/photos/worker.ts',
    );
    expect(defaultWorkerFile('file:///app/out/main/index.js')).toBe('/app/out/main/photoWorker.js');
  });
});

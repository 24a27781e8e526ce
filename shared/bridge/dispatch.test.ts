import { describe, expect, it } from 'vitest';
import type { coreChannels } from './channels/core';
import { channels } from './contract';
import { dispatch, type HandlerMap } from './dispatch';
import { BridgeFailure } from './result';

// Core channels only: the other domains' handlers are tested with their services.
const coreOnly: Pick<HandlerMap<{ caller: string }>, keyof typeof coreChannels> = {
  'app:info': () => ({ name: 'x', version: '1', shell: 'browser', platform: 'linux', nodeVersion: 'v20' }),
  'paths:get': () => ({ dataDir: '/d', mediaDir: '/d/m', exportsDir: '/d/e', backupsDir: '/d/b' }),
  'paths:reveal': ({ which }) => ({ path: which, opened: false }),
  'shell:openExternal': ({ url }) => {
    throw new BridgeFailure('not-allowed', `refused ${url}`);
  },
  'dialog:openFiles': () => {
    throw new Error('boom');
  },
  // Deliberately wrong result shape, to prove results are validated too.
  'dialog:saveFile': () => ({ saved: 'yes' }) as never,
};
const handlers = coreOnly as HandlerMap<{ caller: string }>;

describe('dispatch', () => {
  it('answers ok with the validated value', async () => {
    const result = await dispatch(handlers, 'app:info', {}, { caller: 't' });
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ name: 'x', shell: 'browser' }) });
  });

  it('refuses an unknown channel without calling anything', async () => {
    const result = await dispatch(handlers, 'fs:rmrf', {}, { caller: 't' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('refuses a prototype key as channel name', async () => {
    const result = await dispatch(handlers, 'constructor', {}, { caller: 't' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('rejects arguments that do not match the schema, naming the field', async () => {
    const result = await dispatch(handlers, 'paths:reveal', { which: '/etc' }, { caller: 't' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-arguments');
      expect(result.error.message).toContain('which');
    }
  });

  it('turns an expected failure into its code and message', async () => {
    const result = await dispatch(handlers, 'shell:openExternal', { url: 'http://evil' }, { caller: 't' });
    expect(result).toEqual({ ok: false, error: { code: 'not-allowed', message: 'refused http://evil' } });
  });

  it('never throws: an unexpected error becomes failed', async () => {
    const result = await dispatch(handlers, 'dialog:openFiles', {}, { caller: 't' });
    expect(result).toEqual({ ok: false, error: { code: 'failed', message: 'boom' } });
  });

  it('answers a file-system error with the file name, never the absolute data path', async () => {
    const enoent = Object.assign(
      new Error("ENOENT: no such file or directory, open '/home/li/.seller-workstation/media/ab/x.png'"),
      { code: 'ENOENT', path: '/home/li/.seller-workstation/media/ab/x.png' },
    );
    const result = await dispatch(
      { ...handlers, 'dialog:openFiles': () => Promise.reject(enoent) },
      'dialog:openFiles',
      {},
      { caller: 't' },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(JSON.stringify(result)).not.toContain('/home/li');
    expect(JSON.stringify(result)).toContain('x.png');
  });

  it('validates handler results', async () => {
    const result = await dispatch(
      handlers,
      'dialog:saveFile',
      { suggestedName: 'a.csv', bytesBase64: '' },
      { caller: 't' },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-result' } });
  });

  it('has namespaced channel names', () => {
    for (const channel of channels) expect(channel).toMatch(/^[a-z]+:[a-zA-Z]+$/);
  });
});

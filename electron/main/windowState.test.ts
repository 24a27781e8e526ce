import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW, fitToDisplays, loadWindowState, saveWindowState } from './windowState';

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('window state', () => {
  it('round-trips through a file', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'sw-win-')), 'window.json');
    await saveWindowState(file, { x: 10, y: 20, width: 1200, height: 800, maximized: true });
    expect(await loadWindowState(file)).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: true });
  });
  it('ignores a missing or corrupt file', async () => {
    expect(await loadWindowState('/nonexistent/window.json')).toBeUndefined();
  });
  it('keeps a window that is on a display', () => {
    const state = { x: 100, y: 100, width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(state, screen)).toEqual(state);
  });
  it('recentres a window left on an unplugged monitor', () => {
    expect(fitToDisplays({ x: 3000, y: 100, width: 1200, height: 800, maximized: false }, screen)).toEqual({
      width: 1200,
      height: 800,
      maximized: false,
    });
  });
  it('uses defaults on first run', () => expect(fitToDisplays(undefined, screen)).toEqual(DEFAULT_WINDOW));
});

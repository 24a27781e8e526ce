import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async () => ({ ok: true, value: 1 }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke },
}));

describe('preload', () => {
  it('exposes exactly one invoke function, never ipcRenderer', async () => {
    await import('./index');
    const api = exposed.sellerBridge as Record<string, unknown>;
    expect(Object.keys(exposed)).toEqual(['sellerBridge']);
    expect(Object.keys(api)).toEqual(['invoke']);
    await (api.invoke as (c: string, a: unknown) => Promise<unknown>)('app:info', {});
    expect(invoke).toHaveBeenCalledWith('bridge:invoke', 'app:info', {});
  });

  it('imports nothing a sandboxed preload cannot require', () => {
    const source = readFileSync(new URL('./index.ts', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(
      imports.filter((m) => m !== 'electron' && m !== '@shared/bridge/names' && m !== '@shared/bridge/api'),
    ).toEqual([]);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { httpBridge, takeBrowserToken } from './client';

describe('httpBridge', () => {
  it('posts the arguments with the bearer token and returns the answer', async () => {
    const fetchImpl = vi.fn(
      async () => new Response(JSON.stringify({ ok: true, value: { name: 'x' } }), { status: 200 }),
    );
    const api = httpBridge('tok', fetchImpl as unknown as typeof fetch);
    const result = await api.invoke('app:info', {});
    expect(result).toEqual({ ok: true, value: { name: 'x' } });
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/app%3Ainfo');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer tok');
  });

  it('turns 401 and network failures into results', async () => {
    const denied = httpBridge(
      'bad',
      (async () => new Response('no', { status: 401 })) as unknown as typeof fetch,
    );
    expect(await denied.invoke('app:info', {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const offline = httpBridge('t', (async () => {
      throw new Error('offline');
    }) as unknown as typeof fetch);
    expect(await offline.invoke('app:info', {})).toEqual({
      ok: false,
      error: { code: 'failed', message: 'offline' },
    });
  });
});

describe('takeBrowserToken', () => {
  it('keeps the token from the link and removes it from the address bar', () => {
    history.replaceState(null, '', '/?token=abc#/dashboard');
    expect(takeBrowserToken(window.location, sessionStorage)).toBe('abc');
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#/dashboard');
    expect(takeBrowserToken(window.location, sessionStorage)).toBe('abc');
  });
});

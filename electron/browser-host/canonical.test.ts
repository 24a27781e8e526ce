import { describe, expect, it } from 'vitest';
import { canonicalRedirect } from './canonical';

describe('canonicalRedirect', () => {
  it('sends localhost to 127.0.0.1 on the same port, keeping path, query and token', () => {
    expect(canonicalRedirect('localhost:47321', '/?token=abc#x', 47321)).toBe(
      'http://127.0.0.1:47321/?token=abc#x',
    );
    expect(canonicalRedirect('localhost:47321', undefined, 47321)).toBe('http://127.0.0.1:47321/');
  });

  it('leaves the canonical address and foreign hosts alone', () => {
    expect(canonicalRedirect('127.0.0.1:47321', '/', 47321)).toBeUndefined();
    expect(canonicalRedirect('localhost:9999', '/', 47321)).toBeUndefined();
    expect(canonicalRedirect('evil.example:47321', '/', 47321)).toBeUndefined();
  });

  it('never builds a redirect to another host from the request path', () => {
    expect(canonicalRedirect('localhost:1', '//evil.example/', 1)).toBe('http://127.0.0.1:1//evil.example/');
  });
});

describe('the browser host', () => {
  it('answers localhost:<port> with a redirect to 127.0.0.1:<port>', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { request } = await import('node:http');
    const { createHandlers } = await import('../services/handlers');
    const { dataPathsFor } = await import('../services/paths');
    const { browserShellAdapter } = await import('./shellAdapter');
    const { startBrowserHost } = await import('./server');
    const root = await mkdtemp(join(tmpdir(), 'sw-canonical-'));
    await writeFile(join(root, 'index.html'), '<!doctype html>');
    const handlers = createHandlers({
      appName: 'Seller Workstation',
      appVersion: '0.0.0',
      paths: dataPathsFor(root),
      shell: browserShellAdapter,
    });
    const host = await startBrowserHost({ staticDir: root, handlers, port: 0 });
    try {
      const reply = await new Promise<{ status: number; location?: string }>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: host.port,
            path: '/?token=t',
            headers: { Host: `localhost:${host.port}` },
          },
          (res) => {
            res.resume();
            resolve({ status: res.statusCode ?? 0, location: res.headers.location });
          },
        );
        req.on('error', reject);
        req.end();
      });
      expect(reply).toEqual({ status: 308, location: `http://127.0.0.1:${host.port}/?token=t` });
    } finally {
      await host.close();
    }
  });
});

import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../services/handlers';
import { dataPathsFor } from '../services/paths';
import { browserShellAdapter } from './shellAdapter';
import { resolveStaticPath } from '../services/staticFiles';
import { startBrowserHost, tokenMatches, type BrowserHost } from './server';

let host: BrowserHost;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sw-host-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(tmpdir(), 'sw-secret.txt'), 'secret');
  const handlers = createHandlers({
    appName: 'Seller Workstation',
    appVersion: '9.9.9',
    paths: dataPathsFor(root),
    shell: browserShellAdapter,
  });
  host = await startBrowserHost({ staticDir: root, handlers, port: 0 });
});
afterAll(() => host.close());

type Reply = { status: number; body: string; headers: Record<string, string | string[] | undefined> };
function call(
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}
const api = (channel: string, body: unknown, token: string | null = host.token) =>
  call(`/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

describe('browser host', () => {
  it('prints a loopback URL that carries the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers app:info with the token', async () => {
    const reply = await api('app:info', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: true,
      value: { name: 'Seller Workstation', version: '9.9.9', shell: 'browser' },
    });
  });

  it('refuses bridge calls without a token or with a wrong one', async () => {
    expect((await api('app:info', {}, null)).status).toBe(401);
    expect((await api('app:info', {}, 'x'.repeat(host.token.length))).status).toBe(401);
  });

  it('refuses the page and its assets without the token', async () => {
    expect((await call('/')).status).toBe(401);
    expect((await call('/assets/app.js')).status).toBe(401);
  });

  it('serves the page with the token, sets a cookie and the CSP', async () => {
    const reply = await call(`/?token=${host.token}`);
    expect(reply.status).toBe(200);
    expect(String(reply.headers['set-cookie'])).toContain('HttpOnly');
    expect(String(reply.headers['content-security-policy'])).toContain("script-src 'self'");
    const asset = await call('/assets/app.js', { headers: { Cookie: `sw_token=${host.token}` } });
    expect(asset.status).toBe(200);
  });

  it('answers unknown channels and bad payloads as data, not crashes', async () => {
    expect(JSON.parse((await api('fs:delete', {})).body)).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
    expect(JSON.parse((await api('paths:reveal', { which: '../../etc' })).body)).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
    const broken = await call('/api/app:info', {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}` },
      body: '{',
    });
    expect(broken.status).toBe(400);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const reply = await call(`/?token=${host.token}`, { headers: { Host: 'evil.example:80' } });
    expect(reply.status).toBe(421);
  });

  it('does not serve files outside its folder', async () => {
    const reply = await call('/..%2f..%2fsw-secret.txt', { headers: { Cookie: `sw_token=${host.token}` } });
    expect(reply.status).toBe(404);
    expect(resolveStaticPath('/srv/app', '/../etc/passwd')).toBe('/srv/app/etc/passwd');
    expect(resolveStaticPath('/srv/app', '/%2e%2e/%2e%2e/etc/passwd')).toBe('/srv/app/etc/passwd');
    expect(resolveStaticPath('/srv/app', '/a%00b')).toBeUndefined();
  });

  it('compares tokens safely', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abd', 'abc')).toBe(false);
    expect(tokenMatches('ab', 'abc')).toBe(false);
    expect(tokenMatches(undefined, 'abc')).toBe(false);
  });

  it('listens on loopback only', async () => {
    const { networkInterfaces } = await import('node:os');
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!external) return; // no external interface on this machine: loopback-only holds trivially
    const reachable = await new Promise<boolean>((resolve) => {
      const req = request({ host: external.address, port: host.port, path: '/', timeout: 1000 }, () =>
        resolve(true),
      );
      req.on('error', () => resolve(false));
      req.on('timeout', () => (req.destroy(), resolve(false)));
      req.end();
    });
    expect(reachable).toBe(false);
  });
});

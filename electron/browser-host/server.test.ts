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

  it('serves the page and its assets to our own Host with no secret and sets no cookie', async () => {
    const page = await call('/');
    expect(page.status).toBe(200);
    expect(page.headers['set-cookie']).toBeUndefined();
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    expect((await call('/assets/app.js')).status).toBe(200);
  });

  it('leaves nothing in a cookie that another loopback server could replay against the API', async () => {
    // Cookies are not isolated by port: whatever the host sets, a server on 127.0.0.1:<other> receives.
    const withLink = await call(`/?token=${host.token}`);
    expect(withLink.status).toBe(200);
    const cookies = ([] as string[]).concat(withLink.headers['set-cookie'] ?? []);
    for (const cookie of cookies) expect(cookie).not.toContain(host.token);
    const replayed = cookies.map((c) => c.split(';')[0]?.split('=').slice(1).join('=') ?? '');
    for (const value of replayed) expect((await api('app:info', {}, value)).status).toBe(401);
    const cookieOnly = await call('/api/app:info', {
      method: 'POST',
      headers: { Cookie: `sw_token=${host.token}` },
      body: '{}',
    });
    expect(cookieOnly.status).toBe(401);
  });

  it('refuses API calls made by a page on another origin, even with the token', async () => {
    const fromOtherPort = await call('/api/app:info', {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, Origin: `http://127.0.0.1:${host.port + 1}` },
      body: '{}',
    });
    expect(fromOtherPort.status).toBe(403);
    const crossSite = await call('/api/app:info', {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, 'Sec-Fetch-Site': 'same-site' },
      body: '{}',
    });
    expect(crossSite.status).toBe(403);
    const ownPage = await call('/api/app:info', {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${host.token}`,
        Origin: `http://127.0.0.1:${host.port}`,
        'Sec-Fetch-Site': 'same-origin',
      },
      body: '{}',
    });
    expect(ownPage.status).toBe(200);
  });

  it('answers a malformed channel escape with 400, not a raw URIError', async () => {
    const reply = await api('%ZZ', {});
    expect(reply.status).toBe(400);
    expect(reply.body).not.toContain('URIError');
  });

  it('gives each channel a body limit that fits it', async () => {
    const big = JSON.stringify({ padding: 'x'.repeat(2 * 1024 * 1024) });
    const reply = await call('/api/app:info', {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
      body: big,
    });
    expect(reply.status).toBe(413);
    const upload = await api('photos:stage', {
      files: [{ name: 'a.jpg', bytesBase64: 'x'.repeat(2 * 1024 * 1024) }],
    });
    expect(upload.status).toBe(200);
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
    const reply = await call('/..%2f..%2fsw-secret.txt');
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

import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatch, type HandlerMap } from '@shared/bridge/dispatch';
import { securityHeaders } from '@shared/security/csp';
import { mimeTypeOf, resolveStaticPath } from '../services/staticFiles';
import { canonicalRedirect } from './canonical';

export interface BrowserHostOptions {
  staticDir: string;
  handlers: HandlerMap<BrowserCallContext>;
  /** 0 picks a free port; the default fixed port keeps IndexedDB's origin stable across restarts. */
  port: number;
  token?: string;
  maxBodyBytes?: number;
}

export interface BrowserCallContext {
  shell: 'browser';
}

export interface BrowserHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Loopback only: the workstation's data never listens on a network interface. */
export const LOOPBACK = '127.0.0.1';
const TOKEN_COOKIE = 'sw_token';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? newToken();
  const server = createServer((req, res) => {
    handle(req, res, { ...options, token, port: portOf(server) }).catch((error: unknown) => {
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: 'failed', message: String(error) } });
      else res.destroy();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, LOOPBACK, () => resolveListen());
  });
  const port = portOf(server);
  return {
    url: `http://${LOOPBACK}:${port}/?token=${token}`,
    port,
    token,
    close: () => closeServer(server),
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  options: BrowserHostOptions & { token: string; port: number },
): Promise<void> {
  // A page on another site can reach loopback through DNS rebinding; only our own Host name is served.
  if (!isOwnHost(req.headers.host, options.port)) return sendText(res, 421, 'Misdirected request');
  const canonical = canonicalRedirect(req.headers.host, req.url, options.port, LOOPBACK);
  if (canonical) return void res.writeHead(308, { Location: canonical }).end();
  const url = new URL(req.url ?? '/', `http://${LOOPBACK}:${options.port}`);

  if (url.pathname.startsWith('/api/')) {
    if (req.method !== 'POST')
      return sendJson(res, 405, { ok: false, error: { code: 'failed', message: 'Use POST' } });
    if (!tokenMatches(bearerToken(req), options.token)) return unauthorized(res);
    const body = await readJsonBody(req, options.maxBodyBytes ?? 64 * 1024 * 1024);
    if (!body.ok)
      return sendJson(res, 400, { ok: false, error: { code: 'invalid-arguments', message: body.message } });
    const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
    const result = await dispatch(options.handlers, channel, body.value, { shell: 'browser' });
    return sendJson(res, 200, result);
  }

  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
  const queryToken = url.searchParams.get('token');
  const presented = queryToken ?? cookieToken(req);
  if (!tokenMatches(presented, options.token)) return unauthorized(res);
  // The link carries the token once; a cookie lets the page load its own assets after that.
  if (queryToken)
    res.setHeader('Set-Cookie', `${TOKEN_COOKIE}=${options.token}; HttpOnly; SameSite=Strict; Path=/`);
  return serveStatic(res, options.staticDir, url.pathname, req.method === 'HEAD');
}

async function serveStatic(
  res: ServerResponse,
  root: string,
  pathname: string,
  headOnly: boolean,
): Promise<void> {
  const file = resolveStaticPath(root, pathname);
  if (!file) return sendText(res, 404, 'Not found');
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return sendText(res, 404, 'Not found');
  res.writeHead(200, {
    ...securityHeaders(),
    'Content-Type': mimeTypeOf(file),
    'Content-Length': info.size,
    'Cache-Control': file.endsWith('.html') ? 'no-store' : 'private, max-age=31536000, immutable',
  });
  if (headOnly) return void res.end();
  createReadStream(file).pipe(res);
}

export function isOwnHost(host: string | undefined, port: number): boolean {
  return host === `${LOOPBACK}:${port}` || host === `localhost:${port}`;
}

function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
}

function cookieToken(req: IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return value.join('=');
  }
  return undefined;
}

export function tokenMatches(presented: string | null | undefined, expected: string): boolean {
  if (!presented) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readJsonBody(
  req: IncomingMessage,
  limit: number,
): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return { ok: false, message: `Request body is larger than ${limit} bytes` };
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
  } catch {
    return { ok: false, message: 'Request body is not valid JSON' };
  }
}

function unauthorized(res: ServerResponse): void {
  sendText(
    res,
    401,
    'Unauthorized: open the link with ?token=… that the workstation printed when it started.',
  );
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end(text);
}

function portOf(server: Server): number {
  return (server.address() as AddressInfo | null)?.port ?? 0;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolveClose) => server.close(() => resolveClose()));
}

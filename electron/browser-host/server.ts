import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatch, type HandlerMap } from '@shared/bridge/dispatch';
import { securityHeaders } from '@shared/security/csp';
import { mimeTypeOf, resolveStaticPath } from '../services/staticFiles';
import { BodyBudget, bodyLimitFor } from './bodyLimits';
import { canonicalRedirect } from './canonical';

export interface BrowserHostOptions {
  staticDir: string;
  handlers: HandlerMap<BrowserCallContext>;
  /** 0 picks a free port; the default fixed port keeps IndexedDB's origin stable across restarts. */
  port: number;
  token?: string;
  /** Overrides every channel's own body limit (tests). */
  maxBodyBytes?: number;
  /** Bytes of request bodies read at the same time, across all requests. */
  bodyBudgetBytes?: number;
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
/** Enough for the largest single body (a 40 MiB photo as base64) plus a few small calls beside it. */
const DEFAULT_BODY_BUDGET = 96 * 1024 * 1024;

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? newToken();
  const budget = new BodyBudget(options.bodyBudgetBytes ?? DEFAULT_BODY_BUDGET);
  const server = createServer((req, res) => {
    handle(req, res, { ...options, token, budget, port: portOf(server) }).catch((error: unknown) => {
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

type HostState = BrowserHostOptions & { token: string; port: number; budget: BodyBudget };

async function handle(req: IncomingMessage, res: ServerResponse, options: HostState): Promise<void> {
  // A page on another site can reach loopback through DNS rebinding; only our own Host name is served.
  if (!isOwnHost(req.headers.host, options.port)) return sendText(res, 421, 'Misdirected request');
  const canonical = canonicalRedirect(req.headers.host, req.url, options.port, LOOPBACK);
  if (canonical) return void res.writeHead(308, { Location: canonical }).end();
  const url = new URL(req.url ?? '/', `http://${LOOPBACK}:${options.port}`);
  if (url.pathname.startsWith('/api/')) return handleApi(req, res, url, options);
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
  // The page and its assets hold no secret: any request with our Host gets them. The API token never goes
  // into a cookie, because cookies are not isolated by port — every other server on 127.0.0.1 would get it.
  return serveStatic(res, options.staticDir, url.pathname, req.method === 'HEAD');
}

async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  options: HostState,
): Promise<void> {
  if (req.method !== 'POST')
    return sendJson(res, 405, { ok: false, error: { code: 'failed', message: 'Use POST' } });
  // Second wall behind the token: a browser names the page that made the call, and only our own may.
  if (!isSameOriginCall(req, options.port))
    return sendJson(res, 403, {
      ok: false,
      error: { code: 'not-allowed', message: 'Calls from another site are refused' },
    });
  if (!tokenMatches(bearerToken(req), options.token)) return unauthorized(res);
  const channel = channelOf(url.pathname);
  if (channel === undefined)
    return sendJson(res, 400, {
      ok: false,
      error: { code: 'invalid-arguments', message: 'The channel name in the address is not valid' },
    });
  const body = await readJsonBody(req, options.maxBodyBytes ?? bodyLimitFor(channel), options.budget);
  if (!body.ok)
    return sendJson(res, body.status, { ok: false, error: { code: body.code, message: body.message } });
  const result = await dispatch(options.handlers, channel, body.value, { shell: 'browser' });
  return sendJson(res, 200, result);
}

/** `/api/<channel>` decoded; undefined for a malformed escape such as `%ZZ`. */
export function channelOf(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname.slice('/api/'.length));
  } catch {
    return undefined;
  }
}

/**
 * Browsers send `Origin` on every POST and `Sec-Fetch-Site` on every fetch; when present they must name this
 * very origin. Tools without a browser (tests, curl) send neither and still need the token.
 */
export function isSameOriginCall(req: Pick<IncomingMessage, 'headers'>, port: number): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return origin === `http://${LOOPBACK}:${port}` || origin === `http://localhost:${port}`;
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

export function tokenMatches(presented: string | null | undefined, expected: string): boolean {
  if (!presented) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

type BodyResult =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 413 | 503; code: 'invalid-arguments' | 'busy'; message: string };

async function readJsonBody(req: IncomingMessage, limit: number, budget: BodyBudget): Promise<BodyResult> {
  const tooLarge = {
    ok: false,
    status: 413,
    code: 'invalid-arguments',
    message: `Request body is larger than ${limit} bytes`,
  } as const;
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (declared > limit) return drain(req, tooLarge);
  const reserved = Number.isFinite(declared) ? declared : limit;
  if (!budget.take(reserved))
    return drain(req, {
      ok: false,
      status: 503,
      code: 'busy',
      message: 'The workstation is receiving other files; try again in a moment',
    });
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > limit) return drain(req, tooLarge);
      chunks.push(chunk as Buffer);
    }
    if (size === 0) return { ok: true, value: {} };
    try {
      return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
    } catch {
      return {
        ok: false,
        status: 400,
        code: 'invalid-arguments',
        message: 'Request body is not valid JSON',
      };
    }
  } finally {
    budget.give(reserved);
  }
}

/** Answers without reading the rest: the socket is closed after the reply, so nothing more is buffered. */
function drain<T>(req: IncomingMessage, result: T): T {
  req.resume();
  return result;
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

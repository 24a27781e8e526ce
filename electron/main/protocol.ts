import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { securityHeaders } from '@shared/security/csp';
import { APP_HOST, APP_PROTOCOL } from '@shared/security/trustedUrl';
import { mimeTypeOf, resolveStaticPath } from '../services/staticFiles';

/** Must run before `app.ready`: a standard, secure scheme gets a stable origin, so IndexedDB never moves. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_PROTOCOL,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_PROTOCOL, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveStaticPath(rendererDir, url.pathname) : undefined;
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, { headers: { ...securityHeaders(), 'Content-Type': mimeTypeOf(file) } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

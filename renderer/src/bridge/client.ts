import type { BridgeApi } from '@shared/bridge/api';
import { BRIDGE_GLOBAL, type ArgsOf, type Channel, type ResultOf } from '@shared/bridge/contract';
import type { BridgeResult } from '@shared/bridge/result';

const TOKEN_KEY = 'sw.token';

/**
 * The browser host hands its token once, in the link it prints. Keep it for this tab's session and
 * take it out of the address bar so it is not bookmarked or shared by accident.
 */
export function takeBrowserToken(
  location: Location = window.location,
  storage: Storage = sessionStorage,
): string | undefined {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY) ?? undefined;
}

/** The same `invoke` the preload exposes, carried over loopback HTTP. */
export function httpBridge(token: string | undefined, fetchImpl: typeof fetch = fetch): BridgeApi {
  return {
    async invoke<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<BridgeResult<ResultOf<C>>> {
      try {
        const response = await fetchImpl(`/api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            ...(token ? { Authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify(args),
        });
        if (response.status === 401)
          return {
            ok: false,
            error: {
              code: 'unauthorized',
              message: 'The workstation service refused this page (token missing or expired)',
            },
          };
        return (await response.json()) as BridgeResult<ResultOf<C>>;
      } catch (error) {
        return {
          ok: false,
          error: { code: 'failed', message: error instanceof Error ? error.message : String(error) },
        };
      }
    },
  };
}

function resolveBridge(): BridgeApi {
  const exposed = (globalThis as Record<string, unknown>)[BRIDGE_GLOBAL] as BridgeApi | undefined;
  return exposed ?? httpBridge(takeBrowserToken());
}

export const bridge: BridgeApi = resolveBridge();

/** For callers that want the value or an exception with the service's message (React Query style). */
export async function call<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
  const result = await bridge.invoke(channel, args);
  if (!result.ok) throw new BridgeCallError(result.error.code, result.error.message);
  return result.value;
}

export class BridgeCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'BridgeCallError';
  }
}

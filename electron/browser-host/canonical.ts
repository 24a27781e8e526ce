/**
 * IndexedDB belongs to an origin: the same host opened as `localhost:<port>` shows an empty store next to the
 * real one at `127.0.0.1:<port>`. The host answers one canonical address and sends the other there (path,
 * query and token kept), so a bookmark or a typed "localhost" still finds the user's data.
 */
export function canonicalRedirect(
  host: string | undefined,
  url: string | undefined,
  port: number,
  canonicalHost = '127.0.0.1',
): string | undefined {
  if (host !== `localhost:${port}`) return undefined;
  const path = url?.startsWith('/') ? url : '/';
  return `http://${canonicalHost}:${port}${path}`;
}

/**
 * Links the app may hand to the operating system's browser. Only https, only hosts a seller needs
 * (AliExpress seller centre, carriers' tracking pages), never credentials in the URL.
 */
export const EXTERNAL_HOST_ALLOWLIST: readonly string[] = [
  'aliexpress.com',
  'aliexpress.ru',
  'alibaba.com',
  'cainiao.com',
  'global.cainiao.com',
  '17track.net',
  'dhl.com',
  'ups.com',
  'ems.com.cn',
  '11185.cn',
];

export function isAllowedExternalUrl(
  raw: string,
  allowlist: readonly string[] = EXTERNAL_HOST_ALLOWLIST,
): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false;
  const host = url.hostname.toLowerCase();
  return allowlist.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

/** The renderer's own origins: the custom protocol in Electron, the loopback host in the browser shell. */
export const APP_PROTOCOL = 'app';
export const APP_HOST = 'workstation';
export const APP_ORIGIN = `${APP_PROTOCOL}://${APP_HOST}`;

export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_PROTOCOL}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

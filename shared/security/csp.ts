/**
 * The one Content-Security-Policy of the renderer, served by both shells. No 'unsafe-eval' anywhere;
 * 'unsafe-inline' for styles only, because Mantine writes its CSS variables into a <style> element.
 */
export function contentSecurityPolicy(options: { devServerOrigin?: string } = {}): string {
  const self = options.devServerOrigin ? `'self' ${options.devServerOrigin}` : "'self'";
  const connect = options.devServerOrigin
    ? `${self} ${options.devServerOrigin.replace(/^http/, 'ws')}`
    : self;
  return [
    `default-src ${self}`,
    `script-src ${self}`,
    `style-src ${self} 'unsafe-inline'`,
    `img-src ${self} data: blob:`,
    `font-src ${self} data:`,
    `connect-src ${connect}`,
    `worker-src ${self} blob:`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Headers every renderer response carries, whichever shell serves it. */
export function securityHeaders(csp = contentSecurityPolicy()): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}

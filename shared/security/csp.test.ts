import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from './csp';

const directives = (csp: string) =>
  Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );

describe('contentSecurityPolicy', () => {
  const csp = contentSecurityPolicy();
  const d = directives(csp);

  it('never allows eval', () => expect(csp).not.toContain('unsafe-eval'));
  it('allows inline code for no script', () => expect(d['script-src']).toEqual(["'self'"]));
  it('loads nothing from other origins by default', () => expect(d['default-src']).toEqual(["'self'"]));
  it('blocks plugins, framing, base and form hijacking', () => {
    expect(d['object-src']).toEqual(["'none'"]);
    expect(d['frame-ancestors']).toEqual(["'none'"]);
    expect(d['base-uri']).toEqual(["'none'"]);
    expect(d['form-action']).toEqual(["'none'"]);
  });
  it('talks only to its own origin', () => expect(d['connect-src']).toEqual(["'self'"]));
  it('adds the dev server only when asked', () => {
    expect(contentSecurityPolicy({ devServerOrigin: 'http://localhost:5173' })).toContain(
      'ws://localhost:5173',
    );
  });
  it('ships the CSP and nosniff as headers', () => {
    const headers = securityHeaders();
    expect(headers['Content-Security-Policy']).toBe(csp);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});

// @vitest-environment node
import { readFileSync } from 'node:fs';
import { cspContent, cspPlugin, injectCsp } from './cspPlugin';

const indexHtml = readFileSync('index.html', 'utf8');

describe('CSP plugin', () => {
  it('puts a strict policy first in <head> of index.html', () => {
    const out = injectCsp(indexHtml);
    const at = out.indexOf('Content-Security-Policy');
    expect(at).toBeGreaterThan(out.indexOf('<meta charset'));
    expect(at).toBeLessThan(out.indexOf('<script'));
    expect(at).toBeLessThan(out.indexOf('<link'));
    const policy = /content="([^"]+)"/.exec(out.slice(out.indexOf('Content-Security-Policy')))![1];
    const d = Object.fromEntries(policy.split(';').map((p) => p.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(d['default-src']).toEqual(["'self'"]);
    expect(d['script-src']).toContain("'self'");
    expect(d['script-src']).not.toContain("'unsafe-inline'");
    expect(d['script-src']).not.toContain("'unsafe-eval'");
    expect(d['connect-src']).toEqual(["'self'"]);
    expect(d['object-src']).toEqual(["'none'"]);
    expect(d['base-uri']).toEqual(["'none'"]);
    expect(d['form-action']).toEqual(["'none'"]);
    expect(d['worker-src']).toEqual(["'self'", 'blob:']);
    expect(d['img-src']).toEqual(["'self'", 'data:', 'blob:']);
    // No host anywhere: nothing remote can be loaded.
    expect(policy).not.toMatch(/https?:|\*/);
    expect(policy).toBe(cspContent());
  });

  it('is idempotent, refuses an inline script, and runs only for builds', () => {
    const once = injectCsp(indexHtml);
    expect(injectCsp(once)).toBe(once);
    expect(() => injectCsp('<html><head></head><body><script>alert(1)</script></body></html>')).toThrow(/inline <script>/);
    expect(() => injectCsp('<html><head><script type="module" src="/a.js"></script></head></html>')).not.toThrow();
    const p = cspPlugin();
    expect(p.apply).toBe('build');
  });
});

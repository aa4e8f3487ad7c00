import { readFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_META,
  cspMetaTag,
  installContentSecurityPolicy,
  withPolicyHeader,
  type HeaderSession,
} from '../../../electron/csp.ts';

function directives(policy: string): Map<string, string> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name ?? '', sources.join(' ')]));
}

describe('Content-Security-Policy', () => {
  it('allows only the app itself', () => {
    expect(Object.fromEntries(directives(CONTENT_SECURITY_POLICY))).toEqual({
      'default-src': "'none'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
  });

  it('never allows inline or evaluated script or inline style', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy.get('script-src')).not.toMatch(/unsafe|\*|data:|http/);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-');
  });

  it('leaves frame-ancestors out of the meta tag, where browsers ignore it', () => {
    expect(CONTENT_SECURITY_POLICY_META).not.toContain('frame-ancestors');
    expect(CONTENT_SECURITY_POLICY_META).toContain("script-src 'self'");
    expect(cspMetaTag()).toBe(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}">`);
  });

  it('is set on every response of the session, replacing any other policy', () => {
    let listener: Parameters<HeaderSession['webRequest']['onHeadersReceived']>[0] | undefined;
    installContentSecurityPolicy({ webRequest: { onHeadersReceived: (l) => void (listener = l) } });
    const callback = vi.fn();
    listener?.({ responseHeaders: { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
    expect(withPolicyHeader(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });
});

describe('the renderer page', () => {
  it('carries the same policy in its meta tag', async () => {
    const html = await readFile(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta, 'renderer/index.html has a CSP meta tag').toBeDefined();
    expect(Object.fromEntries(directives(meta ?? ''))).toEqual(Object.fromEntries(directives(CONTENT_SECURITY_POLICY_META)));
  });
});

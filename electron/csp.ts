/**
 * The renderer's Content-Security-Policy: nothing loads unless listed, and
 * only from the app itself. No inline or evaluated script, no network, no
 * frames, no forms, no `<base>`. Styles come from the app's stylesheet only:
 * no `<style>` elements and no `style="…"` attributes (TipTap runs with
 * `injectCSS: false`; React's `style` props go through the CSSOM, which CSP
 * does not restrict), so 'unsafe-inline' is not needed.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

type Directive = keyof typeof CSP_DIRECTIVES;

function build(skip: readonly Directive[] = []): string {
  return (Object.entries(CSP_DIRECTIVES) as [Directive, readonly string[]][])
    .filter(([name]) => !skip.includes(name))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The policy as an HTTP header value, sent with every renderer response. */
export const CONTENT_SECURITY_POLICY = build();

/**
 * The same policy for the renderer's `<meta http-equiv="Content-Security-Policy">`,
 * which still applies if the page is ever loaded without the header.
 * `frame-ancestors` is left out: browsers ignore it in a meta tag and warn.
 */
export const CONTENT_SECURITY_POLICY_META = build(['frame-ancestors']);

/** The meta tag to put first in the renderer's `<head>`. */
export function cspMetaTag(): string {
  return `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}">`;
}

type HeadersCallback = (response: { responseHeaders?: Record<string, string[] | string> }) => void;

/** The part of Electron's `session` that sets response headers. */
export interface HeaderSession {
  webRequest: {
    onHeadersReceived(listener: (details: { responseHeaders?: Record<string, string[]> }, callback: HeadersCallback) => void): void;
  };
}

/**
 * Adds the policy to every response the session receives, replacing any
 * policy a response brought (header names compared without case).
 */
export function installContentSecurityPolicy(session: HeaderSession, policy: string = CONTENT_SECURITY_POLICY): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withPolicyHeader(details.responseHeaders, policy) });
  });
}

/** Response headers with `Content-Security-Policy` set to `policy`; exported for tests. */
export function withPolicyHeader(headers: Record<string, string[]> | undefined, policy: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  }
  out['Content-Security-Policy'] = [policy];
  return out;
}

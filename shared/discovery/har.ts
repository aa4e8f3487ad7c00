import { z } from 'zod';
import { durationFromSeconds } from './duration.ts';
import { collect } from './collect.ts';
import { hostOfUrl, normalizeHost } from './site.ts';
import type { DiscoveryResult, FoundCookie } from './types.ts';

/** The parts of a HAR 1.2 file (as Chrome, Firefox and Safari save it) that say which cookies were set or sent. */
const harCookie = z.looseObject({
  name: z.string(),
  domain: z.string().optional(),
  expires: z.string().nullable().optional(),
});
const header = z.looseObject({ name: z.string(), value: z.string() });
const har = z.looseObject({
  log: z.looseObject({
    pages: z.array(z.looseObject({ title: z.string().optional(), startedDateTime: z.string().optional() })).optional(),
    entries: z.array(
      z.looseObject({
        startedDateTime: z.string().optional(),
        request: z.looseObject({ url: z.string(), cookies: z.array(harCookie).optional() }),
        response: z.looseObject({ cookies: z.array(harCookie).optional(), headers: z.array(header).optional() }).optional(),
      }),
    ),
  }),
});
type HarCookie = z.infer<typeof harCookie>;

/** A `Set-Cookie` header's name, Domain and lifetime, for a HAR whose `response.cookies` is empty (some tools leave it so). */
export function parseSetCookie(value: string, sentAt: number): HarCookie | null {
  const [pair, ...attributes] = value.split(';');
  const eq = pair?.indexOf('=') ?? -1;
  const name = eq > 0 ? pair!.slice(0, eq).trim() : '';
  if (name === '') return null;
  const cookie: HarCookie = { name };
  let maxAge: number | undefined;
  for (const attribute of attributes) {
    const [key = '', ...rest] = attribute.split('=');
    const v = rest.join('=').trim();
    const k = key.trim().toLowerCase();
    if (k === 'domain' && v) cookie.domain = v;
    if (k === 'expires' && v) {
      const at = Date.parse(v);
      cookie.expires = Number.isNaN(at) ? null : new Date(at).toISOString();
    }
    if (k === 'max-age' && /^-?\d+$/.test(v)) maxAge = Number(v);
  }
  // Max-Age wins over Expires, as in browsers.
  if (maxAge !== undefined && !Number.isNaN(sentAt)) cookie.expires = new Date(sentAt + maxAge * 1000).toISOString();
  return cookie;
}

function lifetime(expires: string | null | undefined, sentAt: number): FoundCookie['duration'] {
  if (!expires) return { kind: 'session' };
  const at = Date.parse(expires);
  // Firefox writes "1970-01-01T00:00:00.000Z" (or nothing) for a session cookie.
  if (Number.isNaN(at) || at <= 0 || Number.isNaN(sentAt)) return { kind: 'session' };
  return durationFromSeconds((at - sentAt) / 1000);
}

/**
 * The cookies a HAR file shows: each one a response set (with its lifetime)
 * or a request sent (lifetime unknown), on the host of the first page
 * recorded. Party is decided against that page's site.
 */
export function parseHar(text: string): DiscoveryResult {
  let json: unknown;
  try {
    // Some tools save HAR files with a byte-order mark, which JSON.parse refuses.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: 'is not a HAR file: it is not JSON (save it from the browser\'s developer tools, Network tab, "Save all as HAR")' };
  }
  const parsed = har.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `is not a HAR file: ${issue ? `${issue.path.join('.') || 'the file'}: ${issue.message}` : 'no log.entries'}` };
  }
  const { pages, entries } = parsed.data.log;
  const firstPage = pages?.map((p) => (p.title ? hostOfUrl(p.title) : null)).find((h) => h !== null);
  const site = firstPage ?? entries.map((e) => hostOfUrl(e.request.url)).find((h) => h !== null) ?? null;
  if (site === null) return { ok: false, message: 'is a HAR file without any http(s) request, so no site to compare cookies with' };
  const seen = collect(site);
  for (const entry of entries) {
    const host = hostOfUrl(entry.request.url);
    if (host === null) continue;
    const sentAt = Date.parse(entry.startedDateTime ?? '');
    const fromHeaders = (entry.response?.headers ?? []).filter((h) => h.name.toLowerCase() === 'set-cookie').flatMap((h) => h.value.split('\n'));
    const set = entry.response?.cookies?.length ? entry.response.cookies : fromHeaders.map((v) => parseSetCookie(v, sentAt)).filter((c): c is HarCookie => c !== null);
    for (const c of set) seen.add({ name: c.name, domain: c.domain ? normalizeHost(c.domain) : host, storage: 'cookie', duration: lifetime(c.expires, sentAt) });
    for (const c of entry.request.cookies ?? []) seen.add({ name: c.name, domain: c.domain ? normalizeHost(c.domain) : host, storage: 'cookie', duration: null }, 'sent');
  }
  return { ok: true, site, found: seen.list() };
}

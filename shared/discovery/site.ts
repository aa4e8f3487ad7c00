import type { Party } from './types.ts';

/**
 * Second-level suffixes under which every name is a separate site. Not the
 * whole Public Suffix List (which the app does not ship): the common
 * country ones, enough to tell `shop.example.co.uk` and `ads.other.co.uk`
 * apart. A site under a suffix missing here is grouped one level too high,
 * which makes a third party look like a first party; the review shows the
 * domain, so the person can correct it.
 */
const TWO_LEVEL_SUFFIXES = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'me.uk', 'ltd.uk', 'plc.uk',
  'com.au', 'net.au', 'org.au', 'co.nz', 'org.nz', 'co.jp', 'ne.jp', 'or.jp',
  'com.br', 'net.br', 'org.br', 'com.mx', 'co.za', 'com.tr', 'co.in', 'com.cn', 'com.hk', 'com.sg',
  'co.kr', 'com.ar', 'com.pl', 'com.es', 'co.il', 'com.ua', 'co.at', 'or.at',
]);

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** A host as cookies name it: lower case, without a leading dot, a port or IPv6 brackets. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/^\./, '').replace(/^\[(.*)\]$/, '$1').replace(/:\d+$/, '');
}

/** The site a host belongs to ("www.shop.example.com" → "example.com"); an IP address or a single-label name is its own site. */
export function siteOf(host: string): string {
  const h = normalizeHost(host);
  if (IPV4.test(h) || h.includes(':')) return h;
  const labels = h.split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const lastTwo = labels.slice(-2).join('.');
  return labels.slice(TWO_LEVEL_SUFFIXES.has(lastTwo) ? -3 : -2).join('.');
}

/** First party when the cookie's domain is on the same site as the page, else third. */
export function partyOf(cookieDomain: string, pageHost: string): Party {
  return siteOf(cookieDomain) === siteOf(pageHost) ? 'first' : 'third';
}

/** The host of an http(s) URL, or null for anything else. */
export function hostOfUrl(text: string): string | null {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? normalizeHost(url.hostname) : null;
  } catch {
    return null;
  }
}

import { describe, expect, it } from 'vitest';
import { cookies, findService, formatCookieDuration, services } from '../../../shared/library/index.ts';
import { isCountryCode } from '../../../shared/model/countries.ts';
import { DOCUMENT_LANGUAGES } from '../../../shared/model/languages.ts';
import { COOKIE_CATEGORIES, RECIPIENT_ROLES, TRANSFER_MECHANISMS } from '../../../shared/model/schema.ts';

/** The shipped library's integrity: what the form and the interview fill in must be sourced, typed and in every language. */
describe('library services', () => {
  const all = services();

  it('has at least 40 services with unique ids, including the Nordic and European ones', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    for (const id of ['vipps-mobilepay', 'klarna', 'adyen', 'mollie', 'fortnox', 'hetzner', 'ovhcloud', 'scaleway', 'brevo', 'stripe', 'paypal', 'shopify', 'mailchimp', 'google-analytics', 'meta-pixel']) {
      expect(findService(id), id).toBeDefined();
    }
  });

  it.each(all.map((s) => [s.id, s] as const))('%s has a source, a checked date, a valid role, countries and texts in every language', (_id, s) => {
    expect(s.source.length).toBeGreaterThan(0);
    for (const url of s.source) expect(url).toMatch(/^https:\/\//);
    expect(s.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(RECIPIENT_ROLES).toContain(s.role);
    // A country no vendor page confirms is left empty, for the user to enter: only in an entry marked unverified.
    if (!s.unverified) expect(s.storedIn.length).toBeGreaterThan(0);
    for (const c of [...s.storedIn, ...s.accessedFrom]) expect(isCountryCode(c), c).toBe(true);
    for (const m of Object.values(s.transfers)) expect(TRANSFER_MECHANISMS).toContain(m);
    for (const lang of DOCUMENT_LANGUAGES) expect(s.activity[lang].trim(), lang).not.toBe('');
    expect(s.privacyPolicyUrl).toMatch(/^https:\/\//);
  });

  it('writes each language natively: no two languages share a service text, except where a name is the whole text', () => {
    for (const s of all) {
      const texts = DOCUMENT_LANGUAGES.map((l) => s.activity[l]);
      expect(new Set(texts).size, s.id).toBe(texts.length);
    }
  });

  it('keeps PayPal and advertising tools out of the processor role', () => {
    expect(findService('paypal')?.role).toBe('independent-controller');
    expect(findService('meta-pixel')?.role).not.toBe('processor');
    expect(findService('google-ads')?.role).not.toBe('processor');
    expect(findService('stripe')?.role).toBe('processor');
  });

  it('states a transfer tool only for entries read against their sources', () => {
    for (const s of all) if (s.unverified) expect(s.transfers, s.id).toEqual({});
  });

  it("links services to the cookies they set, and every link resolves", () => {
    const ids = new Set(cookies().map((c) => c.id));
    for (const s of all) for (const id of s.cookies) expect(ids.has(id), `${s.id} → ${id}`).toBe(true);
    expect(findService('google-analytics')?.cookies).toContain('google-analytics-ga');
  });
});

describe('library cookies', () => {
  const all = cookies();

  it('has at least 300 cookies with unique ids', () => {
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
  });

  it('gives every cookie a category, a duration and a purpose in every language', () => {
    for (const c of all) {
      expect(COOKIE_CATEGORIES).toContain(c.category);
      for (const lang of DOCUMENT_LANGUAGES) {
        expect(c.purpose[lang].trim(), `${c.id} ${lang}`).not.toBe('');
        expect(formatCookieDuration(c.duration, lang).trim()).not.toBe('');
      }
      expect(c.source).toMatch(/^Open Cookie Database [0-9a-f-]{36}$/);
    }
  });

  it('links a cookie only to a service the library has', () => {
    for (const c of all) if (c.serviceId !== undefined) expect(findService(c.serviceId), c.id).toBeDefined();
  });

  it('states durations in the document language', () => {
    const ga = all.find((c) => c.id === 'google-analytics-ga')!;
    expect(formatCookieDuration(ga.duration, 'en')).toBe('2 years');
    expect(formatCookieDuration(ga.duration, 'de')).toBe('2 Jahre');
    expect(formatCookieDuration(ga.duration, 'sv')).toBe('2 år');
    expect(formatCookieDuration({ kind: 'session' }, 'fr')).toMatch(/^Session/);
  });
});

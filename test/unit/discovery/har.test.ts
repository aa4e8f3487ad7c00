import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHar, parseSetCookie } from '../../../shared/discovery/har.ts';

const fixture = readFileSync(new URL('../../fixtures/discovery/shop.har', import.meta.url), 'utf8');

describe('parseHar', () => {
  it('finds every cookie set or sent once, first or third party against the first page, with its lifetime', () => {
    const result = parseHar(fixture);
    if (!result.ok) throw new Error(result.message);
    expect(result.site).toBe('www.nordlys-shop.example');
    const byName = Object.fromEntries(result.found.map((f) => [f.name, f]));
    expect(Object.keys(byName).sort()).toEqual(['IDE', '_fbp', '_ga', '_ga_X1Y2Z3', 'shop_session', 'uid7']);
    expect(byName._ga).toEqual({ name: '_ga', domain: 'nordlys-shop.example', party: 'first', storage: 'cookie', duration: { kind: 'fixed', amount: 2, unit: 'years' } });
    expect(byName.shop_session).toMatchObject({ party: 'first', duration: { kind: 'session' } });
    // Set by a script, only seen being sent: no lifetime observed.
    expect(byName._fbp).toMatchObject({ party: 'first', domain: 'www.nordlys-shop.example', duration: null });
    // From the Set-Cookie header (response.cookies left empty), Max-Age 390 days.
    expect(byName.IDE).toMatchObject({ party: 'third', domain: 'doubleclick.net', duration: { kind: 'fixed', amount: 1, unit: 'years' } });
    expect(byName.uid7).toMatchObject({ party: 'third', domain: 'tracker.example-ads.example' });
  });

  it('reads a HAR file saved with a byte-order mark', () => {
    expect(parseHar(`\uFEFF${fixture}`)).toMatchObject({ ok: true, site: 'www.nordlys-shop.example' });
  });

  it('names what is wrong with a file that is not a HAR', () => {
    expect(parseHar('<html>')).toEqual({ ok: false, message: expect.stringContaining('is not a HAR file: it is not JSON') });
    expect(parseHar('{"log":{}}')).toEqual({ ok: false, message: expect.stringMatching(/^is not a HAR file: log\.entries: /) });
    expect(parseHar('{"log":{"entries":[]}}')).toEqual({ ok: false, message: expect.stringContaining('without any http(s) request') });
  });

  it('reads a Set-Cookie header: Max-Age wins over Expires, a bad date is a session cookie', () => {
    const at = Date.parse('2026-01-01T00:00:00Z');
    expect(parseSetCookie('a=1; Expires=Wed, 01 Jan 2031 00:00:00 GMT; Max-Age=60; Domain=.x.example', at)).toEqual({ name: 'a', domain: '.x.example', expires: '2026-01-01T00:01:00.000Z' });
    expect(parseSetCookie('b=2; Expires=not a date', at)).toEqual({ name: 'b', expires: null });
    expect(parseSetCookie('=nameless', at)).toBeNull();
  });
});

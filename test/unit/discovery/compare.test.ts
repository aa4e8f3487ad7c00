import { describe, expect, it } from 'vitest';
import { compareWithProject } from '../../../shared/discovery/compare.ts';
import { cookieRowFrom } from '../../../shared/discovery/to-cookie.ts';
import { partyOf, siteOf } from '../../../shared/discovery/site.ts';
import type { FoundCookie } from '../../../shared/discovery/types.ts';
import { cookies } from '../../../shared/library/index.ts';
import type { Cookie } from '../../../shared/model/schema.ts';

const found = (name: string, domain: string, party: FoundCookie['party'] = 'first', duration: FoundCookie['duration'] = null): FoundCookie => ({ name, domain, party, storage: 'cookie', duration });
const listed = (name: string): Cookie => ({ name, provider: 'X', category: 'analytics', purpose: 'p', duration: 'd', party: 'first' });

describe('compareWithProject', () => {
  it('proposes found cookies as new or already listed, and lists the rows no longer seen', () => {
    const rows = compareWithProject([found('_ga', 'shop.example'), found('_ga_NEW1', 'shop.example'), found('mystery', 'shop.example')], [listed('_ga'), listed('_ga_OLD9'), listed('_fbp')], cookies());
    expect(rows.map((r) => [r.status, r.status === 'gone' ? r.listed.name : r.found.name, r.status === 'gone' ? undefined : r.match?.id])).toEqual([
      ['listed', '_ga', 'google-analytics-ga'],
      // The same Google Analytics pattern as the listed _ga_OLD9: the same cookie with another container id.
      ['listed', '_ga_NEW1', 'google-analytics-ga-prefix'],
      ['new', 'mystery', undefined],
      ['gone', '_fbp', undefined],
    ]);
  });

  it('matches a listed pattern such as _hj* to the names it covers', () => {
    const rows = compareWithProject([found('_hjSession_1', 'shop.example')], [listed('_hj*')], []);
    expect(rows).toEqual([{ status: 'listed', found: found('_hjSession_1', 'shop.example'), listedIndex: 0 }]);
  });
});

describe('cookieRowFrom', () => {
  it("fills a row from the library in the project's languages, with the party and lifetime seen", () => {
    const [row] = compareWithProject([found('IDE', 'doubleclick.net', 'third', { kind: 'fixed', amount: 13, unit: 'months' })], [], cookies());
    if (!row || row.status === 'gone') throw new Error('no row');
    const cookie = cookieRowFrom(row, ['en', 'sv']);
    expect(cookie).toMatchObject({ name: 'IDE', provider: 'Google Ads', category: 'marketing', party: 'third', duration: { en: '13 months', sv: '13 månader' } });
    expect(cookie.purpose).toMatchObject({ en: expect.any(String), sv: expect.any(String) });
  });

  it('leaves an unknown cookie\'s purpose empty for the person, with the category they chose', () => {
    const [row] = compareWithProject([found('mystery', 'shop.example', 'first', { kind: 'session' })], [], cookies());
    if (!row || row.status === 'gone') throw new Error('no row');
    expect(cookieRowFrom(row, ['en'], 'functional')).toEqual({ name: 'mystery', provider: 'shop.example', category: 'functional', purpose: '', duration: { en: 'Session (deleted when the browser closes)' }, party: 'first' });
  });
});

describe('party', () => {
  it('compares sites, not hosts: subdomains are first party, other sites and local hosts third', () => {
    expect(siteOf('www.shop.example.co.uk')).toBe('example.co.uk');
    expect(partyOf('.example.co.uk', 'www.example.co.uk')).toBe('first');
    expect(partyOf('ads.other.co.uk', 'www.example.co.uk')).toBe('third');
    expect(partyOf('localhost', '127.0.0.1')).toBe('third');
    expect(partyOf('127.0.0.1', '127.0.0.1')).toBe('first');
  });
});

describe('durations', () => {
  it('states a lifetime in the largest fitting unit, allowing for the moment between setting and reading', async () => {
    const { durationFromSeconds, parseDurationText } = await import('../../../shared/discovery/duration.ts');
    expect(durationFromSeconds(3_590)).toEqual({ kind: 'fixed', amount: 1, unit: 'hours' });
    expect(durationFromSeconds(400 * 86_400)).toEqual({ kind: 'fixed', amount: 1, unit: 'years' });
    expect(durationFromSeconds(90 * 86_400)).toEqual({ kind: 'fixed', amount: 3, unit: 'months' });
    expect(parseDurationText('Session')).toEqual({ kind: 'session' });
    expect(parseDurationText('2y')).toEqual({ kind: 'fixed', amount: 2, unit: 'years' });
    expect(parseDurationText('soon')).toBeNull();
  });
});

describe('applyDiscovery', () => {
  it('adds the ticked new cookies and removes the ticked rows no longer seen, leaving the rest', async () => {
    const { applyDiscovery } = await import('../../../shared/discovery/apply.ts');
    const { buildProject } = await import('../../fixtures/project-builder.ts');
    const project = buildProject({ languages: ['en', 'sv'], cookies: [listed('_ga'), listed('old_banner'), listed('keep_me')] });
    const rows = compareWithProject([found('_ga', 'shop.example'), found('IDE', 'doubleclick.net', 'third'), found('mystery', 'shop.example'), found('_gid', 'shop.example')], project.cookies, cookies());
    const index = (name: string) => rows.findIndex((r) => (r.status === 'gone' ? r.listed.name : r.found.name) === name);
    const next = applyDiscovery(project, rows, { add: new Map([[index('IDE'), undefined], [index('mystery'), 'functional']]), remove: new Set([index('old_banner')]) });
    expect(next.cookies.map((c) => [c.name, c.category, c.party])).toEqual([
      ['_ga', 'analytics', 'first'],
      ['keep_me', 'analytics', 'first'],
      ['IDE', 'marketing', 'third'],
      ['mystery', 'functional', 'first'],
    ]);
    expect(applyDiscovery(project, rows, { add: new Map(), remove: new Set() })).toBe(project);
  });
});

describe('rowDuration', () => {
  it("prefers the library's duration to a lifetime a scan saw cut to the browser's 400-day limit", async () => {
    const { rowDuration } = await import('../../../shared/discovery/to-cookie.ts');
    const [capped, unknown] = compareWithProject([{ ...found('_ga', 'shop.example', 'first', { kind: 'fixed', amount: 1, unit: 'years' }), atBrowserLimit: true }, { ...found('mine', 'shop.example', 'first', { kind: 'fixed', amount: 1, unit: 'years' }), atBrowserLimit: true }], [], cookies());
    if (!capped || capped.status === 'gone' || !unknown || unknown.status === 'gone') throw new Error('no rows');
    expect(rowDuration(capped)).toEqual({ kind: 'fixed', amount: 2, unit: 'years' });
    expect(rowDuration(unknown)).toEqual({ kind: 'fixed', amount: 1, unit: 'years' });
  });
});

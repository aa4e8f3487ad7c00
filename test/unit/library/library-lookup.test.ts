import { describe, expect, it } from 'vitest';
import { matchCookie, searchCookies, searchServices } from '../../../shared/library/index.ts';
import { choosePurpose, parseRetention } from '../../../shared/library/ocd-import.ts';
import { parseCsv } from '../../../shared/library/csv.ts';
import { runCli } from '../../../shared/cli/main.ts';

describe('searchServices', () => {
  it('finds a service by its name, case and accents aside, best match first', () => {
    expect(searchServices('stripe')[0]?.id).toBe('stripe');
    expect(searchServices('FORTNOX')[0]?.id).toBe('fortnox');
    expect(searchServices('google').map((s) => s.id)).toEqual(expect.arrayContaining(['google-analytics', 'google-ads']));
  });
  it('finds by legal entity and by kind, and nothing for unknown text', () => {
    expect(searchServices('Rocket Science').map((s) => s.id)).toContain('mailchimp');
    expect(searchServices('payments').map((s) => s.id)).toEqual(expect.arrayContaining(['stripe', 'klarna', 'vipps-mobilepay']));
    expect(searchServices('no such vendor xyz')).toEqual([]);
  });
});

describe('matchCookie', () => {
  it('matches an exact name', () => {
    expect(matchCookie('_ga')?.provider).toBe('Google Analytics');
    expect(matchCookie('_ga')?.serviceId).toBe('google-analytics');
  });
  it('matches a pattern by its longest prefix, not a shorter exact name', () => {
    const c = matchCookie('_ga_ABC123');
    expect(c?.name).toBe('_ga_');
    expect(c?.match).toBe('prefix');
  });
  it('compares names case-sensitively, as browsers do, and finds nothing for an unknown name', () => {
    expect(matchCookie('_GA')).toBeUndefined();
    expect(matchCookie('my-own-cookie-42')).toBeUndefined();
  });
  it('searches cookies by provider', () => {
    expect(searchCookies('hotjar').every((c) => c.provider === 'Hotjar')).toBe(true);
  });
});

describe('Open Cookie Database import', () => {
  it('reads retention texts, and refuses to guess an unclear one', () => {
    expect(parseRetention('2 years')).toEqual({ kind: 'fixed', amount: 2, unit: 'years' });
    expect(parseRetention('End of session (browser)')).toEqual({ kind: 'session' });
    expect(parseRetention('3 weeks')).toEqual({ kind: 'fixed', amount: 21, unit: 'days' });
    expect(parseRetention('Varies')).toBeUndefined();
    expect(parseRetention('Unknown')).toBeUndefined();
  });
  it('chooses our own purpose text from the description, falling back to the category', () => {
    expect(choosePurpose('necessary', 'csrftoken', 'Protects against cross-site request forgery')).toBe('security');
    expect(choosePurpose('analytics', '_ga', 'ID used to identify users')).toBe('analytics-visitor');
    expect(choosePurpose('marketing', 'x', 'Something vague')).toBe('marketing-general');
  });
  it('parses quoted CSV fields with commas and doubled quotes', () => {
    expect(parseCsv('a,"b, c","d ""e"""\n1,2,3\n')).toEqual([['a', 'b, c', 'd "e"'], ['1', '2', '3']]);
  });
});

function io() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), cwd: process.cwd() } };
}

describe('policy-studio library', () => {
  it('lists services matching --search', async () => {
    const { out, io: cli } = io();
    expect(await runCli(['library', 'services', '--search', 'klarna'], cli)).toBe(0);
    expect(out.stdout).toMatch(/klarna\s+Klarna\s+payments\s+independent-controller\s+SE/);
  });
  it('prints JSON with the data version', async () => {
    const { out, io: cli } = io();
    expect(await runCli(['library', 'cookies', '--search', '_gid', '--json'], cli)).toBe(0);
    const parsed = JSON.parse(out.stdout) as { version: number; cookies: { name: string; purpose: { sv: string } }[] };
    expect(parsed.version).toBe(1);
    expect(parsed.cookies.map((c) => c.name)).toContain('_gid');
    expect(parsed.cookies[0]?.purpose.sv).not.toBe('');
  });
  it('exits 1 when nothing matches and 2 without services|cookies', async () => {
    const a = io();
    expect(await runCli(['library', 'services', '--search', 'zzzz-nothing'], a.io)).toBe(1);
    expect(a.out.stderr).toContain('No library service matches');
    const b = io();
    expect(await runCli(['library'], b.io)).toBe(2);
    expect(b.out.stderr).toContain('"library" needs "services" or "cookies"');
  });
});

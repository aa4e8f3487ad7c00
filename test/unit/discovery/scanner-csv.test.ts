import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScannerCsv } from '../../../shared/discovery/scanner-csv.ts';
import { compareWithProject } from '../../../shared/discovery/compare.ts';
import { discoveryCsv } from '../../../shared/discovery/csv-out.ts';
import { parseHar } from '../../../shared/discovery/har.ts';
import { cookies } from '../../../shared/library/index.ts';

const fixture = readFileSync(new URL('../../fixtures/discovery/scanner.csv', import.meta.url), 'utf8');

describe('parseScannerCsv', () => {
  it("reads a scanner's columns by their names, its party column and its durations", () => {
    const result = parseScannerCsv(fixture);
    if (!result.ok) throw new Error(result.message);
    expect(result.site).toBe('nordlys-shop.example');
    expect(result.found).toEqual([
      { name: '_ga', domain: 'nordlys-shop.example', party: 'first', storage: 'cookie', duration: { kind: 'fixed', amount: 2, unit: 'years' } },
      { name: '_gid', domain: 'nordlys-shop.example', party: 'first', storage: 'cookie', duration: { kind: 'fixed', amount: 1, unit: 'days' } },
      { name: 'IDE', domain: 'doubleclick.net', party: 'third', storage: 'cookie', duration: { kind: 'fixed', amount: 13, unit: 'months' } },
      { name: 'odd,name', domain: 'nordlys-shop.example', party: 'first', storage: 'cookie', duration: { kind: 'session' } },
    ]);
  });

  it('says which column is missing, or that there are no rows', () => {
    expect(parseScannerCsv('Cookie,Expiry\n_ga,2 years\n')).toEqual({ ok: false, message: 'has no "domain" column in its header row (found: "Cookie", "Expiry")' });
    expect(parseScannerCsv('')).toMatchObject({ ok: false, message: expect.stringContaining('is empty') });
    expect(parseScannerCsv('name,domain\n')).toEqual({ ok: false, message: 'has a header row but no cookie rows' });
  });

  it('reads back the CSV that scan-cookies --out writes, with the same cookies', () => {
    const har = parseHar(readFileSync(new URL('../../fixtures/discovery/shop.har', import.meta.url), 'utf8'));
    if (!har.ok) throw new Error(har.message);
    const written = discoveryCsv(compareWithProject(har.found, [], cookies()));
    const again = parseScannerCsv(written);
    if (!again.ok) throw new Error(again.message);
    expect(again.found.map((f) => [f.name, f.domain, f.party])).toEqual(har.found.map((f) => [f.name, f.domain, f.party]));
    expect(again.found.find((f) => f.name === '_ga')?.duration).toEqual({ kind: 'fixed', amount: 2, unit: 'years' });
  });
});

describe('parseScannerCsv, other exports', () => {
  it('reads a semicolon-separated export whose hosts are in a provider column, and local storage from its type', () => {
    const text = '\uFEFFName;Provider;Purpose;Expiry;Type\n_ga;nordlys-shop.example;Statistics;2 years;HTTP\nIDE;doubleclick.net;"Ads; retargeting";1 year;HTTP\nshop_cart;nordlys-shop.example;Cart;Persistent;HTML Local Storage\n';
    const result = parseScannerCsv(text);
    if (!result.ok) throw new Error(result.message);
    expect(result.site).toBe('nordlys-shop.example');
    expect(result.found.map((f) => [f.name, f.domain, f.party, f.storage])).toEqual([
      ['_ga', 'nordlys-shop.example', 'first', 'cookie'],
      ['IDE', 'doubleclick.net', 'third', 'cookie'],
      ['shop_cart', 'nordlys-shop.example', 'first', 'local-storage'],
    ]);
  });
});

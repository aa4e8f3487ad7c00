import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromSiteScan } from '../../../shared/discovery/from-scan.ts';
import { findChromium } from '../../../shared/node/chromium-path.ts';
import { scanSite, SiteScanError } from '../../../shared/node/site-scan.ts';
import { startLocalSite, type LocalSite } from './local-site.ts';

const chromium = findChromium();

describe.skipIf(chromium === null)('scanSite (headless Chromium, local site)', () => {
  let site: LocalSite;
  beforeAll(async () => {
    site = await startLocalSite();
  });
  afterAll(async () => site.close());

  it('reads first- and third-party cookies and local storage from the start page and its same-site links, and nothing else', async () => {
    const scan = await scanSite(site.shop, { settleMs: 800 });
    expect(scan.visited).toEqual([site.shop, `${site.shop}about`, `${site.shop}contact`]);
    // Never the PDF (no downloads), never the partner site's page, never mailto.
    expect(site.requests.shop).not.toContain('/terms.pdf');
    expect(site.requests.ads).not.toContain('/elsewhere');
    const { site: host, found } = fromSiteScan(scan);
    expect(host).toBe('127.0.0.1');
    const row = (name: string) => found.find((f) => f.name === name);
    expect(row('shop_session')).toEqual({ name: 'shop_session', domain: '127.0.0.1', party: 'first', storage: 'cookie', duration: { kind: 'session' } });
    // Set for 2 years; Chromium keeps no cookie longer than 400 days, so the scan sees 1 year and says it hit the limit.
    expect(row('_ga')).toMatchObject({ party: 'first', duration: { kind: 'fixed', amount: 1, unit: 'years' }, atBrowserLimit: true });
    expect(row('_fbp')).toEqual({ name: '_fbp', domain: '127.0.0.1', party: 'first', storage: 'cookie', duration: { kind: 'fixed', amount: 3, unit: 'months' } });
    // Set on a linked page only.
    expect(row('_gid')).toMatchObject({ party: 'first', duration: { kind: 'fixed', amount: 1, unit: 'days' } });
    expect(row('IDE')).toMatchObject({ domain: 'localhost', party: 'third', duration: { kind: 'fixed', amount: 1, unit: 'years' } });
    expect(row('test3p')).toMatchObject({ domain: 'localhost', party: 'third', duration: { kind: 'fixed', amount: 1, unit: 'hours' } });
    expect(row('shop_cart')).toMatchObject({ storage: 'local-storage', party: 'first' });
  });

  it('follows no more links than asked', async () => {
    const scan = await scanSite(site.shop, { links: 1, settleMs: 300 });
    expect(scan.visited).toEqual([site.shop, `${site.shop}about`]);
  });

  it('says in one line when the start page does not load', async () => {
    await expect(scanSite('http://127.0.0.1:1/', { pageTimeoutMs: 5_000 })).rejects.toThrow(SiteScanError);
    await expect(scanSite('ftp://example.com/')).rejects.toThrow('only http:// and https:// sites can be scanned');
  });
}, 120_000);

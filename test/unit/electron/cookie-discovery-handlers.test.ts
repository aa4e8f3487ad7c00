import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { createCookieDiscoveryHandlers } from '../../../electron/cookie-discovery-handlers.ts';
import type { Dialogs } from '../../../electron/dialogs.ts';
import { parseRequestArgs } from '../../../shared/host/requests.ts';
import { useTempDirs } from './temp-dir.ts';

const tempDir = useTempDirs();
const HAR = fileURLToPath(new URL('../../fixtures/discovery/shop.har', import.meta.url));

function dialogs(open: string | null): Dialogs {
  return { showOpen: vi.fn(async () => open), showSave: vi.fn(async () => null), confirm: vi.fn(async () => 0) };
}

describe('"Find cookies…" in the host', () => {
  it('reads the HAR file the open dialog chose and returns what it found, unapplied', async () => {
    const { handleImportCookies } = createCookieDiscoveryHandlers({ dialogs: dialogs(HAR) });
    const result = await handleImportCookies();
    expect(result).toMatchObject({ ok: true, source: 'shop.har', site: 'www.nordlys-shop.example' });
    if (result.ok) expect(result.found.map((f) => f.name)).toContain('IDE');
  });

  it('names the file and what is wrong with it, and cancels with the dialog', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'notes.csv'), 'hello,world\n1,2\n');
    expect(await createCookieDiscoveryHandlers({ dialogs: dialogs(join(dir, 'notes.csv')) }).handleImportCookies()).toEqual({
      ok: false,
      kind: 'unreadable',
      path: join(dir, 'notes.csv'),
      message: '"notes.csv" has no "name" column in its header row (found: "hello", "world").',
    });
    expect(await createCookieDiscoveryHandlers({ dialogs: dialogs(null) }).handleImportCookies()).toEqual({ ok: false, kind: 'cancelled' });
  });

  it('scans only http(s) addresses, and says when this host cannot scan', async () => {
    const scanSite = vi.fn(async (url: string) => ({ url, visited: [url], cookies: [{ name: '_ga', domain: '.shop.example', expires: Date.now() / 1000 + 86_400 * 730 }], localStorage: [], readAt: Date.now() }));
    const { handleScanCookies } = createCookieDiscoveryHandlers({ dialogs: dialogs(null), scanSite });
    expect(await handleScanCookies('https://www.shop.example/#top')).toMatchObject({ ok: true, source: 'https://www.shop.example/', site: 'www.shop.example', found: [{ name: '_ga', party: 'first' }] });
    expect(await handleScanCookies('file:///etc/passwd')).toMatchObject({ ok: false, kind: 'failed', message: expect.stringContaining('only http:// and https://') });
    expect(scanSite).toHaveBeenCalledTimes(1);
    expect(await createCookieDiscoveryHandlers({ dialogs: dialogs(null) }).handleScanCookies('https://shop.example/')).toMatchObject({ ok: false, kind: 'unavailable' });
    expect(parseRequestArgs('scanCookies', [42])).toMatchObject({ ok: false, message: 'scanCookies: url: expected a web address' });
  });
});

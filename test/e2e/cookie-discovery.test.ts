import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../scripts/web-host.ts';
import { startLocalSite, type LocalSite } from '../unit/discovery/local-site.ts';
import { HAS_CHROMIUM, launchChromium } from './browser.ts';

const SHOTS = fileURLToPath(new URL('../../test-results/cookie-discovery/', import.meta.url));
const HAR = fileURLToPath(new URL('../fixtures/discovery/shop.har', import.meta.url));

/** Forgets unsaved work an earlier test left (otherwise the page rightly offers to restore it). */
async function discardRecovery(host: WebHost): Promise<void> {
  await fetch(`${host.url}api/discardRecovery`, {
    method: 'POST',
    headers: host.headers,
    body: '{"args":[]}',
  });
}

/** The names in the project's cookies table, in order (rows with fields; a row's error message has none). */
const cookieNames = (page: Page) =>
  page.locator('#form-cookies tbody tr').evaluateAll((rows) =>
    rows.flatMap((r) => {
      const field = r.querySelector<HTMLInputElement>('input, textarea');
      return field ? [field.value] : [];
    }),
  );

/** The review's rows as [name, status]. */
const reviewRows = (page: Page) => page.locator('[data-table="discovery"] tbody tr').evaluateAll((rows) => rows.map((r) => [r.children[1]?.textContent ?? '', r.getAttribute('data-status') ?? '']));

describe.skipIf(!HAS_CHROMIUM)('Find cookies (browser host)', () => {
  let browser: Browser;
  let host: WebHost;
  let site: LocalSite;

  beforeAll(async () => {
    const work = mkdtempSync(join(tmpdir(), 'policy-studio-e2e-cookies-'));
    host = await startWebHost({ dataDir: join(work, 'data') });
    site = await startLocalSite();
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await site?.close();
  });

  async function openProject(page: Page) {
    await discardRecovery(host);
    await page.goto(host.pageUrl);
    await page.getByRole('button', { name: /B2B SaaS company in Sweden/ }).click();
    await page.locator('.ps-section[data-section-id="about"]').waitFor();
  }

  it('a HAR file → review new, listed and no-longer-seen cookies → add the chosen ones → Undo takes them back', async () => {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openProject(page);
    const before = await cookieNames(page);

    await page.locator('#form-cookies').getByRole('button', { name: 'Find cookies…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Find cookies' });
    await page.screenshot({ path: join(SHOTS, '1-start-1280.png') });
    host.setDialogAnswers({ open: HAR });
    await dialog.getByRole('button', { name: 'Choose a HAR or CSV file…' }).click();
    await dialog.locator('[data-table="discovery"]').waitFor();
    const rows = await reviewRows(page);
    expect(rows.filter(([, s]) => s === 'new').map(([n]) => n)).toEqual(expect.arrayContaining(['_ga', 'IDE', '_fbp', 'uid7']));
    // The starter's own cookies, not in this HAR, are offered for removal, none ticked.
    expect(rows.filter(([, s]) => s === 'gone').length).toBe(before.length);
    expect(
      await dialog
        .getByRole('checkbox', { name: /^Remove .* from the project$/ })
        .first()
        .isChecked(),
    ).toBe(false);
    // Known cookies are ticked; an unknown one waits for its category.
    expect(await dialog.getByRole('checkbox', { name: 'Add IDE' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('checkbox', { name: 'Add uid7' }).isDisabled()).toBe(true);
    await dialog.getByRole('checkbox', { name: 'Add _fbp' }).uncheck();
    await dialog.getByLabel('Category of uid7').selectOption('marketing');
    expect(await dialog.getByRole('checkbox', { name: 'Add uid7' }).isChecked()).toBe(true);
    await page.screenshot({ path: join(SHOTS, '2-review-1280.png') });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: join(SHOTS, '2-review-1024.png') });
    await page.setViewportSize({ width: 1280, height: 800 });

    // What is ticked, in the review's order, is what is added at the end of the table.
    const ticked = await dialog
      .getByRole('checkbox', { name: /^Add / })
      .evaluateAll((boxes) => boxes.filter((b) => (b as HTMLInputElement).checked).map((b) => (b.getAttribute('aria-label') ?? '').replace(/^Add /, '')));
    expect(ticked).toEqual(expect.arrayContaining(['_ga', 'IDE', 'uid7']));
    expect(ticked).not.toContain('_fbp');
    await dialog.getByRole('button', { name: `Add ${ticked.length}, remove 0` }).click();
    await expect.poll(() => cookieNames(page)).toEqual([...before, ...ticked]);
    // The unknown cookie's purpose is for the person to write: the form says so at its row.
    await page.locator('#form-cookies').getByText('Purpose: expected a non-empty text').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, '3-added-1280.png') });

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => cookieNames(page)).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a scan of a local site finds its first- and third-party cookies', async () => {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
    });
    await openProject(page);
    await page.locator('#form-cookies').getByRole('button', { name: 'Find cookies…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Find cookies' });
    await dialog.getByLabel('Web address').fill(site.shop);
    await dialog.getByRole('button', { name: 'Scan', exact: true }).click();
    await dialog.locator('[data-table="discovery"]').waitFor({ timeout: 90_000 });
    const rows = await reviewRows(page);
    expect(rows.map(([n]) => n)).toEqual(expect.arrayContaining(['_ga', '_fbp', '_gid', 'IDE', 'test3p', 'shop_session', 'shop_cart (local storage)']));
    const partyOf = (name: string) => dialog.locator('[data-table="discovery"] tbody tr', { hasText: name }).first().locator('td').nth(3).textContent();
    expect(await partyOf('test3p')).toBe('Third party (another domain)');
    expect(await partyOf('_gid')).toBe('First party (our domain)');
    await page.screenshot({ path: join(SHOTS, '4-scan-1280.png') });
    await page.close();
  });
});

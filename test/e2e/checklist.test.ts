import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM } from './browser.ts';
import { useSuiteHost } from './suite-host.ts';

const SHOTS = fileURLToPath(new URL('../../test-results/checklist/', import.meta.url));

describe.skipIf(!HAS_CHROMIUM)('the checklist beside the document (browser host)', () => {
  const suite = useSuiteHost('checklist', SHOTS);

  it('a starter states every item; taking away a transfer tool makes an item missing, counted in the status bar, and its button goes back to the field', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await suite.discardRecovery();
    await page.goto(suite.host.pageUrl);
    await page.getByRole('button', { name: /B2B SaaS company in Sweden/ }).click();
    await page.locator('.ps-section[data-section-id="about"]').waitFor();

    await page.getByRole('button', { name: 'Checklist', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Checklist' });
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('Every required item is stated');
    expect(await panel.getByRole('heading', { name: /^GDPR \(EU\): (\d+)\/\1$/ }).count()).toBe(1);

    // Take away the transfer tool of the first recipient abroad: GDPR Art. 13(1)(f) is then not stated.
    const mechanism = page.locator('[data-path$=".transfers.eu.mechanism"]').first();
    const path = (await mechanism.getAttribute('data-path'))!.replace(/\.mechanism$/, '');
    await mechanism.locator('select').selectOption('');
    await expect.poll(() => panel.getByRole('status').textContent()).toMatch(/^\d+ required items? missing$/);
    const summary = (await panel.getByRole('status').textContent())!;
    expect(await page.locator('.ps-statusbar').getByRole('button', { name: summary }).count()).toBe(1);
    expect(await panel.getByRole('heading', { name: /^GDPR \(EU\): / }).textContent()).not.toMatch(/: (\d+)\/\1$/);
    await page.screenshot({ path: join(SHOTS, 'missing.png') });

    await page.locator('.ps-form-body').evaluate((el) => el.scrollTo(0, 0));
    await panel.getByRole('button', { name: /Art\. 13\(1\)\(f\)/ }).first().click();
    expect(await page.evaluate(() => document.activeElement?.closest('[data-path]')?.getAttribute('data-path'))).toBe(`${path}.mechanism`);
    expect(errors).toEqual([]);
  });
});

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM } from './browser.ts';
import { useSuiteHost } from './suite-host.ts';

const SHOTS = fileURLToPath(new URL('../../test-results/translations/', import.meta.url));

async function waitForDocText(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector('.ps-document')?.textContent?.includes(t) ?? false, text, { timeout: 15_000 });
}

/** The state and source text shown under a translation cell (what its aria-describedby points at). */
const cellState = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '');

/** Elements in the window whose content is cut off sideways (wider than the box that clips them). */
const clippedSideways = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.ps-toolbar, .ps-toolbar > *, .ps-tr-head, .ps-statusbar, .ps-tr-scroll')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'auto')
      .map((el) => el.className),
  );

describe.skipIf(!HAS_CHROMIUM)('the user’s facts in every language (browser host)', () => {
  const suite = useSuiteHost('translations', SHOTS);

  it('edit an English fact → the Swedish cell is stale → translate it → the Swedish document shows it, the warning gone', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await suite.discardRecovery();
    await page.goto(suite.host.pageUrl);
    await page.getByRole('button', { name: /B2B SaaS company in Sweden/ }).click();
    await page.locator('.ps-section[data-section-id="about"]').waitFor();
    const status = page.locator('.ps-statusbar');
    expect(await status.getByRole('button').count()).toBe(0);

    // Replace the first service in English, in the form.
    const services = page.getByLabel('Services covered');
    const lines = (await services.inputValue()).split('\n');
    await services.fill(['The Stigvis planner at app.stigvis.se', ...lines.slice(1)].join('\n'));
    await waitForDocText(page, 'The Stigvis planner at app.stigvis.se');
    await status.getByRole('button', { name: '1 translation out of date' }).waitFor();

    // The export dialog lists it and would ask.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await expect.poll(() => dialog.getByRole('region', { name: 'Svenska' }).textContent()).toBe('Svenska: 1 staleServices covered, line 1 scope.services[0] — stale');
    await page.screenshot({ path: join(SHOTS, '1-export-lists-gaps.png') });
    await page.keyboard.press('Escape');

    // The status bar opens the translation view, filtered to what needs work.
    await status.getByRole('button', { name: '1 translation out of date' }).click();
    const view = page.getByRole('region', { name: 'Translations' });
    expect(await view.getByRole('checkbox', { name: /Only missing and stale/ }).isChecked()).toBe(true);
    expect(await view.getByRole('rowheader').count()).toBe(1);
    const sv = 'Services covered, line 1 (Svenska)';
    expect(await cellState(page, sv)).toBe('StaleChanged since translated — English now: The Stigvis planner at app.stigvis.se');
    expect(await page.getByRole('banner').getByRole('button', { name: 'Translations' }).getAttribute('aria-pressed')).toBe('true');

    // The Swedish document still says the old text until the translation is made.
    await page.getByRole('radio', { name: 'SV' }).click();
    await waitForDocText(page, 'Projektverktyget Stigvis på app.stigvis.se');
    await page.screenshot({ path: join(SHOTS, '2-stale-in-view.png') });
    expect(await clippedSideways(page)).toEqual([]);

    await page.getByLabel(sv, { exact: true }).fill('Planeraren Stigvis på app.stigvis.se');
    await waitForDocText(page, 'Planeraren Stigvis på app.stigvis.se');
    expect(await cellState(page, sv)).toBe('Translated');
    await expect.poll(() => status.getByRole('button').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, '3-translated.png') });

    // Undo brings the stale text back, redo the translation.
    await page.getByRole('button', { name: 'Undo' }).click();
    await waitForDocText(page, 'Projektverktyget Stigvis på app.stigvis.se');
    expect(await cellState(page, sv)).toMatch(/^Stale/);
    await page.getByRole('button', { name: 'Redo' }).click();
    await waitForDocText(page, 'Planeraren Stigvis på app.stigvis.se');

    // All rows, every language, nothing cut off at 1280×800; Ctrl+Shift+L goes back to the form, shown in Swedish.
    await view.getByRole('checkbox', { name: /Only missing and stale/ }).uncheck();
    expect(await view.getByRole('rowheader').count()).toBeGreaterThan(20);
    await page.screenshot({ path: join(SHOTS, '4-all-rows.png') });
    expect(await clippedSideways(page)).toEqual([]);
    await page.getByLabel(sv, { exact: true }).focus();
    await page.keyboard.press('Control+Shift+L');
    await expect.poll(() => page.getByLabel('Services covered').inputValue()).toContain('Planeraren Stigvis på app.stigvis.se');
    await page.screenshot({ path: join(SHOTS, '5-form-in-swedish.png') });

    // A service added in English shows, in the Swedish form, as not yet translated with the English beside it.
    await page.getByRole('radio', { name: 'EN' }).click();
    await services.fill(`${await services.inputValue()}\nOur public API at api.stigvis.se`);
    await status.getByRole('button', { name: '1 text not yet translated' }).waitFor();
    await page.getByRole('radio', { name: 'SV' }).click();
    const untranslated = page.getByRole('list', { name: 'Lines not yet translated' });
    expect(await untranslated.textContent()).toBe('Line 4: Not yet translated — English: Our public API at api.stigvis.se');
    await untranslated.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, '6-form-not-yet-translated.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a section customised in English and Swedish: an English edit flags the Swedish one, with what changed', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await suite.discardRecovery();
    await page.goto(suite.host.pageUrl);
    await page.getByRole('button', { name: /B2B SaaS company in Sweden/ }).click();
    const security = page.locator('.ps-section[data-section-id="security"]');
    await security.waitFor();
    const customize = async () => {
      await security.scrollIntoViewIfNeeded();
      await security.getByRole('button', { name: /^Customize/ }).click();
      await expect.poll(() => security.getAttribute('data-origin')).toBe('customized');
    };
    await customize();
    await page.getByRole('radio', { name: 'SV' }).click();
    await expect.poll(() => page.locator('.ps-document').getAttribute('lang')).toBe('sv');
    await customize();
    expect(await security.locator('.ps-section-translation').isHidden()).toBe(true);

    await page.getByRole('radio', { name: 'EN' }).click();
    await expect.poll(() => page.locator('.ps-document').getAttribute('lang')).toBe('en');
    await security.locator('.ps-section-body p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' We also test restores every month.');
    await waitForDocText(page, 'We also test restores every month.');

    await page.getByRole('radio', { name: 'SV' }).click();
    const notice = security.locator('.ps-section-translation');
    await notice.waitFor();
    expect(await notice.locator('p').textContent()).toBe('Changed in English since this was translated.');
    // Sections off screen have estimated heights (content-visibility): scroll until the notice stays in view before using it.
    await expect
      .poll(() =>
        notice.evaluate((el) => {
          el.scrollIntoView({ block: 'center' });
          const box = el.getBoundingClientRect();
          return box.top > 80 && box.bottom < 780;
        }),
      )
      .toBe(true);
    await notice.getByText('What changed in English').click();
    await expect.poll(() => notice.locator('.ps-diff-added').textContent()).toContain('We also test restores every month.');
    await notice.getByRole('button', { name: /^Mark as translated/ }).click();
    await expect.poll(() => notice.isHidden()).toBe(true);
    await page.close();
  });
});

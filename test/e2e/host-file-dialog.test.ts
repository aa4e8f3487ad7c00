import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../scripts/web-host.ts';
import { HAS_CHROMIUM, launchChromium } from './browser.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The names the dialog's list shows, in order (the icon is hidden from the accessible name, not from innerText). */
const listed = (page: Page) => page.getByRole('dialog').getByRole('listbox').getByRole('option').locator('.ps-hostfiles-name').allInnerTexts();

describe.skipIf(!HAS_CHROMIUM)('the browser host’s file dialog, as a person uses it', () => {
  let browser: Browser;
  let host: WebHost;
  let folder: string;

  beforeAll(async () => {
    const work = mkdtempSync(join(tmpdir(), 'policy-studio-e2e-files-'));
    folder = join(work, 'files');
    mkdirSync(join(folder, 'website'), { recursive: true });
    copyFileSync(join(ROOT, 'templates/starters/saas-sweden.policy'), join(folder, 'saas-sweden.policy'));
    copyFileSync(join(ROOT, 'templates/starters/mobile-app.policy'), join(folder, 'mobile-app.policy'));
    host = await startWebHost({ dataDir: join(work, 'data'), folder, ...(process.env.HOST_DIALOG_RENDERER ? { rendererDir: process.env.HOST_DIALOG_RENDERER } : {}) });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('opens a starter from the folder, saves it under a new name, and exports HTML into a folder inside', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' });
    await page.goto(host.pageUrl);
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });

    // Open: the dialog lists the folder (folders first, then projects by name), and is used with the keyboard.
    await page.getByRole('button', { name: 'Open', exact: true }).first().click();
    const open = page.getByRole('dialog', { name: 'Open project' });
    await open.waitFor();
    await expect.poll(() => listed(page)).toEqual(['website', 'mobile-app.policy', 'saas-sweden.policy']);
    // Dates in the person's locale (Swedish here: "1 dec. 2026 14:03").
    expect(await open.getByRole('option', { name: /saas-sweden\.policy/ }).innerText()).toMatch(/\d{1,2} [a-zé]{3,4}\.? \d{4}/);
    await page.screenshot({ path: join(ROOT, 'test-results/host-file-dialog-open-1280x800.png') });
    const list = open.getByRole('listbox');
    await expect.poll(() => list.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.locator('.ps-section[data-section-id="about"]').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);

    // Edit, then Save As under a new name: the existing name is caught first and the person asked.
    await page.getByLabel('Legal name').fill('Fjordbyte AB');
    await page.getByRole('button', { name: 'Save As', exact: true }).click();
    const save = page.getByRole('dialog', { name: 'Save project' });
    const name = save.getByLabel('File name');
    await expect.poll(() => name.inputValue()).toBe('saas-sweden.policy');
    await name.press('Enter');
    await save.getByText('A file named "saas-sweden.policy" already exists. Replace it?').waitFor();
    await page.screenshot({ path: join(ROOT, 'test-results/host-file-dialog-replace-1280x800.png') });
    await save.getByRole('button', { name: 'Choose another name' }).click();
    await name.fill('fjordbyte');
    await name.press('Enter');
    await page.getByText('Saved fjordbyte.policy').waitFor();
    expect(JSON.parse(readFileSync(join(folder, 'fjordbyte.policy'), 'utf8'))).toMatchObject({ company: { legalName: 'Fjordbyte AB' } });
    expect(readFileSync(join(folder, 'saas-sweden.policy'), 'utf8')).toBe(readFileSync(join(ROOT, 'templates/starters/saas-sweden.policy'), 'utf8'));

    // Export HTML: the folder dialog opens above the export dialog; Escape closes only the folder dialog.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export' });
    for (const label of ['Word (DOCX)', 'PDF', 'Markdown', 'HTML fragment (for a CMS)']) {
      const box = exportDialog.getByLabel(label, { exact: true });
      if (await box.isChecked()) await box.uncheck();
    }
    await exportDialog.getByLabel('HTML page', { exact: true }).check();
    const chooseFolder = page.getByRole('dialog', { name: 'Export to folder' });
    const startExport = async () => {
      await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
      const anyway = exportDialog.getByRole('button', { name: 'Export anyway' });
      await Promise.race([chooseFolder.waitFor(), anyway.waitFor()]);
      if (await anyway.isVisible()) await anyway.click();
      await chooseFolder.waitFor();
    };
    await startExport();
    await page.keyboard.press('Escape');
    await expect.poll(() => chooseFolder.count()).toBe(0);
    expect(await exportDialog.isVisible()).toBe(true);

    await startExport();
    await expect.poll(() => listed(page)).toEqual(['website']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await chooseFolder.getByText(`${host.folder}/website`).waitFor();
    await page.screenshot({ path: join(ROOT, 'test-results/host-file-dialog-export-1280x800.png') });
    await chooseFolder.getByRole('button', { name: 'Export to this folder' }).click();
    await exportDialog.getByText(/Wrote \d+ files?/).waitFor({ timeout: 90_000 });
    expect(readdirSync(join(folder, 'website'))).toContain('privacy-policy.en.html');
    expect(readFileSync(join(folder, 'website', 'privacy-policy.en.html'), 'utf8')).toContain('Fjordbyte AB');
    await page.close();
  });

  it('the open and save dialogs: no serious or critical axe violations', async () => {
    // The page's CSP rightly refuses an injected script; this page only is opened with CSP bypassed, to run axe.
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    await page.goto(host.pageUrl);
    await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
    const severe = () =>
      page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
      });
    await page.getByRole('button', { name: 'Open', exact: true }).first().click();
    const open = page.getByRole('dialog', { name: 'Open project' });
    await open.getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await severe()).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => open.count()).toBe(0);
    await page.getByRole('button', { name: /B2B SaaS company in Sweden/ }).click();
    await page.locator('.ps-section[data-section-id="about"]').waitFor();
    await page.getByRole('button', { name: 'Save As', exact: true }).click();
    await page.getByRole('dialog', { name: 'Save project' }).getByRole('option').first().waitFor();
    expect(await severe()).toEqual([]);
    await page.close();
  });
});

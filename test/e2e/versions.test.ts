import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../scripts/web-host.ts';
import { HAS_CHROMIUM, launchChromium } from './browser.ts';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

/** Serious and critical axe violations on the page as it is (opened with the CSP bypassed, so axe can be injected). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Where the redline screenshot is kept for a person to look at (POLICY_STUDIO_SCREENSHOTS overrides). */
const SHOTS = process.env.POLICY_STUDIO_SCREENSHOTS ?? join(tmpdir(), 'policy-studio-screenshots');

describe.skipIf(!HAS_CHROMIUM)('versions in Chromium (browser host): publish, edit, compare, export the redline', () => {
  let browser: Browser;
  let host: WebHost;
  let work: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'policy-studio-e2e-versions-'));
    host = await startWebHost({ dataDir: join(work, 'data') });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('publishes v1, then shows a changed recipient and retention period as a facts diff and a redline', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    // The Swedish SaaS starter as a file of its own, never published.
    const starter = JSON.parse(readFileSync(fileURLToPath(new URL('../../templates/starters/saas-sweden.policy', import.meta.url)), 'utf8')) as Record<string, unknown>;
    delete starter.versions;
    const file = join(work, 'stigvis.policy');
    writeFileSync(file, JSON.stringify(starter));
    await page.goto(host.pageUrl);
    host.setDialogAnswers({ open: file });
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.locator('.ps-section[data-section-id="about"]').waitFor();

    // The Versions menu keeps the toolbar within a 1024 px window (its name shows from 1200 px).
    await page.setViewportSize({ width: 1024, height: 700 });
    const cut = await page.evaluate(() => {
      const bar = document.querySelector('.ps-toolbar')!.getBoundingClientRect();
      return [...document.querySelectorAll('.ps-toolbar button')].filter((b) => b.getBoundingClientRect().right > bar.right + 0.5).map((b) => b.textContent);
    });
    expect(cut).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });

    // Publish v1: the starter already has a change log, so the first version adds no entry unless asked.
    await page.getByRole('button', { name: 'Versions' }).click();
    await page.getByRole('menu', { name: 'Versions' }).getByRole('menuitem', { name: /^Publish version…/ }).click();
    const publish = page.getByRole('dialog', { name: 'Publish version v1' });
    await publish.getByText('This is the first published version.').waitFor();
    await publish.getByLabel(/^Note/).fill('first version for the client');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'versions-publish.png') });
    await publish.getByRole('button', { name: 'Publish', exact: true }).click();
    await publish.waitFor({ state: 'detached' });

    // Edit a recipient (Brevo now also stores data in Germany) and a retention period (12 → 24 months).
    await page.locator('#form-recipients').getByRole('group', { name: 'Brevo SAS' }).getByLabel('Add a country: Countries where the data is stored').selectOption('DE');
    const customers = page.locator('#form-activities .ps-card').nth(2);
    await customers.getByLabel('Amount', { exact: true }).fill('24');
    await page.waitForFunction(() => document.querySelector('.ps-document')?.textContent?.includes('24 months') ?? false, undefined, { timeout: 15_000 });

    // Compare: v1 against the working copy, the facts diff in words and the redline read-only.
    await page.getByRole('button', { name: 'Versions' }).click();
    await page.screenshot({ path: join(SHOTS, 'versions-menu.png') });
    await page.getByRole('menuitem', { name: /^Compare…/ }).click();
    await page.getByRole('heading', { name: 'v1 compared with Working copy (your edits)' }).waitFor();
    const facts = page.getByRole('region', { name: 'What changed in the facts' });
    const lines = await facts.getByRole('listitem').allTextContents();
    expect(lines).toContain('ChangedBrevo SAS now stores data in France and Germany instead of France');
    expect(lines.some((l) => /^ChangedWe now keep customer contact details .* for 24 months instead of (12|twelve)$/.test(l))).toBe(true);

    const redline = page.locator('.ps-redline');
    await redline.locator('ins.redline-insertion').first().waitFor();
    expect(await redline.getAttribute('contenteditable')).toBe('false');
    const inserted = (await redline.locator('ins.redline-insertion').allTextContents()).join(' | ');
    const deleted = (await redline.locator('del.redline-deletion').allTextContents()).join(' | ');
    expect(inserted).toMatch(/24/);
    expect(deleted).toMatch(/12/);
    expect(inserted).toMatch(/Germany/);
    // Typing into the redline changes nothing.
    await redline.click();
    await page.keyboard.type('XYZ');
    expect(await redline.textContent()).not.toContain('XYZ');

    // The screenshot a person looks at: the first change in view.
    await redline.locator('del.redline-deletion, ins.redline-insertion').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'versions-redline.png') });
    await redline.locator('del.redline-deletion').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'versions-redline-retention.png') });

    expect(await axeViolations(page)).toEqual([]);

    // Swedish: the same comparison in the other document language.
    await page.getByRole('radiogroup', { name: 'Document language' }).getByRole('radio', { name: 'SV' }).click();
    await page.waitForFunction(() => document.querySelector('.ps-redline')?.getAttribute('lang') === 'sv', undefined, { timeout: 15_000 });
    expect((await facts.getByRole('listitem').allTextContents()).join(' ')).toContain('Brevo SAS');

    // Export the redline: Word with tracked changes and HTML, every language.
    const folder = join(work, 'redline');
    host.setDialogAnswers({ folder });
    await page.getByRole('button', { name: 'Export redline…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export redline' });
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await dialog.getByText(/Wrote \d+ files/).waitFor({ timeout: 90_000 });
    const names = ['en', 'sv'].flatMap((lang) => ['docx', 'html'].map((ext) => `privacy-policy.${lang}.redline-v1-working.${ext}`));
    expect(readdirSync(folder).sort()).toEqual(names.sort());
    const html = readFileSync(join(folder, 'privacy-policy.en.redline-v1-working.html'), 'utf8');
    expect(html).toMatch(/<ins>[^<]*24/);
    expect(html).toMatch(/<del>[^<]*12/);
    const xml = strFromU8(unzipSync(readFileSync(join(folder, 'privacy-policy.sv.redline-v1-working.docx')))['word/document.xml']!);
    expect(xml).toMatch(/<w:ins [^>]*w:author="[^"]+"/);
    expect(xml).toMatch(/<w:del [^>]*w:author="[^"]+"/);
    await dialog.getByRole('button', { name: 'Close', exact: true }).first().click();

    // Ctrl+Shift+P opens Publish from anywhere in the window, here for v2 with the proposed entry.
    await page.keyboard.press('Control+Shift+P');
    const second = page.getByRole('dialog', { name: 'Publish version v2' });
    expect(await axeViolations(page)).toEqual([]);
    expect(await second.getByRole('textbox', { name: 'English' }).inputValue()).toMatch(/^Brevo SAS now stores data in France and Germany instead of France\. /);
    await second.getByRole('button', { name: 'Cancel' }).click();

    // Back to editing: the form and the editable document are there again.
    await page.getByRole('button', { name: 'Back to editing' }).click();
    await page.locator('#form-activities').waitFor();
    expect(await page.locator('.ps-document[contenteditable="true"]').count()).toBe(1);
    await page.close();
  });
});

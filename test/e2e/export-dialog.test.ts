import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../scripts/web-host.ts';
import { HAS_CHROMIUM, launchChromium } from './browser.ts';

describe.skipIf(!HAS_CHROMIUM)('export dialog (browser host, the app’s export runner)', () => {
  let browser: Browser;
  let host: WebHost;
  let work: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'policy-studio-e2e-export-'));
    host = await startWebHost({ dataDir: join(work, 'data') });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('offers all five formats and the PDF paper, and writes every language × format', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.pageUrl);
    await page.getByRole('button', { name: /B2B SaaS company in Sweden/ }).click();
    await page.locator('.ps-section[data-section-id="about"]').waitFor();

    const folder = join(work, 'export');
    host.setDialogAnswers({ folder });
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    for (const label of ['HTML page', 'HTML fragment (for a CMS)', 'Markdown', 'Word (DOCX)', 'PDF']) await dialog.getByLabel(label, { exact: true }).check();

    // The paper follows the company's country (Sweden: A4) until changed.
    const paper = dialog.getByLabel('PDF paper size');
    expect(await paper.inputValue()).toBe('A4');
    await paper.selectOption('Letter');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await dialog.getByText(/Wrote \d+ files/).waitFor({ timeout: 90_000 });

    const names = ['en', 'sv'].flatMap((lang) => ['html', 'fragment.html', 'md', 'docx', 'pdf'].map((ext) => `privacy-policy.${lang}.${ext}`));
    expect(readdirSync(folder).sort()).toEqual(['index.html', ...names].sort());
    const pdf = readFileSync(join(folder, 'privacy-policy.sv.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // US Letter is 612 × 792 points.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 612 792\s*\]/);
    await page.close();
  });
});

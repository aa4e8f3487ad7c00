import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../scripts/web-host.ts';
import { HAS_CHROMIUM, launchChromium } from './browser.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

/** The text of the document pane. */
const docText = (page: Page) => page.locator('.ps-document').innerText();

async function waitForDocText(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector('.ps-document')?.textContent?.includes(t) ?? false, text, { timeout: 15_000 });
}

/** Forgets unsaved work an earlier test left (otherwise the page rightly offers to restore it). */
async function discardRecovery(host: WebHost): Promise<void> {
  await fetch(`${host.url}api/discardRecovery`, { method: 'POST', headers: { 'content-type': 'application/json', origin: host.url.replace(/\/$/, '') }, body: '{"args":[]}' });
}

async function newFromStarter(page: Page, host: WebHost): Promise<void> {
  await discardRecovery(host);
  await page.goto(host.url);
  await page.getByRole('button', { name: /B2B SaaS company in Sweden/ }).click();
  await page.locator('.ps-section[data-section-id="about"]').waitFor();
}

describe.skipIf(!HAS_CHROMIUM)('desktop editor in Chromium (browser host)', () => {
  let browser: Browser;
  let host: WebHost;
  let work: string;
  const cspErrors: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'policy-studio-e2e-'));
    host = await startWebHost({ dataDir: join(work, 'data') });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  async function openPage(options: { bypassCSP?: boolean } = {}): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, ...options });
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/.test(message.text()) && /script-src/.test(message.text())) cspErrors.push(message.text());
    });
    page.on('pageerror', (error) => cspErrors.push(`page error: ${error.message}`));
    return page;
  }

  it('form → live document → customize → save → reopen → export', async () => {
    const page = await openPage();
    await newFromStarter(page, host);

    // The company name typed in the form shows in the document.
    await page.getByLabel('Legal name').fill('Acme Testing AB');
    await page.getByLabel('Trading name').fill('');
    await waitForDocText(page, 'Acme Testing AB');

    // A processor row added to the table shows in the document.
    const processors = page.locator('#form-processors');
    await processors.getByRole('button', { name: /Add row/ }).click();
    const rows = await processors.locator('tbody tr:not(.ps-row-error)').count();
    await processors.getByLabel(`Name, row ${rows}`).fill('ZetaMail Ltd');
    await processors.getByLabel(`What they do, row ${rows}`).fill('Sending our newsletters');
    await processors.getByLabel(`Country, row ${rows}`).fill('DE');
    await waitForDocText(page, 'ZetaMail Ltd');
    expect(await docText(page)).toContain('Acme Testing AB');

    // Customize a generated section and type in it.
    const security = page.locator('.ps-section[data-section-id="security"]');
    await security.getByRole('button', { name: 'Customize' }).click();
    await expect.poll(() => security.getAttribute('data-origin')).toBe('customized');
    const lastParagraph = security.locator('.ps-section-body p').last();
    await lastParagraph.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' We also test our backups every quarter.');
    await waitForDocText(page, 'test our backups every quarter');

    // Generated sections stay read-only: typing there changes nothing.
    const about = page.locator('.ps-section[data-section-id="about"] .ps-section-body p').first();
    const before = await about.innerText();
    await about.click();
    await page.keyboard.type('INTRUDER');
    expect(await about.innerText()).toBe(before);

    // Save with Ctrl+S; the save dialog "chooses" the path set here.
    const file = join(work, 'acme.policy');
    host.setDialogAnswers({ save: file });
    await page.locator('#form-company h2').click();
    await page.keyboard.press('Control+s');
    await page.getByText('Saved acme.policy').waitFor();
    const saved = JSON.parse(readFileSync(file, 'utf8')) as {
      company: { legalName: string };
      processors: { name: string }[];
      overrides: { sectionId: string; content: unknown }[];
    };
    expect(saved.company.legalName).toBe('Acme Testing AB');
    expect(saved.processors.map((p) => p.name)).toContain('ZetaMail Ltd');
    const override = saved.overrides.find((o) => o.sectionId === 'security');
    expect(JSON.stringify(override?.content)).toContain('test our backups every quarter');
    await page.close();

    // Reopen in a fresh window: everything is there.
    const again = await openPage();
    await again.goto(host.url);
    host.setDialogAnswers({ open: file });
    await again.getByRole('button', { name: 'Open', exact: true }).click();
    await again.locator('.ps-section[data-section-id="security"]').waitFor();
    expect(await again.getByLabel('Legal name').inputValue()).toBe('Acme Testing AB');
    await waitForDocText(again, 'ZetaMail Ltd');
    await waitForDocText(again, 'test our backups every quarter');
    expect(await again.locator('.ps-section[data-section-id="security"]').getAttribute('data-origin')).toBe('customized');

    // Export HTML into the folder the dialog "chooses".
    const folder = join(work, 'export');
    host.setDialogAnswers({ folder });
    await again.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = again.getByRole('dialog', { name: 'Export' });
    await dialog.getByLabel('Word (DOCX)').uncheck();
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await dialog.getByText(/Wrote \d+ files/).waitFor({ timeout: 60_000 });
    const html = readFileSync(join(folder, 'privacy-policy.en.html'), 'utf8');
    expect(html).toContain('Acme Testing AB');
    expect(html).toContain('ZetaMail Ltd');
    expect(html).toContain('test our backups every quarter');
    await dialog.getByRole('button', { name: 'Show in folder' }).first().click();
    await expect.poll(() => host.opened.shown.length).toBeGreaterThan(0);
    await again.close();
    expect(cspErrors).toEqual([]);
  });

  it('hostile links in a customized section do not navigate the app', async () => {
    const starter = JSON.parse(readFileSync(join(ROOT, 'templates/starters/saas-sweden.policy'), 'utf8')) as Record<string, unknown>;
    const link = (href: string, text: string, target?: string) => ({
      type: 'text',
      text,
      marks: [{ type: 'link', attrs: { href, ...(target ? { target } : {}) } }],
    });
    starter.overrides = [
      {
        sectionId: 'security',
        language: 'en',
        basedOnHash: 'outdated-on-purpose',
        content: {
          type: 'policySection',
          content: [
            { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Security' }] },
            { type: 'paragraph', content: [link('javascript:window.__pwned=1', 'script link')] },
            { type: 'paragraph', content: [link('https://evil.example/', 'external link', '_blank')] },
          ],
        },
      },
    ];
    const file = join(work, 'hostile.policy');
    writeFileSync(file, JSON.stringify(starter));
    const page = await openPage();
    await discardRecovery(host);
    await page.goto(host.url);
    host.setDialogAnswers({ open: file });
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    const section = page.locator('.ps-section[data-section-id="security"]');
    await section.waitFor();
    // The outdated customization is announced, with a diff on request.
    await expect.poll(() => section.locator('.ps-section-notice').isVisible()).toBe(true);
    await section.getByText('What changed').click();
    await expect.poll(() => section.locator('.ps-diff li').count()).toBeGreaterThan(0);

    const url = page.url();
    const pagesBefore = page.context().pages().length;
    for (const name of ['script link', 'external link']) {
      const anchor = section.getByRole('link', { name });
      await anchor.click();
      await anchor.click({ modifiers: ['Control'] });
      await anchor.click({ button: 'middle' });
    }
    await page.waitForTimeout(500);
    expect(page.url()).toBe(url);
    expect(page.context().pages().length).toBe(pagesBefore);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // Ctrl+click hands http(s) links to the host (the system browser); never javascript:.
    expect(host.opened.external.every((u) => u.startsWith('https://'))).toBe(true);
    await page.close();
  });

  it('main screen: no serious or critical axe violations; screenshot', async () => {
    // The page's CSP rightly refuses an injected script; this page only is opened with CSP bypassed, to run axe.
    const page = await openPage({ bypassCSP: true });
    await newFromStarter(page, host);
    await page.waitForTimeout(300);
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-results/main-screen.png') });
    expect(existsSync(AXE)).toBe(true);
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(severe).toEqual([]);
    await page.close();
  });

  it('refuses API calls from another origin', async () => {
    const foreign = await fetch(`${host.url}api/listStarters`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
      body: '{"args":[]}',
    });
    expect(foreign.status).toBe(403);
    const noOrigin = await fetch(`${host.url}api/listStarters`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"args":[]}' });
    expect(noOrigin.status).toBe(403);
    const own = await fetch(`${host.url}api/listStarters`, { method: 'POST', headers: { 'content-type': 'application/json', origin: host.url.replace(/\/$/, '') }, body: '{"args":[]}' });
    expect(own.status).toBe(200);
    const bad = await fetch(`${host.url}api/openFile`, { method: 'POST', headers: { 'content-type': 'application/json', origin: host.url.replace(/\/$/, '') }, body: '{"args":["relative/path"]}' });
    expect(bad.status).toBe(400);
  });
});

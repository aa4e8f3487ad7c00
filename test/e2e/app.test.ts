import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../scripts/web-host.ts';
import { HAS_CHROMIUM, launchChromium } from './browser.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

/**
 * The text of the document pane. textContent, not innerText: off-screen sections are not rendered
 * (content-visibility: auto), and innerText leaves out what is not rendered.
 */
const docText = async (page: Page) => (await page.locator('.ps-document').textContent()) ?? '';

async function waitForDocText(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector('.ps-document')?.textContent?.includes(t) ?? false, text, { timeout: 15_000 });
}

/** Forgets unsaved work an earlier test left (otherwise the page rightly offers to restore it). */
async function discardRecovery(host: WebHost): Promise<void> {
  await fetch(`${host.url}api/discardRecovery`, { method: 'POST', headers: host.headers, body: '{"args":[]}' });
}

type AxeViolation = { id: string; impact: string; help: string; nodes: string[] };

/** Serious and critical axe violations on the page as it is now (the page must have been opened with CSP bypassed). */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The starter project with the security section customized from an older generated text, so its "generated text changed" notice shows. */
function writeOutdatedProject(file: string): void {
  const starter = JSON.parse(readFileSync(join(ROOT, 'templates/starters/saas-sweden.policy'), 'utf8')) as Record<string, unknown>;
  starter.overrides = [
    {
      sectionId: 'security',
      language: 'en',
      basedOnHash: 'outdated-on-purpose',
      content: {
        type: 'policySection',
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'How we protect your data' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'We encrypt everything and test our backups every quarter.' }] },
        ],
      },
    },
  ];
  writeFileSync(file, JSON.stringify(starter));
}

/** The accessible name of the focused element. */
const focusedName = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
});

async function newFromStarter(page: Page, host: WebHost): Promise<void> {
  await discardRecovery(host);
  await page.goto(host.pageUrl);
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

    // A recipient card added, named and picked by an activity shows in the document.
    const recipients = page.locator('#form-recipients');
    const count = await recipients.locator('.ps-card').count();
    await recipients.getByRole('button', { name: '+ Add recipient' }).click();
    const fresh = recipients.getByRole('group', { name: `New recipient ${count + 1}` });
    await fresh.getByLabel('Name', { exact: true }).fill('ZetaMail Ltd');
    const zeta = recipients.getByRole('group', { name: 'ZetaMail Ltd' });
    await zeta.getByLabel('What they do').fill('Sending our newsletters');
    await zeta.getByLabel('Add a country: Countries where the data is stored').selectOption('DE');
    await expect.poll(() => zeta.locator('.ps-chip').allInnerTexts()).toContain('Germany');
    await page.locator('#form-activities .ps-card').first().getByRole('group', { name: 'Recipients involved' }).getByLabel('ZetaMail Ltd').check();
    await waitForDocText(page, 'ZetaMail Ltd');
    expect(await docText(page)).toContain('Acme Testing AB');

    // Ctrl+F finds the recipient in the document: highlighted, counted, stepped with Enter, closed with Escape.
    await page.keyboard.press('Control+f');
    const find = page.getByRole('searchbox', { name: 'Find in document' });
    await expect.poll(() => find.evaluate((el) => el === document.activeElement)).toBe(true);
    await find.fill('zetamail');
    await expect.poll(() => page.locator('.ps-find-bar [role="status"]').innerText()).toMatch(/^1 of [1-9]\d*$/);
    expect(await page.locator('.ps-document .ps-find-current').innerText()).toBe('ZetaMail');
    const total = Number((await page.locator('.ps-find-bar [role="status"]').innerText()).split(' of ')[1]);
    expect(await page.locator('.ps-document .ps-find-match').count()).toBe(total);
    await find.press('Enter');
    await expect.poll(() => page.locator('.ps-find-bar [role="status"]').innerText()).toBe(`${total > 1 ? 2 : 1} of ${total}`);
    await find.press('Escape');
    await expect.poll(() => page.locator('.ps-find-bar').count()).toBe(0);
    expect(await page.locator('.ps-document .ps-find-match').count()).toBe(0);

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
    const before = await about.textContent();
    await about.click();
    await page.keyboard.type('INTRUDER');
    expect(await about.textContent()).toBe(before);

    // Save with Ctrl+S; the save dialog "chooses" the path set here.
    const file = join(work, 'acme.policy');
    host.setDialogAnswers({ save: file });
    await page.locator('#form-company h2').click();
    await page.keyboard.press('Control+s');
    await page.getByText('Saved acme.policy').waitFor();
    const saved = JSON.parse(readFileSync(file, 'utf8')) as {
      company: { legalName: string };
      recipients: { id: string; name: string; storedIn: string[] }[];
      activities: { recipients: string[] }[];
      overrides: { sectionId: string; content: unknown }[];
    };
    expect(saved.company.legalName).toBe('Acme Testing AB');
    // The id was made from the name; the country is stored as its code; the activity refers to the id.
    expect(saved.recipients.find((r) => r.name === 'ZetaMail Ltd')).toMatchObject({ id: 'zetamail-ltd', storedIn: expect.arrayContaining(['DE']) });
    expect(saved.activities[0]?.recipients).toContain('zetamail-ltd');
    const override = saved.overrides.find((o) => o.sectionId === 'security');
    expect(JSON.stringify(override?.content)).toContain('test our backups every quarter');
    await page.close();

    // Reopen in a fresh window: everything is there.
    const again = await openPage();
    await again.goto(host.pageUrl);
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
    // The new recipient's activity is in English only: the dialog asks before a Swedish document mixes languages.
    await dialog.getByRole('alert').getByText(/missing or stale in the chosen languages/).waitFor();
    await dialog.getByRole('button', { name: 'Export anyway' }).click();
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
    await page.goto(host.pageUrl);
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

  it('Open Recent lists saved projects; a missing one is explained, not re-asked for; the list can be cleared', async () => {
    // CSP bypassed for axe only.
    const page = await openPage({ bypassCSP: true });
    await newFromStarter(page, host);
    const kept = join(work, 'recent-kept.policy');
    const gone = join(work, 'recent-gone.policy');
    for (const file of [gone, kept]) {
      host.setDialogAnswers({ save: file });
      await page.getByRole('button', { name: 'Save As' }).click();
      await page.getByText(`Saved ${file.split('/').pop()}`).waitFor();
    }
    rmSync(gone);
    const recent = page.getByRole('button', { name: 'Open Recent' });
    await recent.click();
    const menu = page.getByRole('menu', { name: 'Open Recent' });
    const missing = menu.getByRole('menuitem', { name: /recent-gone\.policy/ });
    await expect.poll(() => missing.innerText()).toContain('missing');
    expect(await menu.getByRole('menuitem', { name: /recent-kept\.policy/ }).innerText()).not.toContain('missing');
    expect(await axeViolations(page)).toEqual([]);
    // Keyboard: the first entry has focus; arrows move, Escape returns to the button.
    await expect.poll(() => focusedName(page)).toMatch(/recent-kept\.policy/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedName(page)).toMatch(/recent-gone\.policy/);
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    await expect.poll(() => focusedName(page)).toMatch(/Open Recent/);

    await recent.click();
    await menu.getByRole('menuitem', { name: /recent-gone\.policy/ }).click();
    const explained = page.getByRole('dialog', { name: 'File not found' });
    await explained.waitFor();
    expect(await explained.innerText()).toContain(gone);
    expect(await axeViolations(page)).toEqual([]);
    await explained.getByRole('button', { name: 'Close' }).first().click();
    await expect.poll(() => explained.count()).toBe(0);

    await recent.click();
    await menu.getByRole('menuitem', { name: 'Clear list' }).click();
    await recent.click();
    await menu.getByText('No recent projects').waitFor();
    await page.close();
  });

  it('keyboard users reach every section action with Tab, and focus stays with the section after one', async () => {
    const file = join(work, 'outdated.policy');
    writeOutdatedProject(file);
    const page = await openPage();
    await discardRecovery(host);
    await page.goto(host.pageUrl);
    host.setDialogAnswers({ open: file });
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    const security = page.locator('.ps-section[data-section-id="security"]');
    await security.locator('.ps-section-notice').waitFor();

    // Tab from the first action of the document through to the security section's notice.
    await page.locator('.ps-section').first().locator('.ps-section-bar button').first().focus();
    const names: string[] = [await focusedName(page)];
    for (let i = 0; i < 80 && !names.includes('What changed (section “How we protect your data”)'); i++) {
      await page.keyboard.press('Tab');
      names.push(await focusedName(page));
    }
    const about = 'section “Who we are and what this policy covers”';
    const mine = 'section “How we protect your data”';
    for (const name of [`Customize (${about})`, `Insert section after (${about})`, `Revert to generated (${mine})`, `Insert section after (${mine})`, `Keep mine (${mine})`, `Use generated (${mine})`, `What changed (${mine})`]) {
      expect(names).toContain(name);
    }

    // Enter on "What changed" opens the diff; "Keep mine" hides the notice and focus moves to the section's first action.
    await page.keyboard.press('Enter');
    await expect.poll(() => security.locator('.ps-diff li').count()).toBeGreaterThan(0);
    await security.getByRole('button', { name: `Keep mine (${mine})` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => security.locator('.ps-section-notice').isVisible()).toBe(false);
    await expect.poll(() => focusedName(page)).toBe(`Revert to generated (${mine})`);

    // Customize with the keyboard: the rebuilt section's "Revert" takes focus.
    await page.getByRole('button', { name: `Customize (${about})` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.ps-section[data-section-id="about"]').getAttribute('data-origin')).toBe('customized');
    await expect.poll(() => focusedName(page)).toBe(`Revert to generated (${about})`);

    // Insert a section after it: the caret goes into the new section, ready to type.
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe(`Insert section after (${about})`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.ps-section[data-origin="custom"]').count()).toBe(1);
    // The caret lands in the new section once the editor has re-rendered; typing before that would be lost on a loaded machine.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const node = document.getSelection()?.anchorNode ?? null;
          const element = node instanceof Element ? node : (node?.parentElement ?? null);
          return element?.closest('.ps-section[data-origin="custom"]') !== null && element !== null;
        }),
      )
      .toBe(true);
    await page.keyboard.type('Our promise');
    await waitForDocText(page, 'Our promise');
    expect(await page.locator('.ps-section[data-origin="custom"]').innerText()).toContain('Our promise');
    await page.close();
  });

  it('screens at 1280×800 and 1024×700, the outdated-section notice and the export dialog: no overflow, no serious axe violations; screenshots', async () => {
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    const file = join(work, 'outdated-shots.policy');
    writeOutdatedProject(file);
    const page = await openPage({ bypassCSP: true });
    await discardRecovery(host);
    await page.goto(host.pageUrl);
    host.setDialogAnswers({ open: file });
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    const security = page.locator('.ps-section[data-section-id="security"]');
    await security.locator('.ps-section-notice').waitFor();

    for (const [width, height] of [
      [1280, 800],
      [1024, 700],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(200);
      // Nothing sticks out of the window or out of the toolbar (which would be cut off, not scrolled).
      const overflow = await page.evaluate(() => {
        const toolbar = document.querySelector('.ps-toolbar') as HTMLElement;
        const cut = [...toolbar.querySelectorAll<HTMLElement>('button, .ps-file-title')].filter((el) => el.getBoundingClientRect().right > toolbar.getBoundingClientRect().right + 0.5);
        return { page: document.documentElement.scrollWidth - window.innerWidth, toolbar: cut.map((el) => el.textContent) };
      });
      expect(overflow).toEqual({ page: 0, toolbar: [] });
      await page.screenshot({ path: join(ROOT, `test-results/main-screen-${width}x${height}.png`), caret: 'initial' });
    }

    await page.setViewportSize({ width: 1280, height: 800 });
    await security.scrollIntoViewIfNeeded();
    await security.getByText('What changed').click();
    await expect.poll(() => security.locator('.ps-diff li').count()).toBeGreaterThan(0);
    await security.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(200);
    // caret: 'initial' — to hide the caret Playwright writes a style attribute on every contenteditable element, which
    // ProseMirror takes for an edit of the section and redraws it (closing the diff): an artefact of the screenshot only.
    await page.screenshot({ path: join(ROOT, 'test-results/customized-notice.png'), caret: 'initial' });
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.waitFor();
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(ROOT, 'test-results/export-dialog.png'), caret: 'initial' });
    expect(await axeViolations(page)).toEqual([]);
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
    // The page's own Origin, faked by a local process, is not enough: the run's secret is missing.
    const noSecret = await fetch(`${host.url}api/listStarters`, { method: 'POST', headers: { 'content-type': 'application/json', origin: host.url.replace(/\/$/, '') }, body: '{"args":[]}' });
    expect(noSecret.status).toBe(403);
    const own = await fetch(`${host.url}api/listStarters`, { method: 'POST', headers: host.headers, body: '{"args":[]}' });
    expect(own.status).toBe(200);
    // Even with the secret, a path is no capability: only handles the host granted are.
    const bad = await fetch(`${host.url}api/openFile`, { method: 'POST', headers: host.headers, body: '{"args":["/etc/passwd"]}' });
    expect(bad.status).toBe(400);
  });

  it('the page keeps the secret out of its address and still works after a reload', async () => {
    const page = await openPage();
    await discardRecovery(host);
    await page.goto(host.pageUrl);
    await page.getByRole('button', { name: /B2B SaaS company in Sweden/ }).waitFor();
    expect(page.url()).toBe(host.url);
    await page.reload();
    await page.getByRole('button', { name: /B2B SaaS company in Sweden/ }).click();
    await page.locator('.ps-section[data-section-id="about"]').waitFor();
    await page.close();
  });
});

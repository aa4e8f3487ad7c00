import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../scripts/web-host.ts';
import { HAS_CHROMIUM, launchChromium } from './browser.ts';

const SHOTS = fileURLToPath(new URL('../../test-results/form-fit/', import.meta.url));

const LONG_PURPOSE =
  'Remembers which of our newsletter sign-up boxes you closed, so that we do not show it again on every page you visit during the next few weeks, and counts how often the box was closed.';

/** A box as [left, top, right, bottom]. */
type Box = [number, number, number, number];

interface Fit {
  /** Controls whose text does not fit their box (scrollWidth over clientWidth), by aria-label. */
  clipped: string[];
  /** Cells reaching past the table's frame. */
  outside: string[];
  /** Pairs of cells of one row that overlap. */
  overlapping: string[];
}

/** Measures every cell of a table in the page: clipped text, cells outside the frame, cells on top of each other. */
async function measure(page: Page, table: string): Promise<Fit> {
  return page.evaluate((selector) => {
    const box = (el: Element): Box => {
      const r = el.getBoundingClientRect();
      return [r.left, r.top, r.right, r.bottom];
    };
    const frame = document.querySelector(selector)!.closest('.ps-table-wrap')!;
    const [fl, , fr] = box(frame);
    const clipped: string[] = [];
    const outside: string[] = [];
    const overlapping: string[] = [];
    for (const el of frame.querySelectorAll<HTMLElement>('td input, td textarea, td select')) {
      const name = el.getAttribute('aria-label') ?? el.tagName;
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 2) clipped.push(name);
    }
    for (const row of frame.querySelectorAll('tr.ps-row')) {
      const cells = [...row.children].map((c) => ({ c, b: box(c) }));
      for (const { c, b } of cells) if (b[0] < fl - 1 || b[2] > fr + 1) outside.push(c.getAttribute('data-col') ?? c.className);
      for (let i = 0; i < cells.length; i++)
        for (let j = i + 1; j < cells.length; j++) {
          const [a, b] = [cells[i]!.b, cells[j]!.b];
          if (a[0] < b[2] - 1 && b[0] < a[2] - 1 && a[1] < b[3] - 1 && b[1] < a[3] - 1) overlapping.push(`${cells[i]!.c.getAttribute('data-col') ?? cells[i]!.c.className} × ${cells[j]!.c.getAttribute('data-col') ?? cells[j]!.c.className}`);
        }
    }
    return { clipped, outside, overlapping };
  }, table);
}

/** Types into a name field and picks the library suggestion whose label is `label`. */
async function pick(page: Page, field: ReturnType<Page['locator']>, typed: string, label: string, shot?: string) {
  await field.click();
  await field.pressSequentially(typed);
  if (shot) await page.screenshot({ path: join(SHOTS, shot) });
  await page.getByRole('option', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first().click();
}

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

/** Serious and critical axe violations inside `selectors` (the page must have been opened with CSP bypassed, for axe only). */
async function axeViolations(page: Page, selectors: string[]): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (include) => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: object, opts: object): Promise<Result> } }).axe;
    const result = await axe.run({ include: include.map((s) => [s]) }, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selectors);
}

/** A screenshot of the whole window with `selector` scrolled to the top of the form pane. */
async function shoot(page: Page, selector: string, file: string) {
  await page.locator(selector).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(SHOTS, file) });
}

describe.skipIf(!HAS_CHROMIUM)('a form that fits (browser host)', () => {
  let browser: Browser;
  let host: WebHost;

  beforeAll(async () => {
    const work = mkdtempSync(join(tmpdir(), 'policy-studio-e2e-fit-'));
    host = await startWebHost({ dataDir: join(work, 'data') });
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  for (const [width, height] of [
    [1024, 700],
    [1280, 800],
  ] as const) {
    it(`at ${width}×${height}, library suggestions fill recipients and cookies, and no table cell is cut off or overlapped`, async () => {
      // CSP bypassed for axe only.
      const page = await browser.newPage({ viewport: { width, height }, bypassCSP: true });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await fetch(`${host.url}api/discardRecovery`, { method: 'POST', headers: host.headers, body: '{"args":[]}' });
      await page.goto(host.pageUrl);
      await page.getByRole('button', { name: /Blank project/ }).click();
      await page.locator('#form-recipients').waitFor();

      // A recipient from the library: typing "stri" offers Stripe; choosing it fills the card.
      await page.locator('#form-recipients').getByRole('button', { name: /Add recipient/ }).click();
      const recipientName = page.locator('[data-path="recipients[0].name"] input');
      await pick(page, recipientName, 'stri', 'Stripe', `suggestions-${width}.png`);
      await expect.poll(() => recipientName.inputValue()).toBe('Stripe Payments Europe, Limited');
      expect(await page.locator('[data-path="recipients[0].activity"] textarea').inputValue()).toBe('Processes online payments');
      expect(await recipientName.evaluate((el: HTMLInputElement) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
      await shoot(page, '#form-recipients', `recipients-${width}.png`);

      // Cookies: two from the library, one typed by hand with a long purpose.
      const cookies = page.locator('#form-cookies');
      for (const [typed, label] of [
        ['_ga', '_ga'],
        ['_fbp', '_fbp'],
      ] as const) {
        await cookies.getByRole('button', { name: /Add row/ }).click();
        const row = (await cookies.locator('tr.ps-row').count()) - 1;
        await pick(page, cookies.locator(`[data-cell="${row}:0"]`), typed, label, row === 0 ? `cookie-suggestions-${width}.png` : undefined);
      }
      await cookies.getByRole('button', { name: /Add row/ }).click();
      await cookies.locator('[data-cell="2:0"]').fill('newsletter_box_closed_at');
      await cookies.locator('[data-cell="2:1"]').fill('Our own site (first party)');
      await cookies.locator('[data-cell="2:3"]').fill(LONG_PURPOSE);
      await cookies.locator('[data-cell="2:4"]').fill('6 months after the last visit');
      expect(await cookies.locator('[data-cell="0:1"]').inputValue()).toBe('Google Analytics');

      // Tab through the first row: nothing pinned slides over the name.
      await cookies.locator('[data-cell="0:0"]').focus();
      for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
      // With the suggestions open: the combobox and its list are accessible.
      await cookies.locator('[data-cell="2:0"]').fill('');
      await page.keyboard.type('_g');
      await cookies.getByRole('listbox').waitFor();
      expect(await axeViolations(page, ['#form-cookies', '#form-recipients'])).toEqual([]);
      await page.keyboard.press('Escape');
      await cookies.locator('[data-cell="2:0"]').fill('newsletter_box_closed_at');

      const fit = await measure(page, '[data-table="cookies"]');
      await shoot(page, '#form-cookies', `cookies-${width}.png`);
      expect(fit).toEqual({ clipped: [], outside: [], overlapping: [] });

      // Dates: the effective date and the change log's dates are typed and shown the same way (Chromium's locale here: en-US).
      const changes = page.locator('#form-changes');
      await changes.getByRole('button', { name: /Add row/ }).click();
      const effective = changes.getByLabel('Effective date');
      const logged = changes.locator('[data-cell="0:0"]');
      expect(await effective.getAttribute('type')).toBe('text');
      expect(await effective.inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      expect(await logged.inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      await logged.fill('3/2/2026');
      await logged.blur();
      expect(await logged.inputValue()).toBe('03/02/2026');
      await changes.locator('[data-cell="0:1"]').fill('We now use Stripe for payments and Google Analytics to count visits, and say for how long each cookie lasts.');
      const changeLog = await measure(page, '[data-table="changeLog"]');
      expect(changeLog).toEqual({ clipped: [], outside: [], overlapping: [] });

      // A cleared number says what to enter.
      const age = page.locator('#form-children').getByLabel('Minimum age');
      await age.fill('');
      expect(await page.locator('[data-path="children.minimumAge"] .ps-field-error').textContent()).toBe('Enter the minimum age in whole years, or 0 if there is none');
      await shoot(page, '#form-children', `children-${width}.png`);
      await shoot(page, '#form-changes', `changes-${width}.png`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

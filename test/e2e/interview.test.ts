import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../scripts/web-host.ts';
import { HAS_CHROMIUM, launchChromium } from './browser.ts';

/** Where the screenshots go, to be looked at (`INTERVIEW_SHOTS` or a temporary folder, printed). */
const SHOTS = process.env.INTERVIEW_SHOTS ?? mkdtempSync(join(tmpdir(), 'policy-studio-interview-'));

const heading = (page: Page) => page.locator('.ps-interview-question');

/** Skips until the question on screen starts with `text`. */
async function skipTo(page: Page, text: string): Promise<void> {
  for (let i = 0; i < 25; i++) {
    if ((await heading(page).textContent())?.startsWith(text)) return;
    await page.getByRole('button', { name: 'Skip' }).click();
  }
  throw new Error(`no question starting "${text}"`);
}

async function yes(page: Page, question: string): Promise<void> {
  await skipTo(page, question);
  await page.getByRole('radio', { name: 'Yes' }).check();
  await page.keyboard.press('Enter');
}

/** Each recipient in the form: its name and its role as the role select holds it. */
const recipientsInForm = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('[data-path^="recipients["][data-path$="].name"] input')].map((input) => {
      const base = input.closest('[data-path]')!.getAttribute('data-path')!.replace(/\.name$/, '');
      const role = document.querySelector<HTMLSelectElement>(`[data-path="${base}.role"] select`)?.value ?? '';
      return { name: input.value, role };
    }),
  );

describe.skipIf(!HAS_CHROMIUM)('the guided interview in Chromium (browser host)', () => {
  let browser: Browser;
  let host: WebHost;

  beforeAll(async () => {
    const work = mkdtempSync(join(tmpdir(), 'policy-studio-e2e-interview-'));
    host = await startWebHost({ dataDir: join(work, 'data'), ...(process.env.INTERVIEW_RENDERER ? { rendererDir: process.env.INTERVIEW_RENDERER } : {}) });
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
    console.log(`[e2e] interview screenshots in ${SHOTS}`);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('a small web shop answers the questions and gets its recipients with the right roles', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.pageUrl, { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: /Answer a few questions/ }).click();

    await page.getByRole('combobox').fill('Sweden');
    await page.keyboard.press('Enter');
    await page.getByLabel(/Legal name of the company/).fill('Nordlys Handel AB');
    await page.getByLabel(/Email address for privacy questions/).fill('privacy@nordlys.example');
    await page.getByLabel(/Street address/).fill('Storgatan 1');
    await page.getByLabel(/Postal code/).fill('111 22');
    await page.getByLabel(/^City/).fill('Stockholm');
    await page.getByLabel(/Website address/).fill('https://nordlys.example');
    await page.keyboard.press('Enter');

    await skipTo(page, 'Where do your customers');
    await page.getByRole('checkbox', { name: /European Union/ }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await skipTo(page, 'What do you sell');
    await page.getByRole('checkbox', { name: /Things we ship/ }).check();
    await page.keyboard.press('Enter');
    await yes(page, 'Do you send a newsletter');
    await yes(page, 'Do you measure visits');
    await yes(page, 'Do you show ads');

    await skipTo(page, 'Which of these services');
    for (const name of ['Shopify', 'Stripe', 'PayPal', 'Mailchimp', 'Google Analytics', 'Meta Pixel']) await page.getByRole('checkbox', { name: new RegExp(`^${name}`) }).check();
    await expect.poll(() => page.getByText('6 chosen').count()).toBe(1);
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: join(SHOTS, 'interview-services-1024x700.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: join(SHOTS, 'interview-services-1280x800.png') });
    await page.keyboard.press('Enter');

    while ((await page.getByRole('button', { name: 'Skip' }).count()) > 0) await page.getByRole('button', { name: 'Skip' }).click();
    await page.screenshot({ path: join(SHOTS, 'interview-done-1280x800.png') });
    await page.getByRole('button', { name: 'Create project' }).click();

    await page.getByRole('region', { name: 'Made from your answers' }).waitFor();
    await page.locator('.ps-document').waitFor({ timeout: 15_000 });
    // Cards past the first ones render a moment after the document shows (renderer/components/lazy-render.ts).
    await expect.poll(async () => (await recipientsInForm(page)).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(6);
    const recipients = await recipientsInForm(page);
    // Recipients are named by the legal entity that contracts with EU customers.
    const roleOf = (entity: string) => recipients.find((r) => r.name.includes(entity))?.role;
    expect(roleOf('Stripe')).toBe('processor');
    expect(roleOf('The Rocket Science Group')).toBe('processor');
    expect(roleOf('PayPal')).toBe('independent-controller');
    expect(roleOf('Meta Platforms')).toBe('joint-controller');
    expect(await page.locator('.ps-document').textContent()).toContain('Nordlys Handel AB');
    // The library holds each service's EU transfer tool, so the GDPR checklist the interview chose misses nothing.
    await page.getByRole('button', { name: 'Checklist', exact: true }).click();
    const checklist = page.getByRole('complementary', { name: 'Checklist' });
    await expect.poll(() => checklist.getByRole('status').textContent(), { timeout: 15_000 }).toBe('Every required item is stated');
    expect(await checklist.getByRole('heading', { name: /^GDPR \(EU\): (\d+)\/\1$/ }).count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'interview-checklist-1280x800.png') });
    await page.getByRole('button', { name: 'Checklist', exact: true }).click();
    await page.screenshot({ path: join(SHOTS, 'interview-form-1280x800.png') });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: join(SHOTS, 'interview-form-1024x700.png') });
    await page.close();
  }, 90_000);
});

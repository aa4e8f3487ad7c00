import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBundle } from '../../../shared/export/bundle.ts';
import { isString } from '../../../shared/export/pdf/pdf-objects.ts';
import { contentsEntries, exportStandaloneHtml } from '../../../shared/export/html.ts';
import { sectionPages } from '../../../shared/export/pdf/print-policy.ts';
import { readPdf } from '../../../shared/export/pdf/pdf-reader.ts';
import type { DocumentLanguage } from '../../../shared/model/languages.ts';
import { findPrintEngine } from '../../../shared/node/chromium-path.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { nodeWriters } from '../../../shared/node/writers.ts';
import { generatePolicy, type GeneratedPolicy } from '../../../shared/pipeline.ts';
import { hasTool, loadStarters, normalizeSpace, sectionHeadings } from './starter-policies.ts';

/**
 * The print-ready parts of the PDF, as a PDF reader shows them: contents
 * with the page each section starts on, bookmarks for every section, tags,
 * metadata (title, the legal name as author, language, "Policy Studio" as
 * producer), the legal name in the running header, the first page filled,
 * and no lead-in left at the foot of a page. English and Swedish are
 * printed in one bundle, in parallel pages of one browser.
 */

const chromium = findPrintEngine();
const poppler = hasTool('pdftotext', ['-v']) && hasTool('pdfinfo', ['-v']) && hasTool('pdftohtml', ['-v']);

interface Printed {
  policy: GeneratedPolicy;
  file: string;
  bytes: Uint8Array;
  /** `pdftotext -layout`, one string per page. */
  pages: string[];
  info: string;
  /** `pdftohtml -xml`'s outline: each bookmark's title and page, with its depth. */
  outline: { title: string; page: number; depth: number }[];
  /** How many times the browser printed this language's page. */
  prints: number;
}

/** Each word on page 1 as poppler places it (`pdftotext -bbox`): text and box, in points. */
function wordsOnPage1(file: string): { text: string; box: number[] }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    text: m[5]!,
    box: [m[1], m[2], m[3], m[4]].map(Number),
  }));
}

/** How far apart the same words lie on two pages, at most, in points; the pages must have the same words in the same order. */
function largestShift(a: { text: string; box: number[] }[], b: { text: string; box: number[] }[]): number {
  expect(a.map((w) => w.text)).toEqual(b.map((w) => w.text));
  return Math.max(...a.flatMap((w, i) => w.box.map((v, j) => Math.abs(v - b[i]!.box[j]!))));
}

/** The bookmarks of a PDF as poppler reads them. */
function outlineOf(file: string): Printed['outline'] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-q', '-stdout', file], { encoding: 'utf8' });
  const start = xml.indexOf('<outline>');
  if (start < 0) return [];
  const items: Printed['outline'] = [];
  let depth = -1;
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  for (const m of xml.slice(start).matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
    if (m[0] === '<outline>') depth++;
    else if (m[0] === '</outline>') depth--;
    else items.push({ page: Number(m[1]), title: unescape(m[2]!).trim(), depth });
    if (depth < 0) break;
  }
  return items;
}

/** A page's lines without blank lines, the running header (first line) and footer (last line). */
const bodyLines = (page: string): string[] => page.split('\n').map((l) => l.trim()).filter((l) => l !== '').slice(1, -1);

describe.skipIf(!chromium || !poppler)('PDF export, print-ready', () => {
  let dir = '';
  const printed = new Map<DocumentLanguage, Printed>();
  const producer = 'Policy Studio 9.8.7';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pdf-outline-'));
    const saas = loadStarters().find((s) => s.id === 'saas-sweden')!.project;
    const writers = nodeWriters();
    const prints = new Map<string, number>();
    // The bundle's pages, counted as they print (each page names its language).
    const counting: typeof writers = {
      ...writers,
      pdfSession: async (html, policy, options) => {
        const session = await writers.pdfSession!(html, policy, options);
        const lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? '';
        return { ...session, print: () => (prints.set(lang, (prints.get(lang) ?? 0) + 1), session.print()) };
      },
    };
    try {
      const files = await exportBundle({ project: saas, langs: ['en', 'sv'], formats: ['pdf'], env: nodeEnv, writers: counting, producer, paper: 'A4' });
      for (const file of files) {
        const lang = file.lang!;
        const path = join(dir, file.name);
        writeFileSync(path, file.contents);
        const pages = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '');
        printed.set(lang, {
          policy: generatePolicy(saas, lang, nodeEnv),
          file: path,
          bytes: file.contents as Uint8Array,
          pages,
          info: execFileSync('pdfinfo', [path], { encoding: 'utf8' }),
          outline: outlineOf(path),
          prints: prints.get(lang) ?? 0,
        });
      }
      // The same page printed with the numbers in it, as it was before they were written into the printed PDF.
      for (const [lang, p] of printed) {
        const pages = sectionPages(readPdf(p.bytes), p.policy.document);
        const session = await writers.pdfSession!(exportStandaloneHtml(p.policy.document, p.policy.context, { contentsPages: pages }), p.policy, { paper: 'A4' });
        try {
          writeFileSync(join(dir, `numbers-in-page.${lang}.pdf`), await session.print());
        } finally {
          await session.close();
        }
      }
    } finally {
      await writers.close();
    }
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const both = (): [DocumentLanguage, Printed][] => [...printed];

  it('lists every section in the contents with the page it starts on', () => {
    expect(printed.size).toBe(2);
    for (const [lang, { pages, policy }] of both()) {
      const first = bodyLines(pages[0]!);
      const headings = sectionHeadings(policy);
      headings.forEach((heading, i) => {
        const entry = first.find((l) => normalizeSpace(l).startsWith(`${i + 1}. ${heading} `));
        expect(entry, `${lang}: contents entry "${heading}"`).toBeDefined();
        const page = Number(/(\d+)$/.exec(entry!)?.[1]);
        // The heading is a line of its own on that page, after the contents on page 1.
        const lines = bodyLines(pages[page - 1] ?? '');
        const at = page === 1 ? lines.lastIndexOf(heading) : lines.indexOf(heading);
        expect(at, `${lang}: "${heading}" is not on page ${page}`).toBeGreaterThanOrEqual(0);
        if (page === 1) expect(at).toBeGreaterThan(lines.findIndex((l) => l.startsWith(`${headings.length}. `)));
      });
    }
  });

  it('prints each language once, its contents numbered in the printed PDF just as a print with the numbers in the page shows them', () => {
    for (const [lang, { prints, file, policy }] of both()) {
      expect(prints, lang).toBe(1);
      const words = wordsOnPage1(file);
      expect(words.length, lang).toBeGreaterThan(contentsEntries(policy.document).length * 3);
      // Every word on the contents page, page numbers included, in the same place to 0.02 pt (the numbers' widths
      // are the font's rounded to 1/1000 of its size, the browser's are not: a page number lands 0.01 pt off).
      expect(largestShift(words, wordsOnPage1(join(dir, `numbers-in-page.${lang}.pdf`))), lang).toBeLessThan(0.02);
    }
  });

  it('has a bookmark for every section, under the title, on the page its heading is on', () => {
    for (const [lang, { outline, policy, pages }] of both()) {
      const top = outline.filter((o) => o.depth === 0);
      expect(top.map((o) => o.title), lang).toEqual([policy.context.message('document.title')]);
      for (const heading of sectionHeadings(policy)) {
        const mark = outline.find((o) => o.title === heading);
        expect(mark, `${lang}: bookmark "${heading}"`).toBeDefined();
        expect(bodyLines(pages[mark!.page - 1]!), `${lang}: bookmark "${heading}" page`).toContain(heading);
      }
    }
  });

  it('is tagged, with title, author (the legal name), language and producer, not a browser user-agent', () => {
    for (const [lang, { info, bytes, policy, file }] of both()) {
      expect(info, lang).toMatch(/Tagged:\s+yes/);
      expect(info, lang).toContain(`Title:           ${policy.context.message('document.title')} – ${policy.context.companyName}`);
      expect(info, lang).toContain(`Author:          ${policy.context.legalName}`);
      expect(info, lang).toContain(`Producer:        ${producer}`);
      expect(info, lang).toContain(`Creator:         ${producer}`);
      expect(info, lang).not.toMatch(/HeadlessChrome|Mozilla|Skia/);
      const catalogLang = readPdf(bytes).catalog().entries.get('Lang');
      expect(isString(catalogLang) && catalogLang.bytes, lang).toBe(lang);
      const xmp = execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' });
      expect(xmp, lang).toContain(`<rdf:li>${lang}</rdf:li>`);
      // The structure tree has headings, lists and tables for screen readers.
      const struct = execFileSync('pdfinfo', ['-struct', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      for (const tag of ['H1', 'H2', 'L', 'LI', 'Table', 'TH', 'TD', 'P']) expect(struct, `${lang}: tag ${tag}`).toMatch(new RegExp(`^\\s*${tag}\\b`, 'm'));
    }
  });

  it('shows the legal name in the running header of every page', () => {
    for (const [lang, { pages, policy }] of both()) {
      expect(policy.context.legalName).not.toBe(policy.context.companyName);
      pages.forEach((page, i) => {
        const header = page.split('\n').find((l) => l.trim() !== '') ?? '';
        expect(header, `${lang} page ${i + 1}`).toContain(policy.context.legalName);
      });
    }
  });

  it('starts the policy on the first page, after the contents', () => {
    for (const [lang, { pages, policy }] of both()) {
      const [first] = sectionHeadings(policy);
      expect(bodyLines(pages[0]!), lang).toContain(first);
      expect(bodyLines(pages[0]!).length, lang).toBeGreaterThan(sectionHeadings(policy).length + 8);
    }
  });

  it('never ends a page with a lead-in whose list or table is on the next', () => {
    for (const [lang, { pages }] of both()) {
      pages.slice(0, -1).forEach((page, i) => {
        const last = bodyLines(page).at(-1) ?? '';
        expect(last.endsWith(':'), `${lang}: page ${i + 1} ends with "${last}"`).toBe(false);
      });
    }
  });
});

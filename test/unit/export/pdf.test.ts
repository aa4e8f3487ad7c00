import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBundle } from '../../../shared/export/bundle.ts';
import type { PaperSize } from '../../../shared/export/html-style.ts';
import type { DocumentLanguage } from '../../../shared/model/languages.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { findPrintEngine } from '../../../shared/node/chromium-path.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { nodeWriters, type NodeWriters } from '../../../shared/node/writers.ts';
import { generatePolicy, type GeneratedPolicy } from '../../../shared/pipeline.ts';
import { baseProjectInput, buildProject } from '../../fixtures/project-builder.ts';
import { hasTool, loadStarters, missingFrom, normalizeSpace, projectFacts, sectionHeadings } from './starter-policies.ts';

/**
 * PDFs as printed by the CLI (Chromium's print engine, the one inside
 * Electron's printToPDF too) and read back with poppler: the text has every
 * heading and fact, pages are A4 or Letter as asked, each page carries the
 * running header and a localized "Page X of Y", tables repeat their header
 * row and keep rows whole, headings stay with their text. One browser
 * prints every PDF of this file. Set POLICY_STUDIO_PDF_PREVIEW=<folder> to
 * keep PNGs of the first pages and of a page with a table, to look at.
 */

const chromium = findPrintEngine();
const poppler = hasTool('pdftotext', ['-v']) && hasTool('pdfinfo', ['-v']) && hasTool('pdftoppm', ['-v']);
if (!chromium) console.warn('No Chromium found: skipping the PDF tests (Debian: apt-get install chromium)');
if (!poppler) console.warn('pdftotext/pdfinfo/pdftoppm not on PATH: skipping the PDF tests (Debian: apt-get install poppler-utils)');

interface Printed {
  policy: GeneratedPolicy;
  project: Project;
  paper: PaperSize;
  file: string;
  /** `pdftotext -layout`, one string per page: lines as laid out, header and footer first and last. */
  pages: string[];
  /**
   * `pdftotext -raw`: the text in reading order. A table cell's lines
   * interleave with its neighbours' in the layout text; here they follow
   * each other. A line ending in a hyphen is joined to the next, so a name
   * broken after its hyphen ("__Host-" / "stigvis_csrf") reads whole.
   */
  raw: string;
  info: string;
}

/** A project whose processors table runs over several pages; each activity starts and ends with a token, to find a row's two ends. */
function longTableProject(): Project {
  const base = baseProjectInput();
  const recipients = Array.from({ length: 70 }, (_, i) => ({
    id: `processor-${i}`,
    name: `Processor ${i} Ltd`,
    role: 'processor' as const,
    activity: `R${i}start hosting, support and backups for the customer workload, described at some length so that the cell wraps over lines R${i}end`,
    storedIn: [i % 2 ? 'US' : 'DE'],
    transfers: i % 2 ? { eu: { mechanism: 'scc' as const } } : {},
  }));
  return buildProject({
    languages: ['en'],
    recipients,
    activities: base.activities!.map((a) => ({ ...a, recipients: recipients.map((r) => r.id) })),
  });
}

const pageSize = (info: string): { width: number; height: number } => {
  const match = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  if (!match) throw new Error(`no page size in pdfinfo output:\n${info}`);
  return { width: Number(match[1]), height: Number(match[2]) };
};

/** The page (0-based) whose text holds `needle`, or -1. */
const pageOf = (pages: readonly string[], needle: string): number => pages.findIndex((p) => normalizeSpace(p).includes(needle));

/** A page's lines without blank lines, the running header (first line) and footer (last line). */
const bodyLines = (page: string): string[] => page.split('\n').map((l) => l.trim()).filter((l) => l !== '').slice(1, -1);

describe.skipIf(!chromium || !poppler)('PDF export, as a PDF reader sees it', () => {
  let dir = '';
  let writers: NodeWriters | undefined;
  const printed = new Map<string, Printed>();

  async function print(key: string, project: Project, lang: DocumentLanguage, paper: PaperSize): Promise<void> {
    const [file] = await exportBundle({ project, langs: [lang], formats: ['pdf'], env: nodeEnv, writers, paper });
    const path = join(dir, `${key}.pdf`);
    writeFileSync(path, file!.contents);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    const raw = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/-\n/g, '-');
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    printed.set(key, { policy: generatePolicy(project, lang, nodeEnv), project, paper, file: path, pages, raw, info });
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pdf-test-'));
    writers = nodeWriters();
    const saas = loadStarters().find((s) => s.id === 'saas-sweden')!.project;
    try {
      await print('en-a4', saas, 'en', 'A4');
      await print('sv-a4', saas, 'sv', 'A4');
      await print('en-letter', saas, 'en', 'Letter');
      await print('long-table', longTableProject(), 'en', 'A4');
    } finally {
      await writers.close();
    }
  }, 90_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const get = (key: string): Printed => printed.get(key)!;

  it('contains every section heading and the key facts, in English and in Swedish', () => {
    for (const key of ['en-a4', 'sv-a4', 'en-letter']) {
      const { policy, project, pages, raw } = get(key);
      const text = pages.join('\n');
      expect(missingFrom(text, sectionHeadings(policy).map((t, i) => ({ what: `heading ${i + 1}`, text: t }))), key).toEqual([]);
      expect(text, key).toContain(policy.context.message('document.title'));
      expect(missingFrom(raw, projectFacts(project, policy.context.lang)), key).toEqual([]);
    }
  });

  it('prints on A4 (595 × 842 pt) or Letter (612 × 792 pt) as asked', () => {
    for (const key of ['en-a4', 'sv-a4', 'long-table']) {
      const size = pageSize(get(key).info);
      expect(size.width, key).toBeCloseTo(595.3, -0.5);
      expect(size.height, key).toBeCloseTo(841.9, -0.5);
    }
    expect(pageSize(get('en-letter').info)).toEqual({ width: 612, height: 792 });
    // Letter is shorter: the same policy takes at least as many pages.
    expect(get('en-letter').pages.length).toBeGreaterThanOrEqual(get('en-a4').pages.length);
  });

  it('numbers every page "Page X of Y" in the document language, with the company and title in the header', () => {
    for (const [key, label] of [['en-a4', (i: number, n: number) => `Page ${i} of ${n}`], ['sv-a4', (i: number, n: number) => `Sida ${i} av ${n}`]] as const) {
      const { pages, policy, info } = get(key);
      expect(info).toContain(`Pages:           ${pages.length}`);
      expect(pages.length, key).toBeGreaterThanOrEqual(5);
      const lastUpdated = policy.context.message('document.lastUpdated', { date: policy.context.formatDate(policy.context.lastUpdated) });
      pages.forEach((page, i) => {
        const lines = page.split('\n').filter((l) => l.trim() !== '');
        expect(lines[0], `${key} page ${i + 1} header`).toContain(policy.context.legalName);
        expect(lines[0], `${key} page ${i + 1} header`).toContain(policy.context.message('document.title'));
        expect(lines.at(-1), `${key} page ${i + 1} footer`).toContain(label(i + 1, pages.length));
        expect(lines.at(-1), `${key} page ${i + 1} footer`).toContain(lastUpdated);
      });
    }
  });

  it('puts the title, the contents and the start of the first section on the first page', () => {
    for (const key of ['en-a4', 'sv-a4']) {
      const { pages, policy } = get(key);
      const [first, second] = sectionHeadings(policy);
      expect(bodyLines(pages[0]!)[0], key).toBe(policy.context.message('document.title'));
      expect(pages[0], key).toContain(policy.context.message('document.contents'));
      // Page 1 lists the sections in its numbered contents, each with its page, then opens the first of them.
      const lines = bodyLines(pages[0]!);
      expect(lines.some((l) => new RegExp(`^1\\. ${first!} .* 1$`).test(l)), key).toBe(true);
      expect(lines.some((l) => l.startsWith(`2. ${second!} `)), key).toBe(true);
      expect(lines, key).toContain(first);
    }
  });

  it('never leaves a heading alone at the bottom of a page', () => {
    for (const key of ['en-a4', 'sv-a4', 'en-letter', 'long-table']) {
      const { pages, policy } = get(key);
      const headings = new Set(sectionHeadings(policy));
      pages.forEach((page, i) => {
        const last = bodyLines(page).at(-1) ?? '';
        expect(headings.has(last), `${key}: page ${i + 1} ends with the heading "${last}"`).toBe(false);
      });
    }
  });

  it('repeats the table header row on every page the table runs over, and keeps each row on one page', () => {
    const { pages } = get('long-table');
    const rowPages = Array.from({ length: 70 }, (_, i) => ({ start: pageOf(pages, `R${i}start`), end: pageOf(pages, `R${i}end`) }));
    rowPages.forEach((row, i) => {
      expect(row.start, `row ${i} printed`).toBeGreaterThanOrEqual(0);
      expect(row.end, `row ${i} split over two pages`).toBe(row.start);
    });
    const tablePages = [...new Set(rowPages.map((r) => r.start))];
    expect(tablePages.length).toBeGreaterThanOrEqual(3);
    for (const p of tablePages) expect(pages[p], `page ${p + 1} lacks the header row`).toMatch(/Recipient\s+What they do for us\s+Where the data/);
  });

  it('is a tagged PDF (headings, tables and reading order for screen readers)', () => {
    expect(get('en-a4').info).toMatch(/Tagged:\s+yes/);
  });

  it('renders the first pages and a page with a table to images', () => {
    const { file, pages } = get('en-a4');
    const tablePage = pageOf(pages, 'Recipient What they do for us') + 1;
    expect(tablePage).toBeGreaterThan(1);
    const out = process.env.POLICY_STUDIO_PDF_PREVIEW ?? join(dir, 'png');
    mkdirSync(out, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, join(out, 'saas-sweden.en')]);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(tablePage), '-l', String(tablePage), file, join(out, 'saas-sweden.en.table')]);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', get('long-table').file, join(out, 'long-table')]);
    const pngs = readdirSync(out).filter((f) => f.endsWith('.png'));
    expect(pngs.length).toBeGreaterThanOrEqual(4);
    // A blank page compresses to almost nothing: a page of text and tables does not.
    for (const png of pngs) expect(statSync(join(out, png)).size, png).toBeGreaterThan(8_000);
  });
});

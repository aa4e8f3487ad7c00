import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concurrencyLimit } from '../../../shared/export/concurrency.ts';
import { contentsEntries } from '../../../shared/export/html.ts';
import { printPolicyPdf } from '../../../shared/export/pdf/print-policy.ts';
import { createChromiumPdfPrinter, type PdfPrinter } from '../../../shared/node/chromium-pdf.ts';
import { findPrintEngine } from '../../../shared/node/chromium-path.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { generatePolicy, type GeneratedPolicy } from '../../../shared/pipeline.ts';
import { largeProject } from '../../bench/large-project.ts';
import { hasTool, normalizeSpace, sectionHeadings, starterPolicies } from './starter-policies.ts';

/**
 * The contents' page numbers are written into the printed PDF (one print a
 * language) only where they can be: otherwise the page prints again with
 * them, right but slower, and nothing but the time would show it. Checked
 * for every starter in each of its languages and for the benchmark's large
 * project (73 pages, long tables, numbers of two digits), printed as the
 * export prints them: one print each, and every contents entry names the
 * page its section's heading is on.
 */

const chromium = findPrintEngine();
const poppler = hasTool('pdftotext', ['-v']);

interface Printed {
  key: string;
  prints: number;
  /** `pdftotext -layout`, one string per page. */
  pages: string[];
  headings: string[];
}

describe.skipIf(!chromium || !poppler)('PDF contents numbered in the printed PDF', () => {
  let printer: PdfPrinter;
  let dir = '';
  const printed: Printed[] = [];

  beforeAll(async () => {
    printer = createChromiumPdfPrinter();
    dir = mkdtempSync(join(tmpdir(), 'pdf-contents-'));
    const policies: { key: string; policy: GeneratedPolicy }[] = [
      ...starterPolicies().map(({ key, policy }) => ({ key, policy })),
      { key: 'large.en', policy: generatePolicy(largeProject(), 'en', nodeEnv) },
    ];
    const limit = concurrencyLimit(2);
    await Promise.all(
      policies.map(({ key, policy }) =>
        limit(async () => {
          let prints = 0;
          const engine = {
            open: async (html: string) => {
              const session = await printer.open(html, 'A4');
              return { ...session, print: () => (prints++, session.print()) };
            },
          };
          const bytes = await printPolicyPdf(policy.document, policy.context, engine, { producer: 'Policy Studio test' });
          const file = join(dir, `${key}.pdf`);
          writeFileSync(file, bytes);
          const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
          expect(contentsEntries(policy.document).length, key).toBeGreaterThan(5);
          printed.push({ key, prints, pages, headings: sectionHeadings(policy) });
        }),
      ),
    );
  }, 300_000);

  afterAll(async () => {
    await printer?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('prints every starter in each of its languages, and the large project, once', () => {
    expect(printed.length).toBeGreaterThan(5);
    for (const { key, prints } of printed) expect(prints, key).toBe(1);
  });

  it('names in each contents entry the page its section starts on', () => {
    const largest = new Map<string, number>();
    for (const { key, pages, headings } of printed) {
      const contents = pages[0]!.split('\n').map(normalizeSpace);
      const numbers = headings.map((heading, i) => {
        const entry = contents.find((l) => l.startsWith(`${i + 1}. ${normalizeSpace(heading)} `));
        expect(entry, `${key}: contents entry "${heading}"`).toBeDefined();
        const page = Number(/ (\d+)$/.exec(entry!)?.[1]);
        const lines = (pages[page - 1] ?? '').split('\n').map(normalizeSpace);
        // On page 1 the heading comes after the contents, whose entries start with the same words.
        expect(lines.filter((l) => l === normalizeSpace(heading)).length, `${key}: "${heading}" on page ${page}`).toBeGreaterThan(0);
        return page;
      });
      expect([...numbers].sort((a, b) => a - b), key).toEqual(numbers);
      largest.set(key, Math.max(...numbers));
    }
    // Numbers of two digits: the large project's sections run over 70 pages.
    expect(largest.get('large.en')).toBeGreaterThan(40);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concurrencyLimit } from '../../../shared/export/concurrency.ts';
import { contentsEntries, exportStandaloneHtml } from '../../../shared/export/html.ts';
import { readPdf } from '../../../shared/export/pdf/pdf-reader.ts';
import { sectionPages } from '../../../shared/export/pdf/print-policy.ts';
import { createChromiumPdfPrinter, type PdfPrinter } from '../../../shared/node/chromium-pdf.ts';
import { findPrintEngine } from '../../../shared/node/chromium-path.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { generatePolicy, type GeneratedPolicy } from '../../../shared/pipeline.ts';
import { largeProject } from '../../bench/large-project.ts';
import { hasTool, normalizeSpace, sectionHeadings, starterPolicies } from './starter-policies.ts';

/**
 * The draft print, which only tells where each section lands, hides every
 * element to be cheap: the contents' page numbers are right only if it
 * still breaks the pages where the final print does. Checked for every
 * starter in each of its languages and for the benchmark's large project
 * (73 pages, long tables), printed as `printPolicyPdf` prints them: the
 * contents with placeholder numbers, draft and final from one loaded page.
 */

const chromium = findPrintEngine();
const poppler = hasTool('pdftotext', ['-v']);

interface Compared {
  key: string;
  draft: Map<string, number>;
  final: Map<string, number>;
  draftText: string;
  headings: string[];
}

describe.skipIf(!chromium || !poppler)('PDF draft print', () => {
  let printer: PdfPrinter;
  let dir = '';
  const compared: Compared[] = [];

  beforeAll(async () => {
    printer = createChromiumPdfPrinter();
    dir = mkdtempSync(join(tmpdir(), 'pdf-draft-'));
    const policies: { key: string; policy: GeneratedPolicy }[] = [
      ...starterPolicies().map(({ key, policy }) => ({ key, policy })),
      { key: 'large.en', policy: generatePolicy(largeProject(), 'en', nodeEnv) },
    ];
    const limit = concurrencyLimit(2);
    await Promise.all(
      policies.map(({ key, policy }) =>
        limit(async () => {
          const placeholders = new Map(contentsEntries(policy.document).map((e) => [e.sectionId, '00']));
          const session = await printer.open(exportStandaloneHtml(policy.document, policy.context, { contentsPages: placeholders }), 'A4');
          try {
            const draftBytes = await session.print(true);
            const finalBytes = await session.print(false);
            const file = join(dir, `${key}.draft.pdf`);
            writeFileSync(file, draftBytes);
            compared.push({
              key,
              draft: sectionPages(readPdf(draftBytes), policy.document),
              final: sectionPages(readPdf(finalBytes), policy.document),
              draftText: normalizeSpace(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })),
              headings: sectionHeadings(policy),
            });
          } finally {
            await session.close();
          }
        }),
      ),
    );
  }, 300_000);

  afterAll(async () => {
    await printer?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lands every section on the page the final print puts it on, for every starter and the large project', () => {
    expect(compared.length).toBeGreaterThan(5);
    for (const { key, draft, final } of compared) {
      expect(draft.size, `${key}: sections found in the draft`).toBeGreaterThan(3);
      expect([...draft], key).toEqual([...final]);
    }
    // The large project spreads its sections over many pages: a draft that put everything on page 1 would not pass.
    const large = compared.find((c) => c.key === 'large.en')!;
    expect(Math.max(...large.final.values())).toBeGreaterThan(40);
  });

  it("draws none of the policy's text in the draft (only the running header and footer), which is read only for where the sections landed", () => {
    for (const { key, draftText, headings } of compared) {
      for (const heading of headings) expect(draftText, `${key}: "${heading}" drawn in the draft`).not.toContain(normalizeSpace(heading));
    }
  });
});

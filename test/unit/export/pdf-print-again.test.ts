import { describe, expect, it } from 'vitest';
import { anchorId } from '../../../shared/export/html-serializer.ts';
import { contentsEntries } from '../../../shared/export/html.ts';
import { printPolicyPdf } from '../../../shared/export/pdf/print-policy.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { generatePolicy } from '../../../shared/pipeline.ts';
import { minimalPdf } from '../../fixtures/minimal-pdf.ts';
import { loadStarters } from './starter-policies.ts';

/**
 * When the contents' page numbers cannot be written into the printed PDF
 * (here an engine whose PDF draws no text at all, as a print engine other
 * than Chromium's might), the page prints again with the numbers in it:
 * the file a user gets says on which page each section starts, and never
 * shows a placeholder.
 */
describe('printPolicyPdf when the numbers cannot go into the printed PDF', () => {
  const policy = generatePolicy(loadStarters().find((s) => s.id === 'saas-sweden')!.project, 'en', nodeEnv);
  const entries = contentsEntries(policy.document);
  /** Section i starts on page i + 1 (the first on page 1, after the contents). */
  const destinations = Object.fromEntries(entries.map((e, i) => [anchorId(e.sectionId), i + 1]));
  const tocPage = (html: string) => [...html.matchAll(/<span class="toc-page">([^<]*)<\/span>/g)].map((m) => m[1]);

  it('prints again with each section’s page in the contents, and returns that print', async () => {
    const pages: string[] = [];
    const printedBytes: Uint8Array[] = [];
    const engine = {
      print: async (html: string) => {
        pages.push(html);
        const bytes = minimalPdf({ pages: entries.length, destinations, creator: `print ${pages.length}` });
        printedBytes.push(bytes);
        return bytes;
      },
    };
    const pdf = await printPolicyPdf(policy.document, policy.context, engine, { producer: 'Policy Studio test' });
    expect(pages).toHaveLength(2);
    expect(tocPage(pages[0]!)).toEqual(entries.map((_, i) => ['01', '23', '45', '67', '89'][i % 5]));
    expect(tocPage(pages[1]!)).toEqual(entries.map((_, i) => String(i + 1)));
    // The file is the second print with the metadata appended.
    expect(pdf.subarray(0, printedBytes[1]!.byteLength)).toEqual(printedBytes[1]);
  });

  it('prints a section that landed on no page without a number, not with the placeholder it was printed with', async () => {
    const pages: string[] = [];
    const { [anchorId(entries[2]!.sectionId)]: _left, ...rest } = destinations;
    const engine = {
      print: async (html: string) => {
        pages.push(html);
        return minimalPdf({ pages: entries.length, destinations: rest });
      },
    };
    await printPolicyPdf(policy.document, policy.context, engine, { producer: 'Policy Studio test' });
    const last = pages.at(-1)!;
    expect(tocPage(last)).toEqual(entries.filter((_, i) => i !== 2).map((e) => String(entries.indexOf(e) + 1)));
    expect(last).toContain(`<li><a href="#${anchorId(entries[2]!.sectionId)}">`);
  });
});

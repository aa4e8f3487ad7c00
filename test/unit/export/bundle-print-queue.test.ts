import { describe, expect, it } from 'vitest';
import { exportBundle, type BinaryWriters } from '../../../shared/export/bundle.ts';
import type { PrintSession } from '../../../shared/export/pdf/print-policy.ts';
import type { DocumentLanguage } from '../../../shared/model/languages.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { loadStarters } from './starter-policies.ts';

/**
 * A print engine that prints nothing: each "PDF" is the page it was given
 * (as printed last, with the contents' numbers in), so the test can read
 * which document each file was made from. Pages print one at a time, and
 * each print waits until the test lets it go, as a slow browser would.
 */
function fakeEngine() {
  const opened: string[] = [];
  const waiting: (() => void)[] = [];
  const writers: BinaryWriters = {
    pdfSession: async (html): Promise<PrintSession> => {
      opened.push(html);
      let page = html;
      return {
        print: async () => {
          await new Promise<void>((resolve) => waiting.push(resolve));
          // The smallest PDF the reader takes: one page, each section on page 2.
          return page === '' ? new Uint8Array() : minimalPdf();
        },
        fillContentsPages: async (pages) => {
          page = `${html}<!-- pages ${[...pages.values()].join(',')} -->`;
        },
        close: async () => undefined,
      };
    },
  };
  return { writers, opened, release: () => waiting.splice(0).forEach((go) => go()) };
}

/** A one-page PDF with no named destinations (so no page numbers to fill in). */
function minimalPdf(): Uint8Array {
  const body = [`%PDF-1.4`, `1 0 obj\n<</Type /Catalog /Pages 2 0 R>>\nendobj`, `2 0 obj\n<</Type /Pages /Kids [3 0 R] /Count 1>>\nendobj`, `3 0 obj\n<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>>\nendobj`];
  let out = '';
  const offsets: number[] = [];
  for (const part of body) {
    if (part.startsWith('%')) out += `${part}\n`;
    else {
      offsets.push(out.length);
      out += `${part}\n`;
    }
  }
  const xref = out.length;
  out += `xref\n0 4\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<</Size 4 /Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

describe('exportBundle with PDFs waiting for a free page', () => {
  const starter = loadStarters().find((s) => s.file.endsWith('saas-sweden.policy'))!;
  const langs = starter.project.languages as DocumentLanguage[];

  /** The pages each PDF was printed from, in language order, with `pdfParallel` pages printing at once. */
  async function printedPages(pdfParallel: number): Promise<{ pages: string[]; names: string[] }> {
    const engine = fakeEngine();
    let written = 0;
    const files = exportBundle({
      project: starter.project,
      langs,
      formats: ['html', 'md', 'pdf'],
      env: nodeEnv,
      writers: engine.writers,
      pdfParallel,
      disclosureIndex: true,
      onProgress: () => void written++,
    });
    // No print finishes before every other file is written; then they are let go one at a time.
    while (written < langs.length * 2) await new Promise((resolve) => setTimeout(resolve, 5));
    // Each language prints twice here (the fake's PDF has no contents to number in place, so it prints again with them).
    let done = false;
    void files.finally(() => void (done = true));
    for (let i = 0; i < 800 && !done; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      engine.release();
    }
    const out = await files;
    return { pages: engine.opened, names: out.filter((f) => f.format === 'pdf').map((f) => f.name) };
  }

  it("prints each language's own document, disclosure index included, when its print waits (and its document is generated again) as when none waits", async () => {
    expect(langs.length).toBeGreaterThanOrEqual(2);
    const waiting = await printedPages(1);
    const atOnce = await printedPages(langs.length);
    expect(waiting.pages).toHaveLength(langs.length);
    for (const [i, lang] of langs.entries()) {
      expect(waiting.pages[i]).toContain(`<html lang="${lang}"`);
      expect(waiting.pages[i]).toBe(atOnce.pages[i]);
    }
    expect(waiting.pages[langs.indexOf('en')]).toContain('Disclosure index');
    expect(waiting.names).toEqual(langs.map((l) => `privacy-policy.${l}.pdf`));
  });
});

import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import type { Dialogs } from '../../../electron/dialogs.ts';
import { createAppExportRunner } from '../../../electron/export-runner.ts';
import { createAutosave } from '../../../electron/files/autosave.ts';
import { createProjectFiles } from '../../../electron/files/project-files.ts';
import { createRecentFiles } from '../../../electron/files/recent-files.ts';
import { createStarters } from '../../../shared/node/files/starters.ts';
import { createCapabilityRegistry } from '../../../electron/files/capabilities.ts';
import { createHandlers } from '../../../electron/handlers.ts';
import type { PrintWindow } from '../../../electron/pdf-printer.ts';
import { EXPORT_FORMATS, exportFileName } from '../../../shared/export/formats.ts';
import { PAPER_INCHES, type PaperSize } from '../../../shared/export/html-style.ts';
import type { ExportRunner } from '../../../shared/host/export-runner.ts';
import { createExportRunner, type PrintPdf } from '../../../shared/node/export-runner.ts';
import { buildProject, baseProjectInput } from '../../fixtures/project-builder.ts';
import { minimalPdf } from '../../fixtures/minimal-pdf.ts';
import { useTempDirs } from './temp-dir.ts';

const tempDir = useTempDirs();
/** What the fake printers print: a readable PDF, which the export appends its metadata to. */
const PDF_BYTES = minimalPdf();
const startsWithPdf = (contents: unknown) => expect((contents as Uint8Array).subarray(0, PDF_BYTES.byteLength)).toEqual(PDF_BYTES);

/** A PDF printer that records each page and paper it was given. */
function recordingPrinter() {
  const pages: { html: string; paper: PaperSize }[] = [];
  const print: PrintPdf = async (html, paper) => {
    pages.push({ html, paper });
    return PDF_BYTES;
  };
  return { print, pages };
}

/** The export handler over a real folder (the one the folder dialog chooses), with the runner under test. */
async function exportHandler(runExport: ExportRunner) {
  const dir = await tempDir();
  const folder = join(dir, 'export');
  const dialogs: Dialogs = { showOpen: async () => folder, showSave: async () => null, confirm: async () => 0 };
  const api = createHandlers({
    grants: createCapabilityRegistry().forWindow('test'),
    dialogs,
    shell: { openExternal: async () => undefined, showItemInFolder: () => undefined },
    files: createProjectFiles(),
    recent: createRecentFiles({ folder: join(dir, 'data') }),
    autosave: createAutosave({ folder: join(dir, 'data') }),
    starters: createStarters(join(dir, 'starters')),
    runExport,
    logError: () => undefined,
  });
  return { api, folder };
}

describe('createExportRunner (shared by the app and the browser test host)', () => {
  it('makes every language × format with the CLI’s names, and index.html for two HTML languages', async () => {
    const printer = recordingPrinter();
    const run = createExportRunner({ pdf: printer.print });
    const files = await run({ project: buildProject(), langs: ['en', 'sv'], formats: [...EXPORT_FORMATS] });
    const expected = ['en', 'sv'].flatMap((lang) => EXPORT_FORMATS.map((format) => exportFileName(lang, format)));
    expect(files.map((f) => f.name)).toEqual([...expected, 'index.html']);
    expect(expected).toContain('privacy-policy.sv.fragment.html');
    expect(expected).toContain('privacy-policy.en.md');

    const byName = new Map(files.map((f) => [f.name, f.contents]));
    expect(byName.get('privacy-policy.en.html')).toMatch(/^<!DOCTYPE html>[\s\S]*Nordlys Software AB/);
    expect(byName.get('privacy-policy.sv.html')).toContain('lang="sv"');
    expect(byName.get('privacy-policy.en.fragment.html')).not.toContain('<html');
    expect(byName.get('privacy-policy.en.md')).toContain('Nordlys Software AB');
    expect(byName.get('index.html')).toContain('href="privacy-policy.sv.html"');
    const docx = byName.get('privacy-policy.sv.docx');
    expect(docx).toBeInstanceOf(Uint8Array);
    const zip = await JSZip.loadAsync(docx as Uint8Array);
    expect(await zip.file('word/document.xml')?.async('string')).toContain('Nordlys Software AB');
    startsWithPdf(byName.get('privacy-policy.en.pdf'));

    // The printer got each language's page on the company's paper (Sweden: A4): first with
    // placeholders for the contents' page numbers, and, as this fake's PDF has no contents to number in place, again
    // as the standalone page, which has none (no section landed on a page).
    expect(printer.pages).toHaveLength(4);
    expect(printer.pages.filter((p) => p.html.includes('<span class="toc-page">01</span>'))).toHaveLength(2);
    expect(new Set(printer.pages.filter((p) => !p.html.includes('<span class="toc-page">')).map((p) => p.html))).toEqual(new Set([byName.get('privacy-policy.en.html'), byName.get('privacy-policy.sv.html')]));
    expect(printer.pages.map((p) => p.paper)).toEqual(['A4', 'A4', 'A4', 'A4']);
  });

  it('writes no index.html for one HTML language or for languages without HTML', async () => {
    const run = createExportRunner();
    const one = await run({ project: buildProject(), langs: ['sv'], formats: ['html', 'md'] });
    expect(one.map((f) => f.name)).toEqual(['privacy-policy.sv.html', 'privacy-policy.sv.md']);
    const noHtml = await run({ project: buildProject(), langs: ['en', 'sv'], formats: ['fragment'] });
    expect(noHtml.map((f) => f.name)).toEqual(['privacy-policy.en.fragment.html', 'privacy-policy.sv.fragment.html']);
  });

  it('prints on the paper asked for, else on the company country’s paper', async () => {
    const printer = recordingPrinter();
    const run = createExportRunner({ pdf: printer.print });
    await run({ project: buildProject(), langs: ['en'], formats: ['pdf'], paper: 'Letter' });
    const input = baseProjectInput();
    const us = buildProject({ company: { ...input.company, address: { street: '1 Main St', postalCode: '94105', city: 'San Francisco', region: 'CA', country: 'US' } } });
    await run({ project: us, langs: ['en'], formats: ['pdf'] });
    expect(printer.pages.map((p) => p.paper)).toEqual(['Letter', 'Letter', 'Letter', 'Letter']);
  });

  it('reads templates from the folder it is given (the bundled app’s copy)', async () => {
    const run = createExportRunner({ templatesDir: join(await tempDir(), 'no-templates-here') });
    await expect(run({ project: buildProject(), langs: ['en'], formats: ['html'] })).rejects.toThrow(/no-templates-here/);
  });

  it('says so when PDF is asked for and no printer is available', async () => {
    const run = createExportRunner();
    await expect(run({ project: buildProject(), langs: ['en'], formats: ['html', 'pdf'] })).rejects.toThrow(/PDF export needs a browser engine/);
  });

  it('fails the whole export with a clear message when a PDF cannot be printed, leaving the folder untouched', async () => {
    const run = createExportRunner({
      // The Swedish page fails, whatever order the PDFs print in.
      pdf: async (html) => {
        if (/<html lang="sv"/.test(html)) throw new Error('the print engine crashed');
        return PDF_BYTES;
      },
    });
    await expect(run({ project: buildProject(), langs: ['en', 'sv'], formats: ['html', 'pdf'] })).rejects.toThrow(
      'The PDF privacy-policy.sv.pdf could not be printed: the print engine crashed',
    );

    const { api, folder } = await exportHandler(run);
    const result = await api.exportFiles({ project: buildProject(), langs: ['en', 'sv'], formats: ['html', 'md', 'pdf'] });
    expect(result).toEqual({ ok: false, kind: 'failed', message: 'The PDF privacy-policy.sv.pdf could not be printed: the print engine crashed' });
    // Nothing half-written: the English files made before the failure were not written either.
    expect(existsSync(folder) ? await readdir(folder) : []).toEqual([]);
  });

  it('exports through the handler into the chosen folder', async () => {
    const { api, folder } = await exportHandler(createExportRunner({ pdf: recordingPrinter().print }));
    const result = await api.exportFiles({ project: buildProject(), langs: ['en', 'sv'], formats: ['html', 'pdf'], paper: 'Letter' });
    expect(result).toMatchObject({ ok: true, folder });
    expect((await readdir(folder)).sort()).toEqual(['index.html', 'privacy-policy.en.html', 'privacy-policy.en.pdf', 'privacy-policy.sv.html', 'privacy-policy.sv.pdf']);
    startsWithPdf(new Uint8Array(await readFile(join(folder, 'privacy-policy.en.pdf'))));
  });
});

describe('createAppExportRunner (the desktop app)', () => {
  it('prints PDFs with Electron’s printToPDF in a hidden window, destroyed afterwards', async () => {
    const windows: { options: BrowserWindowConstructorOptions; print: PrintToPDFOptions | null; destroyed: boolean }[] = [];
    const createPrintWindow = vi.fn((options: BrowserWindowConstructorOptions): PrintWindow => {
      const record = { options, print: null as PrintToPDFOptions | null, destroyed: false };
      windows.push(record);
      return {
        loadURL: async () => undefined,
        webContents: {
          printToPDF: async (print) => {
            record.print = print;
            return Buffer.from(PDF_BYTES);
          },
        },
        destroy: () => void (record.destroyed = true),
      };
    });
    const run = createAppExportRunner({ createPrintWindow, templatesDir: join(import.meta.dirname, '../../../templates') });
    const files = await run({ project: buildProject(), langs: ['en', 'sv'], formats: ['pdf'], paper: 'Letter' });
    expect(files.map((f) => f.name)).toEqual(['privacy-policy.en.pdf', 'privacy-policy.sv.pdf']);
    startsWithPdf(files[0]?.contents);
    // Two prints per language: this fake's PDF has no contents to write the page numbers into, so each prints again.
    expect(windows).toHaveLength(4);
    expect(windows.every((w) => w.destroyed && w.options.show === false)).toBe(true);
    expect(windows[0]?.print?.pageSize).toEqual(PAPER_INCHES.Letter);
  });
});

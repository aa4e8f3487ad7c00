import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pdfPrintSettings } from '../../../shared/export/html-style.ts';
import { PRINT_ONLY_CSS, PRINT_ONLY_HEAD, PRINT_PAGE_CSP, printOnlyPage } from '../../../shared/export/pdf/print-only.ts';
import {
  MAX_DATA_URL_LENGTH,
  PRINT_PARTITION,
  electronPdfWriter,
  electronPrintOptions,
  printHtmlInElectron,
  type PrintWindow,
  type TempHtmlFiles,
} from '../../../electron/pdf-printer.ts';

/** A stand-in for a hidden BrowserWindow that records what the printer asks of it. */
class FakeWindow implements PrintWindow {
  loadedUrl: string | null = null;
  /** The page as the window would read it: decoded from the data URL or read from the file, at load time. */
  loadedHtml: string | null = null;
  printOptions: PrintToPDFOptions | null = null;
  destroyed = false;
  constructor(
    readonly options: BrowserWindowConstructorOptions,
    private readonly failOn: 'load' | 'print' | null = null,
  ) {}
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    if (url.startsWith('data:')) this.loadedHtml = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString('utf8');
    else this.loadedHtml = readFileSync(fileURLToPath(url), 'utf8');
    if (this.failOn === 'load') throw new Error('ERR_FAILED');
  }
  webContents = {
    printToPDF: async (options: PrintToPDFOptions): Promise<Uint8Array> => {
      this.printOptions = options;
      if (this.failOn === 'print') throw new Error('Printing failed');
      return Buffer.from('%PDF-1.7 fake');
    },
  };
  destroy(): void {
    this.destroyed = true;
  }
}

function factory(failOn: 'load' | 'print' | null = null) {
  const windows: FakeWindow[] = [];
  const create = (options: BrowserWindowConstructorOptions) => {
    const w = new FakeWindow(options, failOn);
    windows.push(w);
    return w;
  };
  return { windows, create };
}

const HTML = '<!DOCTYPE html><html lang="sv"><head><title>Integritetspolicy</title><style>p{}</style></head><body><p>Å, ä & ö</p></body></html>';

describe('printHtmlInElectron', () => {
  it('prints in a hidden, sandboxed window with JavaScript off and no preload, then destroys it', async () => {
    const { windows, create } = factory();
    const pdf = await printHtmlInElectron(HTML, 'A4', create);
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7 fake');
    expect(pdf).toBeInstanceOf(Uint8Array);
    expect(windows).toHaveLength(1);
    const [w] = windows;
    expect(w!.options.show).toBe(false);
    expect(w!.options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      partition: PRINT_PARTITION,
    });
    expect(w!.options.webPreferences?.preload).toBeUndefined();
    expect(w!.destroyed).toBe(true);
  });

  it('loads the page as a UTF-8 data URL, byte for byte, hidden on screen (it is only printed)', async () => {
    const { windows, create } = factory();
    await printHtmlInElectron(HTML, 'A4', create);
    expect(windows[0]!.loadedUrl).toMatch(/^data:text\/html;charset=utf-8;base64,/);
    expect(windows[0]!.loadedHtml).toBe(printOnlyPage(HTML));
    // Everything of the page, and the one rule that only the screen sees, last in its head, after a policy that lets it load nothing.
    expect(windows[0]!.loadedHtml!.replace(PRINT_ONLY_HEAD, '')).toBe(HTML);
    expect(windows[0]!.loadedHtml).toContain(`<style>${PRINT_ONLY_CSS}</style></head>`);
    expect(windows[0]!.loadedHtml).toContain(`<meta http-equiv="Content-Security-Policy" content="${PRINT_PAGE_CSP}">`);
  });

  it('asks printToPDF for the same paper, margins and flags as the CLI printer', async () => {
    for (const paper of ['A4', 'Letter'] as const) {
      const { windows, create } = factory();
      await printHtmlInElectron(HTML, paper, create);
      const s = pdfPrintSettings(paper);
      expect(windows[0]!.printOptions).toEqual(electronPrintOptions(paper));
      expect(windows[0]!.printOptions).toMatchObject({
        pageSize: s.pageInches,
        margins: s.marginsInches,
        printBackground: true,
        displayHeaderFooter: false,
        preferCSSPageSize: false,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
      });
    }
    expect(electronPrintOptions('A4').pageSize).toEqual({ width: expect.closeTo(8.27, 2), height: expect.closeTo(11.69, 2) });
    expect(electronPrintOptions('Letter').pageSize).toEqual({ width: 8.5, height: 11 });
  });

  it('loads a page too long for a data URL from a private temporary file, removed afterwards', async () => {
    const big = `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${'<p>Processor Ltd – cookie_1</p>'.repeat(Math.ceil(MAX_DATA_URL_LENGTH / 20))}</body></html>`;
    const { windows, create } = factory();
    const written: string[] = [];
    const removed: string[] = [];
    const temp: TempHtmlFiles = {
      write: async (html) => {
        const path = join(mkdtempSync(join(tmpdir(), 'pdf-printer-test-')), 'policy.html');
        writeFileSync(path, html);
        written.push(path);
        return path;
      },
      remove: async (path) => {
        rmSync(path, { force: true });
        removed.push(path);
      },
    };
    await printHtmlInElectron(big, 'Letter', create, temp);
    expect(written).toHaveLength(1);
    expect(windows[0]!.loadedUrl).toMatch(/^file:\/\//);
    expect(windows[0]!.loadedHtml).toBe(printOnlyPage(big));
    expect(removed).toEqual(written);
    expect(existsSync(written[0]!)).toBe(false);
  });

  it('uses a real temporary file by default and removes it', async () => {
    const big = `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${'<p>x</p>'.repeat(MAX_DATA_URL_LENGTH / 5)}</body></html>`;
    const { windows, create } = factory();
    await printHtmlInElectron(big, 'A4', create);
    const path = fileURLToPath(windows[0]!.loadedUrl!);
    expect(windows[0]!.loadedHtml).toBe(printOnlyPage(big));
    expect(existsSync(path)).toBe(false);
  });

  it('destroys the window and rethrows when loading or printing fails', async () => {
    for (const failOn of ['load', 'print'] as const) {
      const { windows, create } = factory(failOn);
      await expect(printHtmlInElectron(HTML, 'A4', create)).rejects.toThrow(failOn === 'load' ? 'ERR_FAILED' : 'Printing failed');
      expect(windows[0]!.destroyed).toBe(true);
    }
  });

  it('gives exportBundle a PDF writer that prints on the paper the bundle asks for', async () => {
    const { windows, create } = factory();
    const write = electronPdfWriter(create);
    await write(HTML, {} as never, { paper: 'Letter' });
    expect(windows[0]!.printOptions?.pageSize).toEqual({ width: 8.5, height: 11 });
  });
});

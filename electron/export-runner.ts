import type { ExportRunner } from '../shared/host/export-runner.ts';
import { createExportRunner } from '../shared/node/export-runner.ts';
import { printHtmlInElectron, type PrintWindowFactory } from './pdf-printer.ts';

export interface AppExportRunnerOptions {
  /** Makes the hidden window a PDF is printed in: `(options) => new BrowserWindow(options)`. */
  createPrintWindow: PrintWindowFactory;
  /** The `templates/` folder the build copied next to the main process (`appPaths().templatesDir`). */
  templatesDir: string;
}

/**
 * The desktop app's export runner: the shared runner (the browser test host
 * uses the same one) with PDFs printed by Electron's own Chromium
 * (`printToPDF` in a hidden window), so the app needs no browser installed.
 */
export function createAppExportRunner(options: AppExportRunnerOptions): ExportRunner {
  return createExportRunner({
    templatesDir: options.templatesDir,
    pdf: (html, paper) => printHtmlInElectron(html, paper, options.createPrintWindow),
  });
}

import { exportBundle, type BinaryWriters } from '../export/bundle.ts';
import { exportDocx } from '../export/docx/index.ts';
import type { PaperSize } from '../export/html-style.ts';
import type { ExportRunner } from '../host/export-runner.ts';
import type { PipelineEnv } from '../pipeline.ts';
import { appProducer } from './app-version.ts';
import { nodeEnv } from './env.ts';
import { loadLanguagePack } from './template-files.ts';

/**
 * Prints one standalone policy page to PDF. The app passes Electron's
 * printToPDF (`electron/pdf-printer.ts`), the browser test host Chromium
 * (`shared/node/chromium-pdf.ts`): the same HTML and settings either way.
 */
export type PrintPdf = (html: string, paper: PaperSize, draft?: boolean) => Promise<Uint8Array>;

export interface ExportRunnerOptions {
  /** How PDFs are printed; without it, an export that asks for PDF fails with a message saying so. */
  pdf?: PrintPdf;
  /**
   * The `templates/` folder to read language packs from. By default the
   * repository's (found from the source file); a bundled main process passes
   * the folder its build copied the templates to.
   */
  templatesDir?: string;
}

/** The pipeline's environment reading templates from `templatesDir`, or `nodeEnv` without one. */
export function templatesEnv(templatesDir?: string): PipelineEnv {
  if (templatesDir === undefined) return nodeEnv;
  return { languagePack: (lang) => loadLanguagePack(lang, templatesDir) };
}

/**
 * The export runner of the desktop app and the browser test host: every
 * language × format of a job through `exportBundle` (the CLI's path too),
 * with DOCX from the shared writer and PDF from the injected printer. No
 * Electron import, so both hosts share it. The files come back in memory;
 * when any of them fails (a PDF that cannot be printed, say: the bundle
 * names the file), the runner throws and the host writes nothing, so a
 * folder never holds half an export.
 */
export function createExportRunner(options: ExportRunnerOptions = {}): ExportRunner {
  const env = templatesEnv(options.templatesDir);
  const { pdf } = options;
  const writers: BinaryWriters = {
    docx: (policy) => exportDocx(policy.document, policy.context),
    ...(pdf ? { pdf: (html, _policy, pdfOptions) => pdf(html, pdfOptions.paper, pdfOptions.draft) } : {}),
  };
  return async (job) => {
    const files = await exportBundle({
      project: job.project,
      langs: job.langs,
      formats: job.formats,
      env,
      writers,
      producer: appProducer(),
      ...(job.paper ? { paper: job.paper } : {}),
    });
    return files.map((file) => ({ name: file.name, contents: file.contents }));
  };
}

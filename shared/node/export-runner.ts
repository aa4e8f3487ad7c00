import { exportBundle, type BinaryWriters } from '../export/bundle.ts';
import { exportDocx } from '../export/docx/index.ts';
import type { PaperSize } from '../export/html-style.ts';
import type { ExportedFile, ExportJob, ExportRunner, RedlineCompare } from '../host/export-runner.ts';
import type { DocumentLanguage } from '../model/languages.ts';
import { generatePolicy, type PipelineEnv } from '../pipeline.ts';
import { redlineDocx, redlineHtml } from '../export/redline/index.ts';
import { resolveVersionRef, type VersionRead } from '../versions/api.ts';
import { versionMessage } from '../versions/messages.ts';
import { appProducer } from './app-version.ts';
import { nodeEnv } from './env.ts';
import { loadLanguagePack } from './template-files.ts';
import { nativeDeflateRaw, nativeFlate } from './writers.ts';

/**
 * Prints one standalone policy page to PDF. The app passes Electron's
 * printToPDF (`electron/pdf-printer.ts`), the browser test host Chromium
 * (`shared/node/chromium-pdf.ts`): the same HTML and settings either way.
 */
export type PrintPdf = (html: string, paper: PaperSize) => Promise<Uint8Array>;

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
    // zlib's deflate, as the CLI writes DOCX: a tenth of the JavaScript one's time.
    docx: (policy) => exportDocx(policy.document, policy.context, { deflateRaw: nativeDeflateRaw }),
    ...(pdf ? { pdf: (html, _policy, pdfOptions) => pdf(html, pdfOptions.paper), pdfFlate: nativeFlate } : {}),
  };
  return async (job) => {
    if (job.compare) return redlineFiles(job, job.compare, env);
    const files = await exportBundle({
      project: job.project,
      langs: job.langs,
      formats: job.formats,
      env,
      writers,
      producer: appProducer(),
      ...(job.paper ? { paper: job.paper } : {}),
      ...(job.disclosureIndex ? { disclosureIndex: true } : {}),
    });
    return files.map((file) => ({ name: file.name, contents: file.contents }));
  };
}

/** The legend's name for one side, in the document language: "Version 2 (1 March 2025)", "Working copy". */
function sideLabel(read: VersionRead & { ok: true }, lang: DocumentLanguage, formatDate: (iso: string) => string): string {
  return read.version ? versionMessage(lang, 'label.version', { n: read.version.id.slice(1), date: formatDate(read.version.date) }) : versionMessage(lang, 'label.working');
}

/**
 * The redline files of a job, as `policy-studio export --compare` writes them
 * (`privacy-policy.<lang>.redline-<from>-<to>.docx|html`): tracked changes by
 * the company, dated the newer version's day (today for the working copy).
 * A version that no longer matches its hash is refused with the reason.
 */
async function redlineFiles(job: ExportJob, compare: RedlineCompare, env: PipelineEnv): Promise<ExportedFile[]> {
  const from = resolveVersionRef(job.project, compare.from);
  if (!from.ok) throw new Error(`The redline cannot be made: ${from.message}.`);
  const to = resolveVersionRef(job.project, compare.to);
  if (!to.ok) throw new Error(`The redline cannot be made: ${to.message}.`);
  const date = to.version?.date ?? new Date().toISOString().slice(0, 10);
  const files: ExportedFile[] = [];
  for (const lang of job.langs) {
    const before = generatePolicy(from.project, lang, env);
    const after = generatePolicy(to.project, lang, env);
    const stem = `privacy-policy.${lang}.redline-${compare.from}-${compare.to}`;
    if (job.formats.includes('docx')) {
      files.push({ name: `${stem}.docx`, contents: await redlineDocx(before.document, after.document, after.context, { author: job.project.company.legalName, date }) });
    }
    if (job.formats.includes('html')) {
      const labels = { from: sideLabel(from, lang, after.context.formatDate), to: sideLabel(to, lang, after.context.formatDate) };
      files.push({ name: `${stem}.html`, contents: redlineHtml(before.document, after.document, after.context, labels) });
    }
  }
  return files;
}

import type { DocumentLanguage } from '../model/languages.ts';
import type { Project } from '../model/schema.ts';
import { generatePolicy, type GeneratedPolicy, type PipelineEnv } from '../pipeline.ts';
import { escapeHtml } from '../render/escape.ts';
import { checks } from '../checks/checklist.ts';
import { withDisclosureIndex } from '../checks/disclosure-index.ts';
import { exportFileName, type ExportFormat } from './formats.ts';
import { exportHtmlFragment, exportStandaloneHtml } from './html.ts';
import { STANDALONE_CSS, defaultPaperSize, type PaperSize } from './html-style.ts';
import { exportMarkdown } from './markdown.ts';
import { concurrencyLimit } from './concurrency.ts';
import type { FlateCodec } from './pdf/pdf-streams.ts';
import { printPolicyPdf, type PdfEngine, type PrintSession } from './pdf/print-policy.ts';

/** One exported file, in memory: the CLI writes it to disk, the app through the main process. */
export interface ExportedFile {
  name: string;
  lang: DocumentLanguage | null;
  format: ExportFormat | 'index';
  contents: string | Uint8Array;
}

/** Writers for formats that need more than the shared code: DOCX (the docx package) and PDF (a browser's print engine). */
export interface BinaryWriters {
  docx?: (policy: GeneratedPolicy) => Promise<Uint8Array>;
  /** Prints a standalone HTML page to PDF (Electron's printToPDF in the app, Chromium in tests and the CLI). */
  pdf?: (html: string, policy: GeneratedPolicy, options: PdfOptions) => Promise<Uint8Array>;
  /** Loads the page once, for a second print should the first need one (`printPolicyPdf`), where the engine can (Chromium); preferred over `pdf`. */
  pdfSession?: (html: string, policy: GeneratedPolicy, options: PdfOptions) => Promise<PrintSession>;
  /**
   * Starts what the PDF writer needs (a browser, with `tabs` pages ready for
   * the PDFs that print at once) before the first file, so it launches while
   * the first languages' other formats are written instead of after them.
   * Must not throw: a failed start shows on the first PDF.
   */
  warmUpPdf?: (tabs: number) => void;
  /** zlib for what the PDF post-processing rewrites (the contents pages), where the host has a native one (`nativeFlate`). */
  pdfFlate?: FlateCodec;
}

/** How a PDF is printed. */
export interface PdfOptions {
  paper: PaperSize;
}

export interface BundleRequest {
  project: Project;
  langs: readonly DocumentLanguage[];
  formats: readonly ExportFormat[];
  env: PipelineEnv;
  writers?: BinaryWriters;
  /** Paper of the PDFs; by default Letter for a company in a Letter country (US, Canada, …), A4 elsewhere. */
  paper?: PaperSize;
  /** Called after each file, for a progress bar. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Written into the PDFs as their producer and creator: "Policy Studio" and its version. */
  producer?: string;
  /** PDFs printed at the same time (each in a page of its own); 2 by default. */
  pdfParallel?: number;
  /** Appends the "Disclosure index" (each law's required items and where the policy states them) to every document. */
  disclosureIndex?: boolean;
}

/** The page linking the language versions, each named in its own language ("Svenska", "Norsk bokmål"). */
export function languageIndex(files: readonly { lang: DocumentLanguage; name: string; title: string }[]): string {
  const items = files
    .map((f) => {
      const own = new Intl.DisplayNames([f.lang], { type: 'language' }).of(f.lang) ?? f.lang;
      const label = own.charAt(0).toLocaleUpperCase(f.lang) + own.slice(1);
      return `<li><a href="${escapeHtml(f.name)}" hreflang="${escapeHtml(f.lang)}" lang="${escapeHtml(f.lang)}">${escapeHtml(label)}</a> <span lang="${escapeHtml(f.lang)}">(${escapeHtml(f.title)})</span></li>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(files[0]?.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${files.map((f) => escapeHtml(f.title)).join(' · ')}</title>
<style>${STANDALONE_CSS}</style>
</head>
<body>
<main>
<h1>${files.map((f) => `<span lang="${escapeHtml(f.lang)}">${escapeHtml(f.title)}</span>`).join(' · ')}</h1>
<ul>
${items}
</ul>
</main>
</body>
</html>
`;
}

/** Resolves on the event loop's next turn, after the I/O callbacks waiting (setImmediate: this module runs in Node only). */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The policy with its disclosure index appended, from the checklist of the document as generated. */
function withIndex(project: Project, policy: GeneratedPolicy): GeneratedPolicy {
  const checklist = checks(project, policy.document);
  return { ...policy, document: withDisclosureIndex(policy.document, checklist, (key) => policy.context.message(key)) };
}

/** Takes each exported file as it is finished; the bundle keeps no file it has handed over. */
export type FileSink = (file: ExportedFile) => Promise<void>;

/**
 * Every requested language × format, generated through the one pipeline,
 * plus `index.html` linking the languages when more than one is exported as
 * standalone HTML, in memory: the files come back in language × format
 * order whatever finishes first. `exportBundleTo` hands them over one by one
 * instead, for a host that writes them as they come.
 */
export async function exportBundle(request: BundleRequest): Promise<ExportedFile[]> {
  const byName = new Map<string, ExportedFile>();
  const names = await exportBundleTo(request, async (file) => {
    byName.set(file.name, file);
  });
  return names.map((name) => byName.get(name)!);
}

/**
 * Every requested language × format, as `exportBundle`, each file given to
 * `sink` as soon as it is written and let go then: twelve languages' files
 * (40 MiB and more of a large project, most of it PDF) are never all in
 * memory at once. PDFs print while the other formats are written, up to
 * `pdfParallel` at a time, so the sink may be called for a PDF while it is
 * still busy with another file. Resolves, once every file is in the sink,
 * to the files' names in language × format order, `index.html` last. A
 * failure (a PDF that cannot be printed, a sink that cannot write) rejects
 * after every print has ended; the sink has the files finished until then.
 */
export async function exportBundleTo(request: BundleRequest, sink: FileSink): Promise<string[]> {
  const { project, langs, env, writers = {} } = request;
  const formats = [...new Set(request.formats)];
  const paper = request.paper ?? defaultPaperSize(project.company.address.country);
  const producer = request.producer ?? 'Policy Studio';
  const total = langs.length * formats.length;
  const names: (string | undefined)[] = [];
  const htmlVersions: { lang: DocumentLanguage; name: string; title: string }[] = [];
  const printing: Promise<void>[] = [];
  const parallel = Math.max(1, request.pdfParallel ?? 2);
  const limit = concurrencyLimit(parallel);
  let done = 0;
  if (formats.includes('pdf')) writers.warmUpPdf?.(Math.min(parallel, langs.length));
  const finish = async (slot: number, file: ExportedFile): Promise<void> => {
    names[slot] = file.name;
    await sink(file);
    request.onProgress?.(++done, total, file.name);
  };
  // A language's document is held while its other formats are written, and by its PDF while that prints.
  const policies = new Map<DocumentLanguage, GeneratedPolicy>();
  /** Languages whose formats other than PDF are written (their document let go). */
  const formatsWritten = new Set<DocumentLanguage>();
  const generate = (lang: DocumentLanguage): GeneratedPolicy =>
    request.disclosureIndex ? withIndex(project, generatePolicy(project, lang, env)) : generatePolicy(project, lang, env);
  const policyOf = (lang: DocumentLanguage): GeneratedPolicy => {
    let policy = policies.get(lang);
    if (!policy) {
      policy = generate(lang);
      policies.set(lang, policy);
    }
    return policy;
  };
  const slotOf = (langIndex: number, format: ExportFormat): number => langIndex * formats.length + formats.indexOf(format);
  const { pdf, pdfSession } = writers;
  const queuePdf = (langIndex: number, lang: DocumentLanguage): void => {
    const name = exportFileName(lang, 'pdf');
    if (!pdfSession && !pdf) throw new Error('PDF export needs a browser engine, which is not available here');
    /**
     * The document is taken when the print starts, not when it is queued: a
     * print waiting for a free page would otherwise keep its language's
     * document (3 MiB and more) alive all that time, every language's at
     * once when twelve are exported. A language whose other formats are
     * written by then is generated again (10 ms on the large project), the
     * same document: the pipeline is deterministic. One whose formats are
     * still to come is generated once, for both.
     */
    const print = (): Promise<Uint8Array> => {
      const policy = formatsWritten.has(lang) ? generate(lang) : policyOf(lang);
      const engine: PdfEngine = pdfSession
        ? { open: (html) => pdfSession(html, policy, { paper }) }
        : { print: (html) => pdf!(html, policy, { paper }) };
      return printPolicyPdf(policy.document, policy.context, engine, { producer, ...(writers.pdfFlate ? { flate: writers.pdfFlate } : {}) });
    };
    const printed = limit(print).catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      throw new Error(`The PDF ${name} could not be printed: ${detail}`, { cause: error });
    });
    const written = printed.then((bytes) => finish(slotOf(langIndex, 'pdf'), { name, lang, format: 'pdf', contents: bytes }));
    // Observed now, reported at the end (allSettled below): a print may fail while the other formats are still being
    // written, and a rejection nobody listens to yet would end the process.
    written.catch(() => undefined);
    printing.push(written);
  };
  try {
    // Every language's PDF is handed to the print engine first, so the browser lays them out and prints
    // while this process writes the other formats. Between files the event loop turns: the browser's
    // answers (a page loaded, a page printed) are read and its next step sent at once, instead of after
    // every other file (a large project's PDFs started 1–2 s late while this process was busy).
    if (formats.includes('pdf')) {
      for (const [langIndex, lang] of langs.entries()) {
        queuePdf(langIndex, lang);
        await nextTurn();
      }
    }
    // With PDF alone there is nothing else to write, and no document to generate here.
    for (const [langIndex, lang] of formats.some((f) => f !== 'pdf') ? langs.entries() : []) {
      const policy = policyOf(lang);
      const { document: doc, context: ctx } = policy;
      let standalone: string | undefined;
      const page = () => (standalone ??= exportStandaloneHtml(doc, ctx));
      for (const format of formats) {
        if (format === 'pdf') continue;
        const name = exportFileName(lang, format);
        let data: string | Uint8Array;
        switch (format) {
          case 'html':
            data = page();
            htmlVersions.push({ lang, name, title: ctx.message('document.title') });
            break;
          case 'fragment':
            data = exportHtmlFragment(doc, ctx);
            break;
          case 'md':
            data = exportMarkdown(doc, ctx);
            break;
          case 'docx':
            if (!writers.docx) throw new Error('DOCX export is not available here');
            data = await writers.docx(policy);
            break;
        }
        // The files come back in language × format order, whatever order they are written in.
        await finish(slotOf(langIndex, format), { name, lang, format, contents: data });
        await nextTurn();
      }
      // A language's document is kept only while its PDF still needs it (the print holds its own reference).
      policies.delete(lang);
      formatsWritten.add(lang);
    }
  } catch (error) {
    // Every print is waited for, even when something failed: none is left running or rejecting unobserved.
    await Promise.allSettled(printing);
    throw error;
  }
  const failed = (await Promise.allSettled(printing)).find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  const out = names.filter((name): name is string => name !== undefined);
  if (htmlVersions.length > 1) {
    await sink({ name: 'index.html', lang: null, format: 'index', contents: languageIndex(htmlVersions) });
    out.push('index.html');
  }
  return out;
}

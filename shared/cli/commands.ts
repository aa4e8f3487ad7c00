import { access, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createStarters } from '../node/files/starters.ts';
import { writeFileAtomic } from '../node/files/atomic-write.ts';
import type { StagedExport } from '../node/export-folder.ts';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../export/formats.ts';
import { PAPER_SIZES, parsePaperSize, type PaperSize } from '../export/html-style.ts';
import { DOCUMENT_LANGUAGES, isDocumentLanguage, type DocumentLanguage } from '../model/languages.ts';
import { serializeProject } from '../model/project-file.ts';
import { SCHEMA_VERSION } from '../model/schema.ts';
import { riskWarnings } from '../checks/risks.ts';
import { nodeEnv } from '../node/env.ts';
import { appProducer } from '../node/app-version.ts';
import { TEMPLATES_DIR } from '../node/template-files.ts';
import { EXIT, UsageError, type CliIo, type ExitCode } from './io.ts';
import { readProjectForCli } from './read-project.ts';
import { translationGaps } from '../translations/gaps.ts';
import { gapReportLines } from './gap-report.ts';

const starters = () => createStarters(join(TEMPLATES_DIR, 'starters'));

/** `policy-studio starters`: the starter projects, one per line. */
export async function handleStarters(io: CliIo): Promise<ExitCode> {
  const list = await starters().list();
  if (!list.ok) {
    io.stderr(`${list.message}\n`);
    return EXIT.badInput;
  }
  const width = Math.max(...list.starters.map((s) => s.id.length));
  for (const s of list.starters) io.stdout(`${s.id.padEnd(width)}  ${s.title}\n`);
  return EXIT.ok;
}

/** `policy-studio new --starter <id> --out <file>`: a new project from a starter; never overwrites a file unless --force. */
export async function handleNew(io: CliIo, starterId: string, out: string, force: boolean): Promise<ExitCode> {
  const created = await starters().create(starterId);
  if (!created.ok) {
    if (created.kind === 'not-found') throw new UsageError(`${created.message} Run "policy-studio starters" to list them.`);
    io.stderr(`${created.message}\n`);
    return EXIT.badInput;
  }
  const path = resolve(io.cwd, out);
  if (!force && (await access(path).then(() => true, () => false))) {
    io.stderr(`${out} already exists; choose another name or add --force to replace it.\n`);
    return EXIT.badInput;
  }
  await writeFileAtomic(path, serializeProject(created.project), { keepBackup: force });
  io.stdout(`Created ${out} from the starter "${created.starter.title}".\n`);
  return EXIT.ok;
}

/**
 * `policy-studio validate <file>`: exit 0 when valid, 1 with the path-named
 * errors otherwise. Risky facts are printed as warnings after the summary,
 * one line each; they never change the exit code.
 */
export async function handleValidate(io: CliIo, file: string): Promise<ExitCode> {
  const read = await readProjectForCli(file, io);
  if (!read) return EXIT.badInput;
  const { project, migratedFrom } = read;
  io.stdout(
    `${file} is valid: ${project.dataCategories.length} data categories, ${project.activities.length} activities, ${project.recipients.length} recipients, ${project.cookies.length} cookies; languages ${project.languages.join(', ')}.\n`,
  );
  if (migratedFrom !== null) io.stdout(`note: ${file} is in format version ${migratedFrom}; run "policy-studio migrate ${file}" to update it to version ${SCHEMA_VERSION}.\n`);
  for (const warning of riskWarnings(project)) io.stdout(`warning: ${warning.path}: ${warning.message}\n`);
  return EXIT.ok;
}

function parseList<T extends string>(value: string, what: string, allowed: readonly T[], isAllowed: (v: string) => v is T): T[] {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) throw new UsageError(`--${what} needs at least one value (${allowed.join(', ')})`);
  for (const item of items) if (!isAllowed(item)) throw new UsageError(`--${what}: "${item}" is not one of ${allowed.join(', ')}`);
  return [...new Set(items)] as T[];
}

export interface ExportArgs {
  file: string;
  lang?: string;
  format?: string;
  /** `a4` or `letter`; by default from the company's country (Letter in the US and Canada, A4 elsewhere). */
  paper?: string;
  out: string;
  /** Export even when a text has no current translation in a language asked for (printing each as a warning). */
  allowUntranslated?: boolean;
  /** Append the "Disclosure index" appendix to each document. */
  disclosureIndex?: boolean;
}

function parsePaper(value: string): PaperSize {
  const paper = parsePaperSize(value);
  if (!paper) throw new UsageError(`--paper: "${value}" is not one of ${PAPER_SIZES.map((p) => p.toLowerCase()).join(', ')}`);
  return paper;
}

/** Why `--out` cannot be the export's folder (it is a file, or inside one), found before any work; undefined when it can. */
async function outFolderProblem(folder: string, given: string): Promise<string | undefined> {
  for (let dir = folder; ; dir = dirname(dir)) {
    const info = await stat(dir).catch(() => null);
    if (info) return info.isDirectory() ? undefined : `--out: "${given}" ${dir === folder ? 'is a file' : `is inside ${dir}, which is a file`}; name a folder to write the exported files into`;
    if (dirname(dir) === dir) return undefined;
  }
}

/** `policy-studio export <file> --lang en,sv --format html,fragment,md,docx,pdf [--paper a4|letter] --out dist/`. */
export async function handleExport(io: CliIo, args: ExportArgs): Promise<ExitCode> {
  const formats: ExportFormat[] = args.format ? parseList(args.format, 'format', EXPORT_FORMATS, isExportFormat) : ['html'];
  const requested: DocumentLanguage[] | undefined = args.lang ? parseList(args.lang, 'lang', DOCUMENT_LANGUAGES, isDocumentLanguage) : undefined;
  const paper = args.paper === undefined ? undefined : parsePaper(args.paper);
  const outProblem = await outFolderProblem(resolve(io.cwd, args.out), args.out);
  if (outProblem) {
    io.stderr(`${outProblem}\n`);
    return EXIT.badInput;
  }
  // The DOCX and PDF writers (and the libraries behind them) load only for an export that asks for them.
  const writers = formats.some((f) => f === 'docx' || f === 'pdf') ? (await import('../node/writers.ts')).nodeWriters() : undefined;
  // The browser that prints starts now, on the other core, while this one reads the project and writes the other
  // formats: it is ready 0.3 s sooner on the large project. Its tabs open as the bundle asks for them.
  if (formats.includes('pdf')) writers?.warmUpPdf?.(0);
  let staged: StagedExport | undefined;
  let closing: Promise<void> | undefined;
  try {
    const read = await readProjectForCli(args.file, io);
    if (!read) return EXIT.badInput;
    const { project } = read;
    const langs = requested ?? project.languages;
    const gaps = translationGaps(project, langs);
    if (gaps.length > 0 && !args.allowUntranslated) {
      io.stderr(`${args.file}: ${gaps.length} text${gaps.length === 1 ? ' is' : 's are'} not translated into every language asked for; nothing was exported:\n`);
      for (const line of gapReportLines(gaps, args.file)) io.stderr(`  ${line}\n`);
      io.stderr(`Translate them (policy-studio translations export ${args.file} --lang <lang>), or add --allow-untranslated to export them with another language's text.\n`);
      return EXIT.badInput;
    }
    for (const line of gapReportLines(gaps, args.file)) io.stderr(`warning: ${line}\n`);
    // The pipeline and exporters load only for an export: `validate`, `starters` and `schema` never need them.
    const { stageExport } = await import('../node/export-folder.ts');
    const request = { project, langs, formats, env: nodeEnv, writers, paper, producer: appProducer(), disclosureIndex: args.disclosureIndex ?? false };
    // Every file or none: a failed export leaves the folder as it was.
    staged = await stageExport(request, resolve(io.cwd, args.out));
  } catch (error) {
    io.stderr(`Export failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.badInput;
  } finally {
    // The browser quits while the files are put in place (it takes 50–100 ms), not before; every way out waits for it below or here.
    closing = writers?.close();
    if (!staged) await closing;
  }
  try {
    await staged.commit((name) => io.stdout(`${join(args.out, name)}\n`));
  } finally {
    await closing;
  }
  return EXIT.ok;
}

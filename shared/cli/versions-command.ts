import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DOCUMENT_LANGUAGES, isDocumentLanguage, type DocumentLanguage } from '../model/languages.ts';
import { serializeProject } from '../model/project-file.ts';
import type { Project } from '../model/schema.ts';
import { nodeEnv } from '../node/env.ts';
import { writeFileAtomic } from '../node/files/atomic-write.ts';
import { translationGaps } from '../translations/gaps.ts';
import { gapReportLines } from './gap-report.ts';
import { describeEntry, factsDiff, hasVersionMessages, isEmptyDiff, latestVersion, nextVersionId, publishVersion, resolveVersionRef, verifyVersions, type FactsDiff, type VersionRead } from '../versions/api.ts';
import { versionMessage } from '../versions/messages.ts';
import { EXIT, UsageError, type CliIo, type ExitCode } from './io.ts';
import { readProjectForCli } from './read-project.ts';

/**
 * `publish`, `diff` and `export --compare`: published versions on the
 * command line. Published versions are never rewritten; one edited by hand
 * is reported on every command and never compared against.
 */

const isRealDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** Today in the user's time zone, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Reports versions whose snapshot no longer matches its hash; they stay in the file but are not trusted. */
function reportProblems(io: CliIo, file: string, project: Project): void {
  for (const problem of verifyVersions(project)) io.stderr(`warning: ${file}: ${problem.path}: ${problem.message}\n`);
}

function documentLanguage(value: string, project: Project, file: string): DocumentLanguage {
  if (!isDocumentLanguage(value)) throw new UsageError(`--lang: "${value}" is not a document language (${DOCUMENT_LANGUAGES.join(', ')})`);
  if (!project.languages.includes(value)) throw new UsageError(`--lang: ${file} does not list "${value}" in its languages (${project.languages.join(', ')})`);
  return value;
}

export interface PublishArgs {
  file: string;
  note?: string;
  date?: string;
}

/**
 * `policy-studio publish <file> [--note TEXT] [--date YYYY-MM-DD]`: prints
 * the proposed change-log entry in each language, records the version and
 * writes the file atomically, keeping `<file>.bak`. Nothing changed since the
 * last version: nothing is written (exit 0).
 */
export async function handlePublish(io: CliIo, args: PublishArgs): Promise<ExitCode> {
  const date = args.date ?? today();
  if (!isRealDate(date)) throw new UsageError(`--date: expected a real date as YYYY-MM-DD, got "${date}"`);
  const read = await readProjectForCli(args.file, io);
  if (!read) return EXIT.badInput;
  const { project } = read;
  reportProblems(io, args.file, project);
  const last = latestVersion(project);
  if (last && date < last.date) {
    io.stderr(`${args.file}: ${date} is before ${last.id}, published ${last.date}; a new version cannot be dated earlier.\n`);
    return EXIT.badInput;
  }
  const previous = last ? resolveVersionRef(project, last.id) : undefined;
  const previousProject = previous?.ok ? previous.project : undefined;
  if (last && previousProject && isEmptyDiff(factsDiff(previousProject, project))) {
    io.stdout(`Nothing changed since ${last.id} (published ${last.date}); nothing was published.\n`);
    return EXIT.ok;
  }
  const id = nextVersionId(project);
  let published: Project;
  try {
    published = publishVersion(project, { date, note: args.note }, nodeEnv);
  } catch (error) {
    io.stderr(`${args.file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.badInput;
  }
  const entry = published.changeLog.length > project.changeLog.length ? published.changeLog[published.changeLog.length - 1] : undefined;
  if (entry) {
    io.stdout(`Change-log entry (${date}):\n`);
    const summary = typeof entry.summary === 'string' ? { [project.languages[0]!]: entry.summary } : entry.summary;
    for (const [lang, text] of Object.entries(summary)) io.stdout(`  ${lang}: ${typeof text === 'string' ? text : text?.text}\n`);
    const untranslated = project.languages.filter((lang) => !hasVersionMessages(lang));
    if (untranslated.length > 0) io.stdout(`note: no change-log wording in ${untranslated.join(', ')} yet; translate changeLog[${published.changeLog.length - 1}].summary into ${untranslated.length === 1 ? 'it' : 'them'} before exporting.\n`);
  } else {
    io.stdout('No change-log entry added: the change log already tells the history before this first version.\n');
  }
  await writeFileAtomic(resolve(io.cwd, args.file), serializeProject(published), { keepBackup: true });
  io.stdout(`Published ${id} (${date})${args.note ? `: ${args.note.trim()}` : ''}. Wrote ${args.file}; the previous file is kept as ${args.file}.bak.\n`);
  return EXIT.ok;
}

/** A side of a comparison, or a one-line reason it cannot be used. */
function side(project: Project, ref: string, option: string): VersionRead {
  if (ref !== 'working' && !/^v[1-9][0-9]*$/.test(ref)) throw new UsageError(`${option}: expected a version like "v2" or "working", got "${ref}"`);
  return resolveVersionRef(project, ref);
}

/** Which two states of the project a `diff` or `export --compare` compares, defaulting to the last version and the working copy. */
function sides(io: CliIo, file: string, project: Project, fromRef: string | undefined, toRef: string | undefined): { from: VersionRead & { ok: true }; to: VersionRead & { ok: true }; fromRef: string; toRef: string } | null {
  const last = latestVersion(project);
  const from = fromRef ?? last?.id;
  if (from === undefined) {
    io.stderr(`${file}: nothing has been published yet, so there is nothing to compare with; run "policy-studio publish ${file}" first.\n`);
    return null;
  }
  const to = toRef ?? 'working';
  const a = side(project, from, '--from');
  const b = side(project, to, '--to');
  for (const r of [a, b]) {
    if (!r.ok) {
      io.stderr(`${file}: ${r.message}.\n`);
      return null;
    }
  }
  return a.ok && b.ok ? { from: a, to: b, fromRef: from, toRef: to } : null;
}

/** "v2 (published 2025-01-10)" or "the working copy". */
function describeSide(read: VersionRead & { ok: true }): string {
  return read.version ? `${read.version.id} (published ${read.version.date})` : 'the working copy';
}

const SIGNS = { added: '+', removed: '-', changed: '~' } as const;

/** The diff's lines, each marked + added, - removed, ~ changed. */
function diffLines(diff: FactsDiff, lang: DocumentLanguage): string[] {
  const lines = diff.entries.flatMap((e) => (e.field === 'wording' ? [] : describeEntry(e, diff, lang).map((line) => `${SIGNS[e.change]} ${line}`)));
  const wording = diff.entries.filter((e) => e.field === 'wording').length;
  if (wording > 0) lines.push(`~ ${wording === 1 ? versionMessage(lang, 'wording.one') : versionMessage(lang, 'wording.other', { count: String(wording) })}`);
  return lines;
}

export interface DiffArgs {
  file: string;
  from?: string;
  to?: string;
  lang?: string;
}

/** `policy-studio diff <file> [--from v2] [--to v3|working] [--lang sv]`: the facts diff in plain words. */
export async function handleDiff(io: CliIo, args: DiffArgs): Promise<ExitCode> {
  const read = await readProjectForCli(args.file, io);
  if (!read) return EXIT.badInput;
  const { project } = read;
  const lang = args.lang === undefined ? project.languages[0]! : documentLanguage(args.lang, project, args.file);
  reportProblems(io, args.file, project);
  const chosen = sides(io, args.file, project, args.from, args.to);
  if (!chosen) return EXIT.badInput;
  const diff = factsDiff(chosen.from.project, chosen.to.project);
  if (!hasVersionMessages(lang)) io.stderr(`note: the diff has no ${lang} wording yet; shown in English.\n`);
  if (isEmptyDiff(diff)) {
    io.stdout(`No change to the facts from ${describeSide(chosen.from)} to ${describeSide(chosen.to)}.\n`);
    return EXIT.ok;
  }
  io.stdout(`Changes from ${describeSide(chosen.from)} to ${describeSide(chosen.to)}:\n`);
  for (const line of diffLines(diff, lang)) io.stdout(`  ${line}\n`);
  return EXIT.ok;
}

export const REDLINE_FORMATS = ['docx', 'html'] as const;
export type RedlineFormat = (typeof REDLINE_FORMATS)[number];

export interface RedlineExportArgs {
  file: string;
  compare: string;
  to?: string;
  lang?: string;
  format?: string;
  out: string;
  allowUntranslated?: boolean;
}

/** The label a redline's legend gives a side, in the document language: "Version 2 (1 March 2025)", "Working copy". */
function sideLabel(read: VersionRead & { ok: true }, lang: DocumentLanguage, formatDate: (iso: string) => string): string {
  return read.version ? versionMessage(lang, 'label.version', { n: read.version.id.slice(1), date: formatDate(read.version.date) }) : versionMessage(lang, 'label.working');
}

/**
 * `policy-studio export <file> --compare v2 [--to v3|working] --format docx,html`:
 * per language, a Word file with tracked changes and an HTML page with
 * `<ins>`/`<del>`, from the version to the working copy (or `--to`).
 * Files: `privacy-policy.<lang>.redline-<from>-<to>.<ext>`.
 */
export async function handleRedlineExport(io: CliIo, args: RedlineExportArgs): Promise<ExitCode> {
  const formats = (args.format ?? 'docx,html').split(',').map((s) => s.trim()).filter(Boolean);
  if (formats.length === 0) throw new UsageError(`--format needs at least one value (${REDLINE_FORMATS.join(', ')})`);
  for (const f of formats) if (!(REDLINE_FORMATS as readonly string[]).includes(f)) throw new UsageError(`--format: "${f}" cannot be a redline; with --compare, choose from ${REDLINE_FORMATS.join(', ')}`);
  const read = await readProjectForCli(args.file, io);
  if (!read) return EXIT.badInput;
  const { project } = read;
  const langs = args.lang === undefined ? project.languages : [...new Set(args.lang.split(',').map((l) => documentLanguage(l.trim(), project, args.file)))];
  reportProblems(io, args.file, project);
  const chosen = sides(io, args.file, project, args.compare, args.to);
  if (!chosen) return EXIT.badInput;
  const gaps = translationGaps(chosen.to.project, langs);
  if (gaps.length > 0 && !args.allowUntranslated) {
    io.stderr(`${args.file}: ${gaps.length} text${gaps.length === 1 ? ' is' : 's are'} not translated into every language asked for; nothing was exported:\n`);
    for (const line of gapReportLines(gaps, args.file)) io.stderr(`  ${line}\n`);
    io.stderr('Translate them, or add --allow-untranslated to export them with another language\'s text.\n');
    return EXIT.badInput;
  }
  for (const line of gapReportLines(gaps, args.file)) io.stderr(`warning: ${line}\n`);
  const { generatePolicy } = await import('../pipeline.ts');
  const { redlineDocx, redlineHtml } = await import('../export/redline/index.ts');
  const folder = resolve(io.cwd, args.out);
  await mkdir(folder, { recursive: true });
  const date = chosen.to.version?.date ?? today();
  for (const lang of langs) {
    const before = generatePolicy(chosen.from.project, lang, nodeEnv);
    const after = generatePolicy(chosen.to.project, lang, nodeEnv);
    const stem = `privacy-policy.${lang}.redline-${chosen.fromRef}-${chosen.toRef}`;
    for (const format of formats) {
      const name = `${stem}.${format}`;
      const contents =
        format === 'docx'
          ? await redlineDocx(before.document, after.document, after.context, { author: project.company.legalName, date })
          : redlineHtml(before.document, after.document, after.context, { from: sideLabel(chosen.from, lang, after.context.formatDate), to: sideLabel(chosen.to, lang, after.context.formatDate) });
      await writeFileAtomic(join(folder, name), contents, { keepBackup: false });
      io.stdout(`${join(args.out, name)}\n`);
    }
  }
  return EXIT.ok;
}

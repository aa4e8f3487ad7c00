import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { writeFileAtomic } from '../node/files/atomic-write.ts';
import { DOCUMENT_LANGUAGES, isDocumentLanguage, type DocumentLanguage } from '../model/languages.ts';
import { serializeProject } from '../model/project-file.ts';
import type { Project } from '../model/schema.ts';
import { formatForFileName, isTranslationFormat, readTranslationFile, TRANSLATION_FORMATS, TranslationFileError, writeTranslationFile, type TranslationFormat } from '../translations/file-format.ts';
import { importTranslations, translationBatch } from '../translations/units.ts';
import { EXIT, UsageError, type CliIo, type ExitCode } from './io.ts';
import { readProjectForCli } from './read-project.ts';

/**
 * A language of this project: one of DOCUMENT_LANGUAGES (else exit 2) and of
 * the project's languages (else exit 1), or a one-line error naming what to enter.
 */
function projectLanguage(value: string, option: string, project: Project, file: string): { lang: DocumentLanguage } | { error: string; code: ExitCode } {
  const enter = project.languages.join(', ');
  if (!isDocumentLanguage(value)) return { error: `${option}: "${value}" is not a document language (${DOCUMENT_LANGUAGES.join(', ')}); enter one of ${file}'s languages: ${enter}`, code: EXIT.usage };
  if (!project.languages.includes(value)) return { error: `${option}: ${file} does not list "${value}" in its languages; enter one of ${enter}, or add "${value}" to "languages" first`, code: EXIT.badInput };
  return { lang: value };
}

export interface TranslationsExportArgs {
  file: string;
  lang: string | undefined;
  from: string | undefined;
  format: string | undefined;
  out: string | undefined;
}

/** `policy-studio translations export <file> --lang de [--from en] [--format xliff|csv] [--out file]`: the texts to translate into one language. */
export async function handleTranslationsExport(io: CliIo, args: TranslationsExportArgs): Promise<ExitCode> {
  if (!args.lang) throw new UsageError('"translations export" needs --lang <language to translate into>');
  if (args.format !== undefined && !isTranslationFormat(args.format)) throw new UsageError(`--format: "${args.format}" is not one of ${TRANSLATION_FORMATS.join(', ')}`);
  const format: TranslationFormat = (args.format as TranslationFormat | undefined) ?? (args.out ? formatForFileName(args.out) : undefined) ?? 'xliff';
  const read = await readProjectForCli(args.file, io);
  if (!read) return EXIT.badInput;
  const { project } = read;
  const lang = projectLanguage(args.lang, '--lang', project, args.file);
  const from = projectLanguage(args.from ?? project.languages[0]!, '--from', project, args.file);
  for (const checked of [lang, from]) {
    if ('error' in checked) {
      io.stderr(`policy-studio: ${checked.error}\n`);
      return checked.code;
    }
  }
  if ('error' in lang || 'error' in from) return EXIT.usage;
  const [trg, src] = [lang.lang, from.lang];
  if (trg === src) throw new UsageError(`--lang and --from are both "${trg}"; translate into another language than the source`);
  const batch = translationBatch(project, trg, src);
  const bytes = writeTranslationFile(batch, format, basename(args.file, extname(args.file)));
  const toDo = batch.units.filter((u) => u.target === undefined).length;
  const summary = `${batch.units.length} text${batch.units.length === 1 ? '' : 's'} from ${src} into ${trg}, ${toDo} to translate (${batch.units.filter((u) => u.previous !== undefined).length} of them stale), ${batch.units.length - toDo} already translated.`;
  if (args.out === undefined) {
    io.stdout(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
    io.stderr(`${summary}\n`);
  } else {
    await writeFileAtomic(resolve(io.cwd, args.out), bytes, { keepBackup: true });
    io.stdout(`Wrote ${args.out}: ${summary}\n`);
  }
  return EXIT.ok;
}

/**
 * `policy-studio translations import <file> <translations file> [--out file]`:
 * applies each translation whose source text is unchanged, reports the
 * others, and writes the project atomically (keeping `<file>.bak`) or to
 * --out. Exit 1 when a unit was not applied, so that a script notices.
 */
export async function handleTranslationsImport(io: CliIo, file: string, translations: string, out: string | undefined): Promise<ExitCode> {
  const read = await readProjectForCli(file, io);
  if (!read) return EXIT.badInput;
  const { project } = read;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(io.cwd, translations));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(`${translations}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`}\n`);
    return EXIT.badInput;
  }
  let batch;
  try {
    batch = readTranslationFile(bytes);
  } catch (error) {
    if (!(error instanceof TranslationFileError)) throw error;
    io.stderr(`${translations} is not a translations file Policy Studio can read: ${error.message}\n`);
    return EXIT.badInput;
  }
  for (const [lang, what] of [[batch.trgLang, 'translates into'], [batch.srcLang, 'translates from']] as const) {
    if (!project.languages.includes(lang)) {
      io.stderr(`${translations} ${what} "${lang}", which ${file} does not list in its languages (${project.languages.join(', ')}); add "${lang}" to "languages" first.\n`);
      return EXIT.badInput;
    }
  }
  if (batch.srcLang === batch.trgLang) {
    io.stderr(`${translations} translates from "${batch.srcLang}" into "${batch.trgLang}"; nothing to import.\n`);
    return EXIT.badInput;
  }
  const result = importTranslations(project, batch);
  const target = out ?? file;
  if (result.applied.length > 0) await writeFileAtomic(resolve(io.cwd, target), serializeProject(result.project), { keepBackup: true });
  const count = (n: number, what: string) => `${n} ${what}`;
  io.stdout(
    `${translations} (${batch.srcLang} → ${batch.trgLang}): ${count(result.applied.length, 'applied')}, ${count(result.unchanged.length, 'unchanged')}, ${count(result.empty.length, 'left empty')}, ${count(result.refused.length, 'not applied')}.\n`,
  );
  for (const refused of result.refused) io.stdout(`not applied: ${refused.path} (${batch.trgLang}): ${refused.reason}\n`);
  io.stdout(result.applied.length > 0 ? `Wrote ${target}${out === undefined ? `; the previous version is kept as ${file}.bak` : ''}.\n` : `Nothing to write; ${target} is unchanged.\n`);
  return result.refused.length > 0 ? EXIT.badInput : EXIT.ok;
}

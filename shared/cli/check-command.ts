import type { Checklist } from '../checks/checklist.ts';
import { DOCUMENT_LANGUAGES, isDocumentLanguage, type DocumentLanguage } from '../model/languages.ts';
import { FACT_TRIGGERED_LAW_IDS, type LawId } from '../laws/types.ts';
import { JURISDICTIONS, type Project } from '../model/schema.ts';
import { translationGaps, type TranslationGap } from '../translations/gaps.ts';
import { gapReportLines } from './gap-report.ts';
import { EXIT, UsageError, type CliIo, type ExitCode } from './io.ts';
import { readProjectForCli } from './read-project.ts';

export interface CheckArgs {
  file: string;
  /** Comma-separated jurisdictions, among the project's; by default all of them. */
  law?: string;
  /** Comma-separated document languages, among the project's; by default all of them. */
  lang?: string;
  json?: boolean;
}

/** What `--law` accepts: a jurisdiction, or a law the facts trigger (COPPA, CALOPPA). */
const LAW_IDS: readonly LawId[] = [...JURISDICTIONS, ...FACT_TRIGGERED_LAW_IDS];
const isLawId = (v: string): v is LawId => (LAW_IDS as readonly string[]).includes(v);

/** A comma-separated option: each value one of `allowed` and one the project has, else a usage error naming what to type. */
function pick<T extends string>(value: string | undefined, option: string, allowed: readonly T[], isAllowed: (v: string) => v is T, inProject: readonly T[], file: string, field: string): T[] {
  if (value === undefined) return [...inProject];
  const items = [...new Set(value.split(',').map((s) => s.trim()).filter(Boolean))];
  if (items.length === 0) throw new UsageError(`--${option} needs at least one value (${allowed.join(', ')})`);
  for (const item of items) {
    if (!isAllowed(item)) throw new UsageError(`--${option}: "${item}" is not one of ${allowed.join(', ')}`);
    if (!inProject.includes(item)) throw new UsageError(`--${option}: ${file} does not list "${item}" in its ${field} (${inProject.join(', ')}); add it there first`);
  }
  return items as T[];
}

/** A language's translation gaps: counted apart from the notice items, as they do not change the exit code (`export` refuses them). */
interface TranslationCount {
  missing: number;
  stale: number;
  gaps: Omit<TranslationGap, 'lang'>[];
}

function countTranslations(project: Project, lang: DocumentLanguage): TranslationCount {
  const gaps = translationGaps(project, [lang]);
  return { missing: gaps.filter((g) => g.state === 'missing').length, stale: gaps.filter((g) => g.state === 'stale').length, gaps: gaps.map(({ path, state, section }) => (section ? { path, state, section } : { path, state })) };
}

/** `  Translations (sv): 3 texts missing, 1 stale`, then the gaps (`gapReportLines`); nothing for the source language when it has none. */
function printTranslations(io: CliIo, file: string, project: Project, lang: DocumentLanguage, count: TranslationCount): void {
  if (count.gaps.length === 0) {
    if (lang !== project.languages[0]) io.stdout(`  Translations (${lang}): every text is translated and up to date\n`);
    return;
  }
  const texts = (n: number) => `${n} text${n === 1 ? '' : 's'}`;
  const parts = [...(count.missing > 0 ? [`${texts(count.missing)} missing`] : []), ...(count.stale > 0 ? [`${count.missing > 0 ? count.stale : texts(count.stale)} stale`] : [])];
  io.stdout(`  Translations (${lang}): ${parts.join(', ')}\n`);
  for (const line of gapReportLines(count.gaps.map((gap) => ({ ...gap, lang })), file)) io.stdout(`    ${line}\n`);
}

function printChecklist(io: CliIo, file: string, checklist: Checklist): void {
  io.stdout(`${file} (${checklist.lang}):\n`);
  for (const law of checklist.laws) {
    // A law none of whose items applies yet (one not in force on the effective date) says why, rather than a bare "0/0".
    const none = law.required === 0 ? law.items.find((i) => i.status === 'not-applicable') : undefined;
    io.stdout(`  ${law.shortName} (${law.law}): ${law.stated}/${law.required} items${none?.status === 'not-applicable' ? ` (none applies: ${none.why})` : ''}\n`);
    for (const item of law.items) {
      if (item.status !== 'missing') continue;
      const where = item.removedIn === undefined ? '' : `removed in your customised section '${item.removedIn}'; `;
      io.stdout(`    missing ${item.article}: ${item.description}\n      ${item.path ?? '(no field)'}: ${where}${item.enter}\n`);
    }
  }
}

/**
 * `policy-studio check <file> [--law EU,US-CA,COPPA] [--lang sv] [--json]`: for each
 * law and language, the notice items the final document states, as "N/M
 * items", then each missing item with the field that fixes it, and the
 * language's translation gaps (missing or stale texts); then the risk
 * warnings. Exit 0 when nothing required is missing, 1 when something is;
 * translation gaps are reported but do not change the exit code.
 */
export async function handleCheck(io: CliIo, args: CheckArgs): Promise<ExitCode> {
  if (args.law !== undefined && args.law.trim() === '') throw new UsageError(`--law needs at least one value (${LAW_IDS.join(', ')})`);
  if (args.lang !== undefined && args.lang.trim() === '') throw new UsageError(`--lang needs at least one value (${DOCUMENT_LANGUAGES.join(', ')})`);
  const read = await readProjectForCli(args.file, io);
  if (!read) return EXIT.badInput;
  const { project } = read;
  // The pipeline loads only when a check runs: `validate`, `starters` and `schema` never need it.
  const [{ generatePolicy }, { nodeEnv }, { checks, applicableLaws }, { FACT_TRIGGERED_LAWS, isFactTriggered }] = await Promise.all([
    import('../pipeline.ts'),
    import('../node/env.ts'),
    import('../checks/checklist.ts'),
    import('../laws/index.ts'),
  ]);
  // A law the facts trigger is chosen by the facts, not in `jurisdictions`: say why it does not apply.
  for (const id of (args.law ?? '').split(',').map((s) => s.trim())) {
    const applies = isFactTriggered(id) ? FACT_TRIGGERED_LAWS[id].appliesTo?.(project) : undefined;
    if (applies && !applies.applies) throw new UsageError(`--law: ${id} does not apply to ${args.file}: ${applies.why}`);
  }
  const laws = pick(args.law, 'law', LAW_IDS, isLawId, applicableLaws(project), args.file, 'jurisdictions');
  const langs: DocumentLanguage[] = pick(args.lang, 'lang', DOCUMENT_LANGUAGES, isDocumentLanguage, project.languages, args.file, 'languages');
  const results = langs.map((lang) => checks(project, generatePolicy(project, lang, nodeEnv).document, { laws }));
  const missing = results.reduce((n, r) => n + r.missing, 0);
  const translations = langs.map((lang) => countTranslations(project, lang));
  if (args.json) {
    const languages = results.map(({ warnings: _, ...rest }, i) => ({ ...rest, translations: translations[i] }));
    const translationGapCount = translations.reduce((n, c) => n + c.gaps.length, 0);
    io.stdout(`${JSON.stringify({ file: args.file, missing, translationGaps: translationGapCount, languages, warnings: results[0]?.warnings ?? [] }, null, 2)}\n`);
  } else {
    results.forEach((result, i) => {
      printChecklist(io, args.file, result);
      printTranslations(io, args.file, project, langs[i]!, translations[i]!);
    });
    for (const warning of results[0]?.warnings ?? []) io.stdout(`warning: ${warning.path}: ${warning.message}\n`);
    io.stdout(missing === 0 ? 'Every required item is stated.\n' : `${missing} required item${missing === 1 ? ' is' : 's are'} missing.\n`);
  }
  return missing === 0 ? EXIT.ok : EXIT.badInput;
}

import type { DocumentLanguage } from '../model/languages.ts';
import { formatGap, type TranslationGap } from '../translations/gaps.ts';

/**
 * Gaps listed one by one per language before the rest are only counted: a
 * small project's every gap, while a large one's (1,400 texts a language)
 * does not bury the command's other output. `translations export` lists
 * every one, for a translator.
 */
export const GAPS_LISTED_PER_LANGUAGE = 25;

/**
 * The lines that report `gaps` of `file`, each language's first
 * `GAPS_LISTED_PER_LANGUAGE` by field path and, when there are more, one
 * line counting the rest and saying how to list them.
 */
export function gapReportLines(gaps: readonly TranslationGap[], file: string, limit: number = GAPS_LISTED_PER_LANGUAGE): string[] {
  const byLang = new Map<DocumentLanguage, TranslationGap[]>();
  for (const gap of gaps) {
    const list = byLang.get(gap.lang);
    if (list) list.push(gap);
    else byLang.set(gap.lang, [gap]);
  }
  const lines: string[] = [];
  for (const [lang, list] of byLang) {
    for (const gap of list.slice(0, limit)) lines.push(formatGap(gap));
    const more = list.length - limit;
    if (more > 0) lines.push(`… and ${more} more text${more === 1 ? '' : 's'} not translated into ${lang} (policy-studio translations export ${file} --lang ${lang} lists every one)`);
  }
  return lines;
}

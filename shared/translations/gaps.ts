import { formatPath } from '../model/errors.ts';
import type { DocumentLanguage } from '../model/languages.ts';
import { translationState } from '../model/localized.ts';
import type { Project } from '../model/schema.ts';
import { partFields, TRANSLATABLE_PARTS } from './fields.ts';

/** Field gaps per top-level part object, then per languages asked for (`primary:lang lang`). */
const gapsByPart = new WeakMap<object, Map<string, TranslationGap[]>>();
import { sectionGaps } from './section-links.ts';

/** A free text that a document in `lang` cannot show in `lang`: no text (`missing`) or one translated from a source that changed since (`stale`). */
export interface TranslationGap {
  /** The field's JSON path, `dataCategories[2].name`. */
  path: string;
  lang: DocumentLanguage;
  state: 'missing' | 'stale';
  /** Set when the gap is a section of the user's own (customised or written) rather than a field: its id and title. */
  section?: { id: string; title: string };
}

/**
 * Every translation gap of the project in `langs` (by default all its
 * languages), field by field in file order, then language by language. The
 * CLI refuses to export while there are any, the app lists them before an
 * export and counts them in the status bar.
 */
export function translationGaps(project: Project, langs: readonly DocumentLanguage[] = project.languages): TranslationGap[] {
  return collectGaps(project, langs, false);
}

/**
 * `translationGaps` for the editor, whose projects are never changed in place
 * (each edit makes new objects for what it changes): a part's gaps are kept
 * per part object, so a keystroke in the company name reuses the gaps of
 * the 200 recipients and 500 cookies. Not for a project that is mutated.
 */
export function editorTranslationGaps(project: Project, langs: readonly DocumentLanguage[] = project.languages): TranslationGap[] {
  return collectGaps(project, langs, true);
}

function collectGaps(project: Project, langs: readonly DocumentLanguage[], reuse: boolean): TranslationGap[] {
  const primary = project.languages[0] ?? 'en';
  const gaps: TranslationGap[] = [];
  const langKey = `${primary}:${langs.join(' ')}`;
  for (const part of TRANSLATABLE_PARTS) {
    // A part's gaps depend on the part, the languages asked for and the first language alone; with `reuse`, kept per part object.
    const key: unknown = reuse ? project[part] : null;
    let byLangs = typeof key === 'object' && key !== null ? gapsByPart.get(key) : undefined;
    let partGaps = byLangs?.get(langKey);
    if (!partGaps) {
      partGaps = [];
      for (const field of partFields(project, part)) {
        for (const lang of langs) {
          const state = translationState(field.value, lang, primary);
          if (state === 'missing' || state === 'stale') partGaps.push({ path: formatPath(field.path), lang, state });
        }
      }
      if (typeof key === 'object' && key !== null) {
        if (!byLangs) gapsByPart.set(key, (byLangs = new Map()));
        byLangs.set(langKey, partGaps);
      }
    }
    for (const gap of partGaps) gaps.push({ ...gap });
  }
  for (const gap of sectionGaps(project, langs)) gaps.push({ path: gap.path, lang: gap.lang, state: gap.state, section: { id: gap.sectionId, title: gap.title } });
  return gaps;
}

/** `dataCategories[2].name (sv): missing`, or `customSections[0] "Our partners" (sv): missing` for a section. */
export function formatGap(gap: TranslationGap): string {
  return `${gap.path}${gap.section ? ` ${JSON.stringify(gap.section.title)}` : ''} (${gap.lang}): ${gap.state}`;
}

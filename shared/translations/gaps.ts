import { formatPath } from '../model/errors.ts';
import type { DocumentLanguage } from '../model/languages.ts';
import { translationState } from '../model/localized.ts';
import type { Project } from '../model/schema.ts';
import { translatableFields } from './fields.ts';
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
  const primary = project.languages[0] ?? 'en';
  const gaps: TranslationGap[] = [];
  for (const field of translatableFields(project)) {
    for (const lang of langs) {
      const state = translationState(field.value, lang, primary);
      if (state === 'missing' || state === 'stale') gaps.push({ path: formatPath(field.path), lang, state });
    }
  }
  for (const gap of sectionGaps(project, langs)) gaps.push({ path: gap.path, lang: gap.lang, state: gap.state, section: { id: gap.sectionId, title: gap.title } });
  return gaps;
}

/** `dataCategories[2].name (sv): missing`, or `customSections[0] "Our partners" (sv): missing` for a section. */
export function formatGap(gap: TranslationGap): string {
  return `${gap.path}${gap.section ? ` ${JSON.stringify(gap.section.title)}` : ''} (${gap.lang}): ${gap.state}`;
}

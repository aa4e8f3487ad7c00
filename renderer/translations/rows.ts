import { formatPath, translationState, type DocumentLanguage, type LocalizedText, type Project } from '../../shared/model/index.ts';
import { translatableFields } from '../../shared/translations/fields.ts';
import { translationGaps, type TranslationGap } from '../../shared/translations/gaps.ts';
import { t } from '../i18n/t.ts';
import { fieldLabel } from './field-labels.ts';

/** One row of the translation view: a free-text field, its label in plain words and its value in every language. */
export interface TranslationRow {
  /** The field's path as validation and the CLI write it (`dataCategories[2].name`), unique per row. */
  key: string;
  path: (string | number)[];
  label: string;
  value: LocalizedText;
}

/** Every translatable field of the project, in file order, labelled for people. */
export function translationRows(project: Project): TranslationRow[] {
  return translatableFields(project).map(({ path, value }) => ({ key: formatPath(path), path, label: fieldLabel(project, path), value }));
}

/** Whether some language of the row has no text of its own or an out-of-date translation. */
export function rowHasGap(value: LocalizedText, langs: readonly DocumentLanguage[], primary: DocumentLanguage): boolean {
  return langs.some((lang) => {
    const state = translationState(value, lang, primary);
    return state === 'missing' || state === 'stale';
  });
}

/** How many texts are missing and how many stale, across the project's languages (the status bar's count). */
export interface GapCount {
  missing: number;
  stale: number;
}

export function countGaps(gaps: readonly TranslationGap[]): GapCount {
  let missing = 0;
  let stale = 0;
  for (const gap of gaps) {
    if (gap.state === 'missing') missing++;
    else stale++;
  }
  return { missing, stale };
}

/** A gap with its field named in plain words, for the export dialog. */
export interface LabelledGap extends TranslationGap {
  label: string;
}

/** The gaps of the chosen languages, grouped by language (in the order given), each labelled for people. */
export function gapsByLanguage(project: Project, langs: readonly DocumentLanguage[]): { lang: DocumentLanguage; gaps: LabelledGap[] }[] {
  const labels = new Map(translatableFields(project).map(({ path }) => [formatPath(path), fieldLabel(project, path)]));
  const gaps = translationGaps(project, langs);
  return langs
    .map((lang) => ({ lang, gaps: gaps.filter((g) => g.lang === lang).map((g) => ({ ...g, label: g.section ? t('translations.sectionGap', { title: g.section.title }) : (labels.get(g.path) ?? g.path) })) }))
    .filter((group) => group.gaps.length > 0);
}

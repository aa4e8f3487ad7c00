import { hashString } from '../document/hash.ts';
import { formatPath } from '../model/errors.ts';
import type { DocumentLanguage } from '../model/languages.ts';
import { exactTextFor, translationState, withTranslation } from '../model/localized.ts';
import { projectSchema, type LocalizedText, type Project } from '../model/schema.ts';
import { translatableFields, type TranslatableField } from './fields.ts';

/** One text to translate, as written to an XLIFF or CSV file for a translator. */
export interface TranslationUnit {
  /** The field's JSON path, `dataCategories[2].name`. */
  path: string;
  source: string;
  /** `hashString` of `source`: on import, a unit whose source changed since is reported, not applied. */
  sourceHash: string;
  /** The current translation, when there is one. */
  target?: string;
  /** A translation made from an older source text (stale): a hint for the translator, never imported as is. */
  previous?: string;
}

/** The texts of a project to translate from `srcLang` into `trgLang`, as a translator's file holds them. */
export interface TranslationBatch {
  srcLang: DocumentLanguage;
  trgLang: DocumentLanguage;
  units: TranslationUnit[];
}

/** A unit as read back from a translator's file: its path, the source hash it was made from, and the translation (undefined when left empty). */
export interface ReturnedUnit {
  path: string;
  sourceHash: string;
  target: string | undefined;
}

export interface ReturnedBatch {
  srcLang: DocumentLanguage;
  trgLang: DocumentLanguage;
  units: ReturnedUnit[];
}

/**
 * The texts to translate into `trgLang`: every field with a text in
 * `srcLang`, except those written directly in `trgLang` (their own source).
 * A current translation is given as the target; a stale one only as a hint,
 * so that an untouched stale unit is never re-imported as if it were checked.
 */
export function translationBatch(project: Project, trgLang: DocumentLanguage, srcLang: DocumentLanguage = project.languages[0] ?? 'en'): TranslationBatch {
  const primary = project.languages[0] ?? 'en';
  const units: TranslationUnit[] = [];
  for (const field of translatableFields(project)) {
    const source = exactTextFor(field.value, srcLang, primary);
    if (source === undefined) continue;
    const state = translationState(field.value, trgLang, primary);
    if (state === 'source') continue;
    const existing = exactTextFor(field.value, trgLang, primary);
    const unit: TranslationUnit = { path: formatPath(field.path), source, sourceHash: hashString(source) };
    // A translation made from another language than srcLang is kept as a hint too: the translator confirms it.
    const current = state === 'translated' && typeof field.value !== 'string' && entryFrom(field.value, trgLang) === srcLang;
    if (existing !== undefined && current) unit.target = existing;
    else if (existing !== undefined) unit.previous = existing;
    units.push(unit);
  }
  return { srcLang, trgLang, units };
}

function entryFrom(value: Exclude<LocalizedText, string>, lang: DocumentLanguage): DocumentLanguage | undefined {
  const entry = value[lang];
  return entry !== undefined && typeof entry !== 'string' ? entry.from : undefined;
}

/** A unit of the file that was not applied, and why. */
export interface RefusedUnit {
  path: string;
  reason: string;
}

export interface ImportResult {
  project: Project;
  /** Paths whose translation was written or changed. */
  applied: string[];
  /** Paths whose translation was already the project's. */
  unchanged: string[];
  /** Paths the translator left empty. */
  empty: string[];
  refused: RefusedUnit[];
}

/**
 * Applies a translator's file: each unit becomes a translation (from
 * `srcLang`, remembering the source hash) when the project's source text is
 * still the one the unit was made from. A unit whose source changed
 * meanwhile, whose field no longer exists, or that appears twice, is
 * reported in `refused` and not applied: a translation is never attached to
 * a text it was not made from.
 */
export function importTranslations(project: Project, batch: ReturnedBatch): ImportResult {
  const primary = project.languages[0] ?? 'en';
  const { srcLang, trgLang } = batch;
  const fields = new Map<string, TranslatableField>(translatableFields(project).map((f) => [formatPath(f.path), f]));
  const next = structuredClone(project);
  const result: ImportResult = { project: next, applied: [], unchanged: [], empty: [], refused: [] };
  const seen = new Set<string>();
  for (const unit of batch.units) {
    const path = normalizeFieldPath(unit.path);
    if (seen.has(path)) {
      result.refused.push({ path, reason: 'appears more than once in the file; only the first was used' });
      continue;
    }
    seen.add(path);
    const field = fields.get(path);
    if (!field) {
      result.refused.push({ path, reason: 'the project has no such text any more (removed or moved since the file was written)' });
      continue;
    }
    const source = exactTextFor(field.value, srcLang, primary);
    if (source === undefined) {
      result.refused.push({ path, reason: `the project has no ${srcLang} text here any more` });
      continue;
    }
    if (hashString(source) !== unit.sourceHash) {
      result.refused.push({ path, reason: `its ${srcLang} text changed since the file was written (now ${quote(source)}); translate it again` });
      continue;
    }
    if (unit.target === undefined || unit.target.trim() === '') {
      result.empty.push(path);
      continue;
    }
    const value = withTranslation(field.value, trgLang, unit.target, srcLang, primary);
    if (JSON.stringify(value) === JSON.stringify(field.value)) {
      result.unchanged.push(path);
      continue;
    }
    setAt(next, field.path, value);
    result.applied.push(path);
  }
  // Every value written is a LocalizedText built by withTranslation; parsing again keeps the promise that a Project is valid.
  result.project = projectSchema.parse(next);
  return result;
}

/** `dataCategories.2.name` or `dataCategories[2].name` → `dataCategories[2].name`. */
export function normalizeFieldPath(path: string): string {
  const keys = path
    .trim()
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((k) => k !== '')
    .map((k) => (/^\d+$/.test(k) ? Number(k) : k));
  return formatPath(keys);
}

/** `dataCategories[2].name` → `dataCategories.2.name`: the same path as an XML NMTOKEN, which XLIFF unit ids must be. */
export function dottedFieldPath(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1');
}

function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

function setAt(target: Project, path: readonly (string | number)[], value: LocalizedText): void {
  let at = target as unknown as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1]!] = value;
}

import type { DocNode } from '../../shared/document/types.ts';
import { isDocumentLanguage, type DocumentLanguage, type Override, type Project } from '../../shared/model/index.ts';
import { blockTexts, diffParagraphs, type DiffLine } from '../editor/diff.ts';

/**
 * Customised sections across languages. A section the user customised in
 * the project's first language is the source of the same section customised
 * in the other languages: each of those remembers the source's paragraphs
 * as they were when it was translated (`translatedFrom`, kept in the stored
 * content's attrs, which the document builder does not read), so a later
 * change of the source flags it "changed in English since this was
 * translated", with what changed.
 */

/** The source's text a translated section was made from. */
export interface TranslatedFrom {
  lang: DocumentLanguage;
  texts: string[];
}

/** A customised section whose source changed since it was translated: from which language, and how. */
export interface SectionTranslationNotice {
  from: DocumentLanguage;
  /** Paragraphs the source no longer says (`removed`) and says now (`added`). */
  changes: DiffLine[];
}

const STAMP = 'translatedFrom';

/** The blocks of an override or custom section, as stored (a policySection node or a single block). */
export function storedBlocks(content: Record<string, unknown>): DocNode[] {
  const node = content as unknown as DocNode;
  return node.type === 'policySection' ? (node.content ?? []) : [node];
}

const textsOf = (override: Override): string[] => blockTexts(storedBlocks(override.content));

function stampOf(override: Override): TranslatedFrom | null {
  const attrs = override.content.attrs;
  if (!attrs || typeof attrs !== 'object') return null;
  const stamp = (attrs as Record<string, unknown>)[STAMP];
  if (!stamp || typeof stamp !== 'object') return null;
  const { lang, texts } = stamp as { lang?: unknown; texts?: unknown };
  if (typeof lang !== 'string' || !isDocumentLanguage(lang) || !Array.isArray(texts) || !texts.every((x) => typeof x === 'string')) return null;
  return { lang, texts: texts as string[] };
}

function withStamp(override: Override, stamp: TranslatedFrom): Override {
  const attrs = override.content.attrs && typeof override.content.attrs === 'object' ? (override.content.attrs as Record<string, unknown>) : {};
  return { ...override, content: { ...override.content, attrs: { ...attrs, [STAMP]: stamp } } };
}

const primaryOf = (project: Project): DocumentLanguage => project.languages[0] ?? 'en';

const findOverride = (overrides: readonly Override[], sectionId: string, lang: DocumentLanguage) => overrides.find((o) => o.sectionId === sectionId && o.language === lang);

/** Whether `lang`'s customised section `sectionId` was translated from a source that has changed since, and what changed. */
export function sectionTranslationNotice(project: Project, lang: DocumentLanguage, sectionId: string): SectionTranslationNotice | null {
  const own = findOverride(project.overrides, sectionId, lang);
  const stamp = own ? stampOf(own) : null;
  if (!stamp || stamp.lang === lang) return null;
  const source = findOverride(project.overrides, sectionId, stamp.lang);
  if (!source) return null;
  const changes = diffParagraphs(stamp.texts, textsOf(source)).filter((line) => line.kind !== 'same');
  return changes.length === 0 ? null : { from: stamp.lang, changes };
}

/** "Mark as translated": `lang`'s section now matches its source as it is. */
export function markSectionTranslated(project: Project, lang: DocumentLanguage, sectionId: string): Project {
  const primary = primaryOf(project);
  const source = findOverride(project.overrides, sectionId, primary);
  if (!source || lang === primary) return project;
  const stamp: TranslatedFrom = { lang: primary, texts: textsOf(source) };
  return { ...project, overrides: project.overrides.map((o) => (o.sectionId === sectionId && o.language === lang ? withStamp(o, stamp) : o)) };
}

/**
 * Records, after `lang`'s section `sectionId` was customised or edited, what
 * the other languages' versions were translated from:
 * - a translation just customised was made from the source as it is now;
 * - when the source itself changes, versions that knew nothing yet were in
 *   step with the source before (`before`: its paragraphs then).
 */
export function stampTranslations(project: Project, lang: DocumentLanguage, sectionId: string, before: string[] | null): Project {
  const primary = primaryOf(project);
  const source = findOverride(project.overrides, sectionId, primary);
  if (!source) return project;
  if (lang !== primary) {
    const own = findOverride(project.overrides, sectionId, lang);
    if (!own || stampOf(own)) return project;
    return markSectionTranslated(project, lang, sectionId);
  }
  const texts = before ?? textsOf(source);
  let changed = false;
  const overrides = project.overrides.map((o) => {
    if (o.sectionId !== sectionId || o.language === primary || stampOf(o)) return o;
    changed = true;
    return withStamp(o, { lang: primary, texts });
  });
  return changed ? { ...project, overrides } : project;
}

/** The paragraphs of `lang`'s customised section, for `stampTranslations`' `before`. */
export function sectionTexts(project: Project, lang: DocumentLanguage, sectionId: string): string[] | null {
  const o = findOverride(project.overrides, sectionId, lang);
  return o ? textsOf(o) : null;
}

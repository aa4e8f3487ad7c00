import type { DocNode } from '../document/types.ts';
import { isDocumentLanguage, type CustomSection, type DocumentLanguage, type Override, type Project } from '../model/index.ts';
import { blockTexts, diffParagraphs, type DiffLine } from '../document/paragraph-diff.ts';

/**
 * The user's own sections across languages. A section the user customised
 * (an override) or wrote (a custom section) in the project's first language
 * is the source of the same section in the other languages: each of those
 * remembers the source's paragraphs as they were when it was translated
 * (`translatedFrom`, kept in the stored content's attrs, which the document
 * builder does not read), so a later change of the source flags it "changed
 * in English since this was translated", with what changed. Overrides are
 * linked by their section id; a custom section's translation names its
 * source (`translationOf`), and starts as a copy marked untranslated.
 */

/** The source's text a translated section was made from; `untranslated` while it is still the source's copy. */
export interface TranslatedFrom {
  lang: DocumentLanguage;
  texts: string[];
  untranslated?: true;
}

/** A section translated from another language's version that needs work: from which language, whether it was ever translated, and what changed. */
export interface SectionTranslationNotice {
  from: DocumentLanguage;
  /** `untranslated`: still the copy of the source; `changed`: the source changed since it was translated. */
  kind: 'changed' | 'untranslated';
  /** Paragraphs the source no longer says (`removed`) and says now (`added`). */
  changes: DiffLine[];
}

/** The user's version of a section in one language: an override or a custom section, with the stored content. */
interface SectionVersion {
  lang: DocumentLanguage;
  content: Record<string, unknown>;
}

const STAMP = 'translatedFrom';

/** The blocks of an override or custom section, as stored (a policySection node or a single block). */
export function storedBlocks(content: Record<string, unknown>): DocNode[] {
  const node = content as unknown as DocNode;
  return node.type === 'policySection' ? (node.content ?? []) : [node];
}

const textsOf = (version: SectionVersion): string[] => blockTexts(storedBlocks(version.content));

function stampOf(content: Record<string, unknown>): TranslatedFrom | null {
  const attrs = content.attrs;
  if (!attrs || typeof attrs !== 'object') return null;
  const stamp = (attrs as Record<string, unknown>)[STAMP];
  if (!stamp || typeof stamp !== 'object') return null;
  const { lang, texts, untranslated } = stamp as { lang?: unknown; texts?: unknown; untranslated?: unknown };
  if (typeof lang !== 'string' || !isDocumentLanguage(lang) || !Array.isArray(texts) || !texts.every((x) => typeof x === 'string')) return null;
  return untranslated === true ? { lang, texts: texts as string[], untranslated: true } : { lang, texts: texts as string[] };
}

function withStamp<T extends { content: Record<string, unknown> }>(item: T, stamp: TranslatedFrom): T {
  const attrs = item.content.attrs && typeof item.content.attrs === 'object' ? (item.content.attrs as Record<string, unknown>) : {};
  return { ...item, content: { ...item.content, attrs: { ...attrs, [STAMP]: stamp } } };
}

const primaryOf = (project: Project): DocumentLanguage => project.languages[0] ?? 'en';

const findOverride = (overrides: readonly Override[], sectionId: string, lang: DocumentLanguage) => overrides.find((o) => o.sectionId === sectionId && o.language === lang);

/** A custom section that is the source of translations: written in the first language, translating nothing. */
const isCustomSource = (c: CustomSection, primary: DocumentLanguage) => c.language === primary && c.translationOf === undefined;

/** `lang`'s version of section `sectionId` (an override's section id or a custom section's id) and its source, if it is a translation. */
function linkOf(project: Project, lang: DocumentLanguage, sectionId: string): { own: SectionVersion; source: SectionVersion | null } | null {
  const override = findOverride(project.overrides, sectionId, lang);
  if (override) {
    const stamp = stampOf(override.content);
    const source = stamp && stamp.lang !== lang ? findOverride(project.overrides, sectionId, stamp.lang) : undefined;
    return { own: { lang, content: override.content }, source: source ? { lang: source.language, content: source.content } : null };
  }
  const custom = project.customSections.find((c) => c.id === sectionId && c.language === lang);
  if (!custom) return null;
  const source = custom.translationOf ? project.customSections.find((c) => c.id === custom.translationOf) : undefined;
  return { own: { lang, content: custom.content }, source: source && source.language !== lang ? { lang: source.language, content: source.content } : null };
}

/** Whether `lang`'s version of section `sectionId` is a translation that needs work: never translated, or its source changed since. */
export function sectionTranslationNotice(project: Project, lang: DocumentLanguage, sectionId: string): SectionTranslationNotice | null {
  const link = linkOf(project, lang, sectionId);
  const stamp = link ? stampOf(link.own.content) : null;
  if (!link || !link.source || !stamp) return null;
  const sourceTexts = textsOf(link.source);
  if (stamp.untranslated) return { from: link.source.lang, kind: 'untranslated', changes: sourceTexts.map((text) => ({ kind: 'added', text })) };
  const changes = diffParagraphs(stamp.texts, sourceTexts).filter((line) => line.kind !== 'same');
  return changes.length === 0 ? null : { from: link.source.lang, kind: 'changed', changes };
}

/** "Mark as translated": `lang`'s section now matches its source as it is. */
export function markSectionTranslated(project: Project, lang: DocumentLanguage, sectionId: string): Project {
  const primary = primaryOf(project);
  if (lang === primary) return project;
  const override = findOverride(project.overrides, sectionId, lang);
  if (override) {
    const source = findOverride(project.overrides, sectionId, primary);
    if (!source) return project;
    const stamp: TranslatedFrom = { lang: primary, texts: textsOf({ lang: primary, content: source.content }) };
    return { ...project, overrides: project.overrides.map((o) => (o === override ? withStamp(o, stamp) : o)) };
  }
  const custom = project.customSections.find((c) => c.id === sectionId && c.language === lang);
  const source = custom?.translationOf ? project.customSections.find((c) => c.id === custom.translationOf) : undefined;
  if (!custom || !source) return project;
  const stamp: TranslatedFrom = { lang: source.language, texts: textsOf({ lang: source.language, content: source.content }) };
  return { ...project, customSections: project.customSections.map((c) => (c === custom ? withStamp(c, stamp) : c)) };
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
    if (!own || stampOf(own.content)) return project;
    return markSectionTranslated(project, lang, sectionId);
  }
  const texts = before ?? textsOf({ lang: primary, content: source.content });
  let changed = false;
  const overrides = project.overrides.map((o) => {
    if (o.sectionId !== sectionId || o.language === primary || stampOf(o.content)) return o;
    changed = true;
    return withStamp(o, { lang: primary, texts });
  });
  return changed ? { ...project, overrides } : project;
}

/** The paragraphs of `lang`'s customised section, for `stampTranslations`' `before`. */
export function sectionTexts(project: Project, lang: DocumentLanguage, sectionId: string): string[] | null {
  const o = findOverride(project.overrides, sectionId, lang);
  return o ? textsOf({ lang, content: o.content }) : null;
}

function nextCustomId(existing: readonly CustomSection[]): string {
  const ids = new Set(existing.map((c) => c.id));
  for (let n = existing.length + 1; ; n++) {
    const id = `custom-section-${n}`;
    if (!ids.has(id)) return id;
  }
}

/**
 * Gives `lang` its version of the first language's custom section
 * `sourceId`: a copy of the source, at the same place, marked untranslated
 * until the user has translated it and says so. Does nothing when `lang`
 * already has one.
 */
export function addSectionTranslation(project: Project, lang: DocumentLanguage, sourceId: string): Project {
  const source = project.customSections.find((c) => c.id === sourceId);
  if (!source || source.language === lang) return project;
  if (project.customSections.some((c) => c.translationOf === sourceId && c.language === lang)) return project;
  const copy: CustomSection = withStamp(
    { id: nextCustomId(project.customSections), afterSectionId: source.afterSectionId, language: lang, translationOf: sourceId, content: structuredClone(source.content) },
    { lang: source.language, texts: textsOf({ lang: source.language, content: source.content }), untranslated: true },
  );
  // After the last of `lang`'s custom sections at the same place, so order within a language is kept.
  const customs = project.customSections;
  let at = customs.length;
  for (let i = customs.length - 1; i >= 0; i--) {
    if (customs[i]!.afterSectionId === source.afterSectionId && customs[i]!.language === lang) {
      at = i + 1;
      break;
    }
  }
  const next = customs.slice();
  next.splice(at, 0, copy);
  return { ...project, customSections: next };
}

/** A section of the user's that one language lacks or has out of date. */
export interface SectionGap {
  /** Where the source version is stored: `overrides[1]` or `customSections[0]`. */
  path: string;
  sectionId: string;
  /** The source version's first heading, for naming it to people. */
  title: string;
  lang: DocumentLanguage;
  /**
   * `missing`: `lang` shows the generated text of a section customised in the
   * first language, or lacks a custom section, or has only its untranslated
   * copy; `stale`: the source changed since `lang`'s version was translated.
   */
  state: 'missing' | 'stale';
  /** Whether `addSectionTranslation` can fill the gap (a custom section `lang` lacks). */
  canAdd: boolean;
}

function titleOf(content: Record<string, unknown>): string {
  const heading = storedBlocks(content).find((b) => b.type === 'heading');
  return heading ? blockTexts([heading])[0] ?? '' : (blockTexts(storedBlocks(content))[0] ?? '').slice(0, 60);
}

/**
 * Every section the first language has of the user's own (customised or
 * written) that another of `langs` lacks or has out of date, source by
 * source, then language by language. Counted with the field gaps, so the
 * export dialog, the CLI and the status bar say it.
 */
export function sectionGaps(project: Project, langs: readonly DocumentLanguage[] = project.languages): SectionGap[] {
  const primary = primaryOf(project);
  const others = langs.filter((l) => l !== primary && project.languages.includes(l));
  const gaps: SectionGap[] = [];
  project.overrides.forEach((o, i) => {
    if (o.language !== primary) return;
    for (const lang of others) {
      const own = findOverride(project.overrides, o.sectionId, lang);
      const state = !own ? 'missing' : sectionTranslationNotice(project, lang, o.sectionId) ? 'stale' : null;
      if (state) gaps.push({ path: `overrides[${i}]`, sectionId: o.sectionId, title: titleOf(o.content), lang, state, canAdd: false });
    }
  });
  project.customSections.forEach((c, i) => {
    if (!isCustomSource(c, primary)) return;
    for (const lang of others) {
      const own = project.customSections.find((x) => x.translationOf === c.id && x.language === lang);
      const notice = own ? sectionTranslationNotice(project, lang, own.id) : null;
      const state = !own || notice?.kind === 'untranslated' ? 'missing' : notice ? 'stale' : null;
      if (state) gaps.push({ path: `customSections[${i}]`, sectionId: c.id, title: titleOf(c.content), lang, state, canAdd: !own });
    }
  });
  return gaps;
}

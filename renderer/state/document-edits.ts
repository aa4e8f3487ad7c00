import { stableStringify } from '../../shared/document/hash.ts';
import type { DocNode } from '../../shared/document/types.ts';
import type { CustomSection, DocumentLanguage, Override, Project } from '../../shared/model/index.ts';
import { blockTexts } from '../../shared/document/paragraph-diff.ts';
import { stampTranslations, storedBlocks } from '../../shared/translations/section-links.ts';

/**
 * Changes to the project made from the document pane. The project stores
 * what the user wrote (overrides and custom sections); the document is
 * rebuilt from it, so these are plain functions over the project.
 */

/** Stored content of a section: a policySection node holding the user's blocks. */
function sectionContent(content: readonly DocNode[]): Record<string, unknown> {
  return { type: 'policySection', content: structuredClone(content) };
}

/** Stored content with new blocks, keeping what else it holds (what a translation was made from). */
function withBlocks(stored: Record<string, unknown>, content: readonly DocNode[]): Record<string, unknown> {
  return stored.type === 'policySection' ? { ...stored, content: structuredClone(content) } : sectionContent(content);
}

/**
 * Starts customizing a generated section: its current content becomes the
 * user's, based on its current hash. Across languages it is linked to the
 * source language's customised version (see `stampTranslations`).
 */
export function customizeSection(project: Project, lang: DocumentLanguage, section: DocNode): Project {
  const sectionId = String(section.attrs?.sectionId ?? '');
  const hash = String(section.attrs?.generatedHash ?? '');
  if (sectionId === '' || hash === '') return project;
  const override: Override = { sectionId, language: lang, basedOnHash: hash, content: sectionContent(section.content ?? []) };
  const next = { ...project, overrides: [...project.overrides.filter((o) => !(o.sectionId === sectionId && o.language === lang)), override] };
  return stampTranslations(next, lang, sectionId, null);
}

/** Drops the user's version of a section: it follows the form again. */
export function revertSection(project: Project, lang: DocumentLanguage, sectionId: string): Project {
  return { ...project, overrides: project.overrides.filter((o) => !(o.sectionId === sectionId && o.language === lang)) };
}

/** Accepts that the generated text moved on and keeps the user's version ("Keep mine"). */
export function keepCustomized(project: Project, lang: DocumentLanguage, sectionId: string, generatedHash: string): Project {
  return {
    ...project,
    overrides: project.overrides.map((o) => (o.sectionId === sectionId && o.language === lang ? { ...o, basedOnHash: generatedHash } : o)),
  };
}

function newCustomId(existing: readonly CustomSection[]): string {
  const ids = new Set(existing.map((c) => c.id));
  for (let n = existing.length + 1; ; n++) {
    const id = `custom-section-${n}`;
    if (!ids.has(id)) return id;
  }
}

/**
 * Adds a section of the user's own right after `afterId`. Custom sections
 * hang off a generated section; one inserted after a custom section takes
 * that section's anchor and follows it in order.
 */
export function insertCustomSection(project: Project, lang: DocumentLanguage, afterId: string, title: string, body: string): Project {
  const customs = project.customSections;
  const anchorCustom = customs.findIndex((c) => c.id === afterId);
  const afterSectionId = anchorCustom >= 0 ? customs[anchorCustom]!.afterSectionId : afterId;
  const section: CustomSection = {
    id: newCustomId(customs),
    afterSectionId,
    language: lang,
    content: sectionContent([
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: title }] },
      { type: 'paragraph', content: [{ type: 'text', text: body }] },
    ]),
  };
  let at: number;
  if (anchorCustom >= 0) at = anchorCustom + 1;
  else {
    const first = customs.findIndex((c) => c.afterSectionId === afterId && c.language === lang);
    at = first >= 0 ? first : customs.length;
  }
  const next = customs.slice();
  next.splice(at, 0, section);
  return { ...project, customSections: next };
}

export function deleteCustomSection(project: Project, sectionId: string): Project {
  return { ...project, customSections: project.customSections.filter((c) => c.id !== sectionId) };
}

/**
 * Writes the content of customized and custom sections, as edited in the
 * editor, back into the project. Returns the same project object when
 * nothing changed, so an edit that only moved the cursor records no history.
 * A change to the source language's version records, in the other
 * languages' versions, what they were in step with before.
 */
export function writeBackSections(project: Project, lang: DocumentLanguage, sections: readonly DocNode[]): Project {
  let overrides = project.overrides;
  let customSections = project.customSections;
  const sourceChanges: { sectionId: string; before: string[] }[] = [];
  for (const section of sections) {
    const origin = section.attrs?.origin;
    const id = String(section.attrs?.sectionId ?? '');
    const blocks = section.content ?? [];
    if (origin === 'customized') {
      const index = overrides.findIndex((o) => o.sectionId === id && o.language === lang);
      const current = overrides[index];
      if (current && stableStringify(storedBlocks(current.content)) !== stableStringify(blocks)) {
        overrides = overrides.map((o, i) => (i === index ? { ...o, content: withBlocks(o.content, blocks) } : o));
        if (lang === project.languages[0]) sourceChanges.push({ sectionId: id, before: blockTexts(storedBlocks(current.content)) });
      }
    } else if (origin === 'custom') {
      const index = customSections.findIndex((c) => c.id === id);
      const current = customSections[index];
      if (current && stableStringify(storedBlocks(current.content)) !== stableStringify(blocks)) {
        customSections = customSections.map((c, i) => (i === index ? { ...c, content: withBlocks(c.content, blocks) } : c));
      }
    }
  }
  if (overrides === project.overrides && customSections === project.customSections) return project;
  return sourceChanges.reduce((p, c) => stampTranslations(p, lang, c.sectionId, c.before), { ...project, overrides, customSections });
}

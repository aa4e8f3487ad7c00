import type { DocNode } from '../../shared/document/types.ts';
import type { DocumentLanguage, Project } from '../../shared/model/index.ts';
import { t } from '../i18n/t.ts';
import { customizeSection, deleteCustomSection, insertCustomSection, keepCustomized, revertSection } from '../state/document-edits.ts';
import { markSectionTranslated, sectionTranslationNotice } from '../../shared/translations/section-links.ts';
import type { GeneratedState } from '../state/use-policy-document.ts';
import type { SectionActions } from './section-controls.ts';

type Update = (key: string, edit: (project: Project) => Project) => void;

/** What the section bars in the document do (customize, revert, keep mine, insert, delete, mark as translated), as project edits in `lang`. */
export function sectionActions(generated: GeneratedState, project: Project, lang: DocumentLanguage, update: Update): SectionActions {
  const sectionOf = (doc: 'document' | 'plain', id: string): DocNode | undefined => {
    if (generated.kind !== 'ready') return undefined;
    const source = doc === 'plain' ? generated.plain() : generated.document;
    return source.content.find((s) => s.attrs?.sectionId === id);
  };
  return {
    customize: (id) => {
      const section = sectionOf('document', id);
      if (section) update(`customize:${id}:${Date.now()}`, (p) => customizeSection(p, lang, section));
    },
    revert: (id) => update(`revert:${id}:${Date.now()}`, (p) => revertSection(p, lang, id)),
    keepMine: (id) => {
      const hash = sectionOf('document', id)?.attrs?.generatedHash;
      if (typeof hash === 'string') update(`keep:${id}:${Date.now()}`, (p) => keepCustomized(p, lang, id, hash));
    },
    insertAfter: (id) => update(`insert:${id}:${Date.now()}`, (p) => insertCustomSection(p, lang, id, t('section.newTitle'), t('section.newBody'))),
    deleteCustom: (id) => update(`delete:${id}:${Date.now()}`, (p) => deleteCustomSection(p, id)),
    generatedContent: (id) => sectionOf('plain', id)?.content ?? null,
    translationNotice: (id) => sectionTranslationNotice(project, lang, id),
    markTranslated: (id) => update(`translated:${id}:${Date.now()}`, (p) => markSectionTranslated(p, lang, id)),
  };
}

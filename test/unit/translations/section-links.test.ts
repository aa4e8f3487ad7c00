import { describe, expect, it } from 'vitest';
import { generatePolicy } from '../../../shared/pipeline.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import type { DocNode } from '../../../shared/document/types.ts';
import type { Project } from '../../../shared/model/index.ts';
import { formatGap, translationGaps } from '../../../shared/translations/gaps.ts';
import { addSectionTranslation, markSectionTranslated, sectionGaps, sectionTranslationNotice } from '../../../shared/translations/section-links.ts';
import { customizeSection, insertCustomSection, writeBackSections } from '../../../renderer/state/document-edits.ts';
import { buildProject } from '../../fixtures/project-builder.ts';

const paragraph = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const heading = (text: string): DocNode => ({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text }] });
const customNode = (id: string, ...blocks: DocNode[]): DocNode => ({ type: 'policySection', attrs: { sectionId: id, origin: 'custom' }, content: blocks });

/** The project (English first, then Swedish) with a section of the user's own written in English after "security". */
function withEnglishSection(): { project: Project; id: string } {
  const project = insertCustomSection(buildProject(), 'en', 'security', 'Our audit partners', 'An independent firm audits our controls every year.');
  return { project, id: project.customSections[0]!.id };
}

const documentText = (project: Project, lang: 'en' | 'sv') => JSON.stringify(generatePolicy(project, lang, nodeEnv).document);

describe('a section of the user\'s own across languages', () => {
  it('is a missing translation in Swedish until Swedish has its version, named by title in the CLI\'s words', () => {
    const { project } = withEnglishSection();
    expect(documentText(project, 'sv')).not.toContain('Our audit partners');
    const gaps = translationGaps(project).filter((g) => g.section);
    expect(gaps.map(formatGap)).toEqual(['customSections[0] "Our audit partners" (sv): missing']);
    expect(sectionGaps(project)[0]).toMatchObject({ lang: 'sv', state: 'missing', canAdd: true });
    // The first language's own version is never a gap.
    expect(translationGaps(project, ['en']).filter((g) => g.section)).toEqual([]);
  });

  it('adds a Swedish copy at the same place, still counted missing until it is translated and marked so', () => {
    const { project, id } = withEnglishSection();
    let p = addSectionTranslation(project, 'sv', id);
    const copy = p.customSections.find((c) => c.language === 'sv')!;
    expect(copy).toMatchObject({ translationOf: id, afterSectionId: 'security' });
    expect(documentText(p, 'sv')).toContain('Our audit partners');
    expect(sectionTranslationNotice(p, 'sv', copy.id)).toMatchObject({ from: 'en', kind: 'untranslated' });
    expect(sectionGaps(p)).toMatchObject([{ lang: 'sv', state: 'missing', canAdd: false }]);
    // Adding again changes nothing.
    expect(addSectionTranslation(p, 'sv', id)).toBe(p);
    p = writeBackSections(p, 'sv', [customNode(copy.id, heading('Våra revisorer'), paragraph('En oberoende byrå granskar våra kontroller varje år.'))]);
    p = markSectionTranslated(p, 'sv', copy.id);
    expect(sectionGaps(p)).toEqual([]);
    expect(documentText(p, 'sv')).toContain('Våra revisorer');
  });

  it('flags the Swedish version "changed in English" with what changed when the English section is edited', () => {
    const { project, id } = withEnglishSection();
    let p = addSectionTranslation(project, 'sv', id);
    const copyId = p.customSections.find((c) => c.language === 'sv')!.id;
    p = markSectionTranslated(p, 'sv', copyId);
    p = writeBackSections(p, 'en', [customNode(id, heading('Our audit partners'), paragraph('An independent firm audits our controls twice a year.'))]);
    expect(sectionTranslationNotice(p, 'sv', copyId)).toEqual({
      from: 'en',
      kind: 'changed',
      changes: [
        { kind: 'removed', text: 'An independent firm audits our controls every year.' },
        { kind: 'added', text: 'An independent firm audits our controls twice a year.' },
      ],
    });
    expect(translationGaps(p).filter((g) => g.section).map(formatGap)).toEqual(['customSections[0] "Our audit partners" (sv): stale']);
  });

  it('counts a section customised in English that Swedish still shows as generated, until Swedish customises it too', () => {
    const generated = (texts: string[]): DocNode => ({ type: 'policySection', attrs: { sectionId: 'security', origin: 'generated', generatedHash: 'h1', basedOnHash: null }, content: [heading('Security'), ...texts.map(paragraph)] });
    let p = customizeSection(buildProject(), 'en', generated(['We encrypt data.']));
    expect(sectionGaps(p)).toMatchObject([{ path: 'overrides[0]', sectionId: 'security', title: 'Security', lang: 'sv', state: 'missing', canAdd: false }]);
    p = customizeSection(p, 'sv', generated(['Vi krypterar data.']));
    expect(sectionGaps(p)).toEqual([]);
  });

  it('keeps a translation whose source was deleted, as a section of its own with nothing to flag', () => {
    const { project, id } = withEnglishSection();
    let p = addSectionTranslation(project, 'sv', id);
    const copyId = p.customSections.find((c) => c.language === 'sv')!.id;
    p = { ...p, customSections: p.customSections.filter((c) => c.id !== id) };
    expect(p.customSections.map((c) => c.id)).toEqual([copyId]);
    expect(sectionTranslationNotice(p, 'sv', copyId)).toBeNull();
    expect(sectionGaps(p)).toEqual([]);
  });
});

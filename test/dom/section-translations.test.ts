import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { policyExtensions } from '../../shared/document/extensions.ts';
import type { DocNode } from '../../shared/document/types.ts';
import { REFRESH_NOTICES_EVENT, SectionControls, type SectionActions } from '../../renderer/editor/section-controls.ts';
import { customizeSection, writeBackSections } from '../../renderer/state/document-edits.ts';
import { markSectionTranslated, sectionTranslationNotice, type SectionTranslationNotice } from '../../shared/translations/section-links.ts';
import { buildProject } from '../fixtures/project-builder.ts';

const paragraphs = (...texts: string[]): DocNode[] => texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }));
const generated = (...texts: string[]): DocNode => ({ type: 'policySection', attrs: { sectionId: 'security', origin: 'generated', generatedHash: 'h1', basedOnHash: null }, content: paragraphs(...texts) });
const edited = (...texts: string[]): DocNode => ({ type: 'policySection', attrs: { sectionId: 'security', origin: 'customized', generatedHash: 'h1', basedOnHash: 'h1' }, content: paragraphs(...texts) });

/** Security customised in English and in Swedish, each from its generated text. */
function bothCustomised() {
  let p = customizeSection(buildProject(), 'en', generated('We encrypt data.', 'We keep backups.'));
  p = customizeSection(p, 'sv', generated('Vi krypterar data.', 'Vi säkerhetskopierar.'));
  return p;
}

describe('customised sections across languages', () => {
  it('flags the Swedish version when the English one changes, with what changed, until marked as translated', () => {
    let p = bothCustomised();
    expect(sectionTranslationNotice(p, 'sv', 'security')).toBeNull();
    p = writeBackSections(p, 'en', [edited('We encrypt all data.', 'We keep backups.')]);
    expect(sectionTranslationNotice(p, 'sv', 'security')).toEqual({
      from: 'en',
      kind: 'changed',
      changes: [
        { kind: 'removed', text: 'We encrypt data.' },
        { kind: 'added', text: 'We encrypt all data.' },
      ],
    });
    // The source's own section is not flagged; editing the translation alone does not clear the flag.
    expect(sectionTranslationNotice(p, 'en', 'security')).toBeNull();
    p = writeBackSections(p, 'sv', [edited('Vi krypterar all data.', 'Vi säkerhetskopierar.')]);
    expect(sectionTranslationNotice(p, 'sv', 'security')).not.toBeNull();
    p = markSectionTranslated(p, 'sv', 'security');
    expect(sectionTranslationNotice(p, 'sv', 'security')).toBeNull();
  });

  it('links a translation customised before its source: the source as first customised is what it was in step with', () => {
    let p = customizeSection(buildProject(), 'sv', generated('Vi krypterar data.'));
    p = customizeSection(p, 'en', generated('We encrypt data.'));
    expect(sectionTranslationNotice(p, 'sv', 'security')).toBeNull();
    p = writeBackSections(p, 'en', [edited('We encrypt data with AES-256.')]);
    expect(sectionTranslationNotice(p, 'sv', 'security')?.changes.map((c) => c.kind)).toEqual(['removed', 'added']);
  });

  it('keeps the stored link when the translated section is written back', () => {
    let p = bothCustomised();
    p = writeBackSections(p, 'sv', [edited('Vi krypterar data.', 'Nytt stycke.')]);
    p = writeBackSections(p, 'en', [edited('Changed.')]);
    expect(sectionTranslationNotice(p, 'sv', 'security')).not.toBeNull();
  });
});

describe('the "changed in English" notice on a section', () => {
  let editor: Editor | undefined;
  afterEach(() => editor?.destroy());

  it('shows on a customised section, with what changed and "Mark as translated", and goes once refreshed without one', () => {
    let notice: SectionTranslationNotice | null = { from: 'en', kind: 'changed', changes: [{ kind: 'removed', text: 'We encrypt data.' }, { kind: 'added', text: 'We encrypt all data.' }] };
    const marked: string[] = [];
    const actions: SectionActions = {
      customize: () => undefined,
      revert: () => undefined,
      keepMine: () => undefined,
      insertAfter: () => undefined,
      deleteCustom: () => undefined,
      generatedContent: () => null,
      translationNotice: () => notice,
      markTranslated: (id) => void marked.push(id),
    };
    editor = new Editor({ extensions: [...policyExtensions, SectionControls.configure({ actions: () => actions })], content: { type: 'doc', attrs: { lang: 'sv' }, content: [edited('Vi krypterar data.')] }, injectCSS: false });
    const box = editor.view.dom.querySelector<HTMLElement>('.ps-section-translation')!;
    expect(box.hidden).toBe(false);
    expect(box.querySelector('p')?.textContent).toBe('Changed in English since this was translated.');
    expect([...box.querySelectorAll('.ps-diff li')].map((li) => li.textContent)).toEqual(['− English said: We encrypt data.', '+ English now says: We encrypt all data.']);
    box.querySelector<HTMLButtonElement>('button')!.click();
    expect(marked).toEqual(['security']);
    notice = null;
    editor.view.dom.querySelector('section')!.dispatchEvent(new Event(REFRESH_NOTICES_EVENT));
    expect(box.hidden).toBe(true);
  });
});

import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { policyExtensions } from '../../shared/document/extensions.ts';
import type { DocNode, PolicyDocument } from '../../shared/document/types.ts';
import { SectionControls, type SectionActions } from '../../renderer/editor/section-controls.ts';
import { syncEditor } from '../../renderer/editor/sync.ts';

/** A section; `hash` stands for the hash of the generated HTML, which changes whenever the generated text does. */
const section = (sectionId: string, origin: string, text: string, hash = 'h1') => ({
  type: 'policySection',
  attrs: { sectionId, origin, generatedHash: origin === 'custom' ? null : hash, basedOnHash: origin === 'customized' ? 'h0' : null },
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

const titled = (sectionId: string, origin: string, title: string) => ({
  ...section(sectionId, origin, 'Body'),
  content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: title }] }, ...section(sectionId, origin, 'Body').content],
});

const doc = (...content: DocNode[]): PolicyDocument => ({ type: 'doc', attrs: { lang: 'en' }, content });

const calls: string[] = [];
const actions: SectionActions = {
  customize: (id) => void calls.push(`customize:${id}`),
  revert: (id) => void calls.push(`revert:${id}`),
  keepMine: (id) => void calls.push(`keep:${id}`),
  insertAfter: (id) => void calls.push(`insert:${id}`),
  deleteCustom: (id) => void calls.push(`delete:${id}`),
  generatedContent: () => [{ type: 'paragraph', content: [{ type: 'text', text: 'Generated now' }] }],
  translationNotice: () => null,
  markTranslated: (id) => void calls.push(`translated:${id}`),
};

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function makeEditor(content: PolicyDocument): Editor {
  editor = new Editor({ extensions: [...policyExtensions, SectionControls.configure({ actions: () => actions })], content, injectCSS: false });
  return editor;
}

/** Position inside the first paragraph of section `index`. */
function inside(e: Editor, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += e.state.doc.child(i).nodeSize;
  return pos + 3;
}

describe('generated sections are read-only', () => {
  it('rejects typing, marks and deletion in a generated section; allows them in a customized one', () => {
    const e = makeEditor(doc(section('about', 'generated', 'Generated text'), section('security', 'customized', 'My text')));
    e.commands.insertContentAt(inside(e, 0), 'X');
    expect(e.state.doc.child(0).textContent).toBe('Generated text');
    e.chain().setTextSelection({ from: inside(e, 0), to: inside(e, 0) + 4 }).toggleBold().run();
    expect(JSON.stringify(e.getJSON().content?.[0])).not.toContain('bold');
    e.commands.insertContentAt(inside(e, 1), 'X');
    expect(e.state.doc.child(1).textContent).toBe('MXy text');
  });

  it('rejects a deletion spanning a generated and a customized section', () => {
    const e = makeEditor(doc(section('about', 'generated', 'Generated text'), section('security', 'customized', 'My text')));
    e.chain().setTextSelection({ from: inside(e, 0), to: inside(e, 1) }).deleteSelection().run();
    expect(e.state.doc.childCount).toBe(2);
    expect(e.state.doc.textContent).toBe('Generated textMy text');
  });

  it('lets the app replace generated sections (sync), keeping the user section while they type', () => {
    const e = makeEditor(doc(section('about', 'generated', 'Old', 'h-old'), section('security', 'customized', 'Typed ahead')));
    syncEditor(e, doc(section('about', 'generated', 'New', 'h-new'), section('security', 'customized', 'Typed')), { includeUserSections: false });
    expect(e.state.doc.child(0).textContent).toBe('New');
    expect(e.state.doc.child(1).textContent).toBe('Typed ahead');
    syncEditor(e, doc(section('about', 'generated', 'New', 'h-new'), section('security', 'customized', 'Undone')));
    expect(e.state.doc.child(1).textContent).toBe('Undone');
  });

  it('shows section actions and the outdated notice with a diff', () => {
    const e = makeEditor(doc(section('about', 'generated', 'Generated text'), section('security', 'customized', 'My text')));
    const root = e.view.dom;
    const about = root.querySelector('[data-section-id="about"]') as HTMLElement;
    expect(about.querySelector('.ps-section-body')?.getAttribute('contenteditable')).toBe('false');
    (Array.from(about.querySelectorAll('button')).find((b) => b.textContent === 'Customize') as HTMLButtonElement).click();
    expect(calls).toContain('customize:about');
    const security = root.querySelector('[data-section-id="security"]') as HTMLElement;
    const notice = security.querySelector('.ps-section-notice') as HTMLElement;
    expect(notice.hidden).toBe(false);
    const details = notice.querySelector('details') as HTMLDetailsElement;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    // The sign is for the eye; screen readers hear which side a line is from.
    expect(Array.from(notice.querySelectorAll('.ps-diff li')).map((li) => li.textContent)).toEqual(['− Your text says: My text', '+ Generated text now says: Generated now']);
    expect(notice.querySelector('.ps-diff [aria-hidden="true"]')?.textContent).toBe('− ');
  });

  it('does not rebuild a generated section whose hash did not change', () => {
    const e = makeEditor(doc(section('about', 'generated', 'Same', 'h-1'), section('cookies', 'generated', 'Old', 'h-2')));
    const before = e.state.doc.child(0);
    expect(syncEditor(e, doc(section('about', 'generated', 'Same', 'h-1'), section('cookies', 'generated', 'New', 'h-3')))).toBe(true);
    expect(e.state.doc.child(0)).toBe(before);
    expect(e.state.doc.child(1).textContent).toBe('New');
    expect(syncEditor(e, doc(section('about', 'generated', 'Same', 'h-1'), section('cookies', 'generated', 'New', 'h-3')))).toBe(false);
  });
});

describe('section actions for keyboard and screen reader users', () => {
  it('names every action after its section and keeps them in the tab order', () => {
    const e = makeEditor(doc(titled('about', 'generated', 'Who we are'), { ...titled('security', 'customized', 'Security'), attrs: { sectionId: 'security', origin: 'customized', generatedHash: 'h1', basedOnHash: 'h0' } }));
    const buttons = Array.from(e.view.dom.querySelectorAll<HTMLElement>('button, summary'));
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Customize (section “Who we are”)',
      'Insert section after (section “Who we are”)',
      'Revert to generated (section “Security”)',
      'Insert section after (section “Security”)',
      'Keep mine (section “Security”)',
      'Use generated (section “Security”)',
      'What changed (section “Security”)',
    ]);
    // Each name starts with the visible text (WCAG 2.5.3, label in name).
    for (const b of buttons) expect(b.getAttribute('aria-label')?.startsWith(b.textContent ?? '')).toBe(true);
    for (const b of buttons.filter((el) => el.tagName === 'BUTTON')) expect(b.tabIndex).toBe(0);
    expect(e.view.dom.querySelector('[data-section-id="about"] .ps-section-bar')?.getAttribute('aria-label')).toBe('Section “Who we are”');
  });

  it('moves focus to the rebuilt section after a keyboard user customizes it', async () => {
    const e = makeEditor(doc(titled('about', 'generated', 'Who we are'), titled('security', 'generated', 'Security')));
    document.body.append(e.view.dom);
    const customize = e.view.dom.querySelector<HTMLButtonElement>('[data-section-id="about"] button')!;
    customize.focus();
    customize.click();
    expect(calls).toContain('customize:about');
    // The app answers by customizing the section; the editor rebuilds it.
    syncEditor(e, doc({ ...titled('about', 'customized', 'Who we are'), attrs: { sectionId: 'about', origin: 'customized', generatedHash: 'h1', basedOnHash: 'h1' } }, titled('security', 'generated', 'Security')));
    expect(document.activeElement?.textContent).toBe('Revert to generated');
    expect(document.activeElement?.closest('[data-section-id]')?.getAttribute('data-section-id')).toBe('about');
    e.view.dom.remove();
  });
});

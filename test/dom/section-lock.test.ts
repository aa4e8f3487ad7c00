import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { policyExtensions } from '../../shared/document/extensions.ts';
import type { PolicyDocument } from '../../shared/document/types.ts';
import { SectionControls, type SectionActions } from '../../renderer/editor/section-controls.ts';
import { syncEditor } from '../../renderer/editor/sync.ts';

const section = (sectionId: string, origin: string, text: string) => ({
  type: 'policySection',
  attrs: { sectionId, origin, generatedHash: origin === 'custom' ? null : 'h1', basedOnHash: origin === 'customized' ? 'h0' : null },
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

const doc = (...content: ReturnType<typeof section>[]): PolicyDocument => ({ type: 'doc', attrs: { lang: 'en' }, content });

const calls: string[] = [];
const actions: SectionActions = {
  customize: (id) => void calls.push(`customize:${id}`),
  revert: (id) => void calls.push(`revert:${id}`),
  keepMine: (id) => void calls.push(`keep:${id}`),
  insertAfter: (id) => void calls.push(`insert:${id}`),
  deleteCustom: (id) => void calls.push(`delete:${id}`),
  generatedContent: () => [{ type: 'paragraph', content: [{ type: 'text', text: 'Generated now' }] }],
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
    const e = makeEditor(doc(section('about', 'generated', 'Old'), section('security', 'customized', 'Typed ahead')));
    syncEditor(e, doc(section('about', 'generated', 'New'), section('security', 'customized', 'Typed')), { includeUserSections: false });
    expect(e.state.doc.child(0).textContent).toBe('New');
    expect(e.state.doc.child(1).textContent).toBe('Typed ahead');
    syncEditor(e, doc(section('about', 'generated', 'New'), section('security', 'customized', 'Undone')));
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
    expect(Array.from(notice.querySelectorAll('.ps-diff li')).map((li) => li.textContent)).toEqual(['− My text', '+ Generated now']);
  });
});

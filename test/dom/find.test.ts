import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { Find, findKey } from '../../renderer/editor/find.ts';
import { findInText, findMatches, matchIndexFrom, queryPattern } from '../../renderer/editor/find-matches.ts';
import { SectionControls, type SectionActions } from '../../renderer/editor/section-controls.ts';
import { syncEditor } from '../../renderer/editor/sync.ts';
import { policyExtensions, policySchema } from '../../shared/document/extensions.ts';
import type { DocNode, PolicyDocument } from '../../shared/document/types.ts';

const text = (value: string, marks?: { type: string }[]): DocNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const section = (sectionId: string, hash: string, ...content: DocNode[]): DocNode => ({
  type: 'policySection',
  attrs: { sectionId, origin: 'generated', generatedHash: hash, basedOnHash: null },
  content,
});
const doc = (...content: DocNode[]): PolicyDocument => ({ type: 'doc', attrs: { lang: 'en' }, content });

describe('findInText', () => {
  it('finds every occurrence in any case, not overlapping', () => {
    expect(findInText('Stripe pays; STRIPE refunds; stripes', 'stripe')).toEqual([
      [0, 6],
      [13, 19],
      [29, 35],
    ]);
    expect(findInText('aaaa', 'aa')).toEqual([
      [0, 2],
      [2, 4],
    ]);
  });

  it('takes the query literally and lets a space match any white space', () => {
    expect(findInText('Costs (EUR) are 1.5*x', '(eur)')).toEqual([[6, 11]]);
    expect(findInText('1.5*x and 105x', '1.5*x')).toEqual([[0, 5]]);
    expect(findInText('Amazon\u00a0Web   Services', 'amazon web services')).toEqual([[0, 21]]);
    expect(queryPattern('   ')).toBeNull();
    expect(findInText('anything', '')).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(findInText('a'.repeat(50), 'a', 10)).toHaveLength(10);
  });
});

describe('findMatches', () => {
  const node = () =>
    policySchema().nodeFromJSON(
      doc(
        section('about', 'h1', { type: 'heading', attrs: { level: 2 }, content: [text('Who we share data with')] }, paragraph(text('We use '), text('Zeta', [{ type: 'bold' }]), text('Mail Ltd for email.'))),
        section('sharing', 'h2', paragraph(text('ZetaMail Ltd'), { type: 'hardBreak' }, text('zetamail again')), paragraph(text('Zeta')), paragraph(text('Mail'))),
      ),
    );

  it('maps matches to document positions, across marks but within one paragraph', () => {
    const d = node();
    const matches = findMatches(d, 'zetamail');
    expect(matches).toHaveLength(3);
    for (const m of matches) expect(d.textBetween(m.from, m.to).toLowerCase()).toBe('zetamail');
    // "Zeta" and "Mail" in two paragraphs are not one match.
    expect(findMatches(d, 'zeta mail')).toEqual([]);
  });

  it('counts an inline leaf (a line break) as one position', () => {
    const d = node();
    const after = findMatches(d, 'again')[0]!;
    expect(d.textBetween(after.from, after.to)).toBe('again');
  });

  it('picks the first match at or after a position, wrapping to the first', () => {
    const matches = [
      { from: 5, to: 8 },
      { from: 20, to: 23 },
    ];
    expect(matchIndexFrom(matches, 0)).toBe(0);
    expect(matchIndexFrom(matches, 6)).toBe(1);
    expect(matchIndexFrom(matches, 30)).toBe(0);
    expect(matchIndexFrom([], 3)).toBe(-1);
  });
});

describe('Find extension', () => {
  let editor: Editor | undefined;
  afterEach(() => editor?.destroy());
  const actions = {} as SectionActions;

  it('highlights matches with decorations, steps through them and follows document changes', () => {
    editor = new Editor({
      extensions: [...policyExtensions, SectionControls.configure({ actions: () => actions }), Find],
      content: doc(section('about', 'h1', paragraph(text('Stripe and Stripe Atlas'))), section('sharing', 'h2', paragraph(text('Payments by Stripe')))),
      injectCSS: false,
    });
    const e = editor;
    const state = () => findKey.getState(e.state)!;
    e.commands.setTextSelection(1);
    e.commands.setFindQuery('stripe');
    expect(state().matches).toHaveLength(3);
    expect(state().index).toBe(0);
    expect(e.view.dom.querySelectorAll('.ps-find-match')).toHaveLength(3);
    expect(e.view.dom.querySelector('.ps-find-current')?.textContent).toBe('Stripe');
    // The current match is selected (so Escape leaves the caret there); the document is not changed.
    expect(e.state.doc.textBetween(e.state.selection.from, e.state.selection.to)).toBe('Stripe');
    e.commands.findNext();
    e.commands.findNext();
    expect(state().index).toBe(2);
    e.commands.findNext();
    expect(state().index).toBe(0);
    e.commands.findPrevious();
    expect(state().index).toBe(2);

    // The form regenerates a section: the matches are found again.
    syncEditor(e, doc(section('about', 'h3', paragraph(text('Stripe only'))), section('sharing', 'h2', paragraph(text('Payments by Stripe')))));
    expect(state().matches).toHaveLength(2);
    expect(e.view.dom.querySelectorAll('.ps-find-match')).toHaveLength(2);

    e.commands.clearFind();
    expect(state().matches).toHaveLength(0);
    expect(e.view.dom.querySelectorAll('.ps-find-match')).toHaveLength(0);
  });
});

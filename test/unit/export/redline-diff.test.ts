import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DELETION_MARK, INSERTION_MARK, redlineChangeOf, type RedlineChange } from '../../../shared/document/redline.ts';
import { policySchema } from '../../../shared/document/extensions.ts';
import { findSection, nodeText } from '../../../shared/document/text.ts';
import type { DocNode, PolicyDocument } from '../../../shared/document/types.ts';
import { diffDocuments } from '../../../shared/export/redline/index.ts';
import { bold, clause, doc, p, section, table, text } from '../../fixtures/docx-document.ts';
import { twoVersions } from './redline-versions.ts';

/** The change of a text node, if it carries a redline mark. */
const changeOf = (n: DocNode): RedlineChange | undefined => (n.marks ?? []).map((m) => redlineChangeOf(m.type)).find((c) => c !== undefined);

function texts(node: DocNode): DocNode[] {
  return node.type === 'text' ? [node] : (node.content ?? []).flatMap(texts);
}

/** Text runs of a node as "+word" / "-word" / "word". */
function runs(node: DocNode): string[] {
  return texts(node).map((t) => `${{ insertion: '+', deletion: '-', none: '' }[changeOf(t) ?? 'none']}${t.text}`);
}

/**
 * The merged document with every change accepted (or rejected): text of the
 * dropped kind removed, blocks that held only such text removed, the other
 * kind's marks taken off.
 */
function review(node: DocNode, keep: RedlineChange): DocNode | undefined {
  const drop = keep === 'insertion' ? 'deletion' : 'insertion';
  if (node.type === 'text' || node.type === 'hardBreak') {
    if (changeOf(node) === drop) return undefined;
    const marks = (node.marks ?? []).filter((m) => redlineChangeOf(m.type) === undefined);
    const { marks: _old, ...rest } = node;
    return marks.length ? { ...rest, marks } : rest;
  }
  const all = texts(node);
  if (node.type !== 'doc' && all.length > 0 && all.every((t) => changeOf(t) === drop)) return undefined;
  return node.content ? { ...node, content: joinTexts(node.content.map((c) => review(c, keep)).filter((c): c is DocNode => c !== undefined)) } : node;
}

/** Neighbouring texts with the same marks as one text node, as the editor keeps them. */
function joinTexts(nodes: DocNode[]): DocNode[] {
  const out: DocNode[] = [];
  for (const n of nodes) {
    const last = out.at(-1);
    if (n.type === 'text' && last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(n.marks ?? [])) out[out.length - 1] = { ...last, text: `${last.text}${n.text}` };
    else out.push(n);
  }
  return out;
}

const accept = (d: PolicyDocument) => review(d, 'insertion')!;
const reject = (d: PolicyDocument) => review(d, 'deletion')!;

describe('diffDocuments on two versions of a real policy', () => {
  const { before, after } = twoVersions();
  const merged = diffDocuments(before, after);

  it('accepting every change gives the new version, rejecting every change the old one', () => {
    expect(accept(merged)).toEqual(after);
    expect(nodeText(reject(merged))).toBe(nodeText(before));
  });

  it('shows a changed retention period as two words in one cell of the same table, not a replaced table', () => {
    const retention = findSection(merged, 'retention')!;
    const tables = retention.content!.flatMap((c) => (c.type === 'table' ? [c] : (c.content ?? []).filter((n) => n.type === 'table')));
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.content!;
    expect(rows).toHaveLength(findSection(after, 'retention')!.content!.flatMap((c) => c.content ?? []).find((n) => n.type === 'table')!.content!.length);
    const changed = rows.flatMap((r) => r.content!).filter((cell) => texts(cell).some((t) => changeOf(t)));
    expect(changed.map(runs)).toEqual([['-30', '+90', ' days after our contract with you ends']]);
  });

  it('marks an added recipient as an inserted row and a removed cookie as a deleted row', () => {
    const rowsWith = (name: string) =>
      merged.content.flatMap(function rows(n: DocNode): DocNode[] {
        return n.type === 'tableRow' ? (nodeText(n).includes(name) ? [n] : []) : (n.content ?? []).flatMap(rows);
      });
    const added = rowsWith('Whereby AS');
    expect(added.length).toBeGreaterThan(0);
    for (const row of added) expect(texts(row).every((t) => changeOf(t) === 'insertion')).toBe(true);
    const removed = rowsWith('_pk_id');
    expect(removed).toHaveLength(1);
    expect(texts(removed[0]!).every((t) => changeOf(t) === 'deletion')).toBe(true);
  });

  it('leaves what did not change unmarked', () => {
    for (const id of ['title', 'about', 'data-collected']) expect(texts(findSection(merged, id)!).some((t) => changeOf(t)), id).toBe(false);
  });

  it('is a document the editor can load: every node and mark is in the schema', () => {
    expect(() => policySchema().nodeFromJSON(merged).check()).not.toThrow();
  });

  it('compares a version with itself as unchanged', () => {
    expect(diffDocuments(after, after)).toEqual(after);
  });
});

describe('diffDocuments word by word', () => {
  const one = (...content: DocNode[]) => doc('en', section('s', 'generated', clause('c', ...content)));
  const inner = (d: PolicyDocument) => d.content[0]!.content![0]!.content!;

  it('replaces only the words that changed, keeping their formatting, deletions before insertions', () => {
    const merged = diffDocuments(one(p(text('Support', bold), ' conversations are kept for two years.')), one(p(text('Support', bold), ' conversations are kept for three months.')));
    expect(runs(merged)).toEqual(['Support', ' conversations are kept for ', '-two years', '+three months', '.']);
    expect(texts(merged)[0]!.marks).toEqual([bold]);
  });

  it('shows a paragraph with nothing in common as deleted, then inserted', () => {
    const merged = diffDocuments(one(p('Alpha beta gamma.')), one(p('Delta epsilon zeta.')));
    expect(inner(merged).map(runs)).toEqual([['-Alpha beta gamma.'], ['+Delta epsilon zeta.']]);
  });

  it('aligns clauses by id, so a clause moved in from elsewhere is one insertion', () => {
    const before = doc('en', section('s', 'generated', clause('a', p('First.')), clause('b', p('Second.'))));
    const after = doc('en', section('s', 'generated', clause('a', p('First.')), clause('new', p('Inserted.')), clause('b', p('Second.'))));
    const merged = diffDocuments(before, after);
    expect(merged.content[0]!.content!.map((c) => [c.attrs?.clauseId, runs(c).join('|')])).toEqual([['a', 'First.'], ['new', '+Inserted.'], ['b', 'Second.']]);
  });

  // Random versions of a section: paragraphs and a table built from a few words, so that they share many.
  const WORDS = ['data', 'kept', 'two', 'three', 'years', 'months', 'we', 'share', 'with', 'Postmark', 'Hetzner'];
  const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
  const block = fc.oneof(
    sentence.map((s) => p(s)),
    fc.array(fc.array(sentence, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 4 }).map((rows) => table(['Recipient', 'Period'], rows)),
  );
  const version = fc.array(block, { minLength: 1, maxLength: 6 }).map((blocks) => one(...blocks));

  it('accepting every change gives the new version and rejecting gives the old, whatever the two versions', () => {
    fc.assert(
      fc.property(version, version, (before, after) => {
        const merged = diffDocuments(before, after);
        expect(accept(merged)).toEqual(after);
        expect(nodeText(reject(merged))).toBe(nodeText(before));
        expect(texts(merged).every((t) => !(t.marks ?? []).some((m) => m.type === INSERTION_MARK) || !(t.marks ?? []).some((m) => m.type === DELETION_MARK))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

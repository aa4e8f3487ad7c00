import type { DocNode } from '../../document/types.ts';
import { markAll } from './change-marks.ts';
import { diffInline, wordSimilarity } from './inline-diff.ts';
import { diffSequences, type SequenceOp } from './sequence-diff.ts';

/** Blocks whose inline content is compared word by word. */
const TEXTBLOCKS = new Set(['paragraph', 'heading']);
/** Blocks holding other blocks, compared child by child. */
const CONTAINERS = new Set(['policySection', 'policyClause', 'bulletList', 'orderedList', 'listItem', 'blockquote', 'tableCell', 'tableHeader']);
/** Below this share of words in common, a changed paragraph is shown as replaced (deleted, then inserted) rather than edited. */
const EDIT_THRESHOLD = 0.3;

/** The id a section or clause is aligned by: the plan's ids, stable from one version to the next. */
function identity(node: DocNode): string | undefined {
  if (node.type === 'policySection') return `section:${String(node.attrs?.sectionId ?? '')}`;
  if (node.type === 'policyClause') return `clause:${String(node.attrs?.clauseId ?? '')}`;
  return undefined;
}

/** A node's content, ignoring the attributes a section's hash keeps, which change whenever anything in it does. */
function contentKey(node: DocNode): string {
  return identity(node) ?? JSON.stringify(node);
}

const isEmptyText = (node: DocNode): boolean => (node.content ?? []).length === 0;

function firstText(node: DocNode): DocNode[] {
  if (TEXTBLOCKS.has(node.type)) return node.content ?? [];
  return node.content?.[0] ? firstText(node.content[0]) : [];
}

/**
 * Whether a block of the old version and one of the new are one block,
 * edited, rather than one removed and another added: sections and clauses
 * by id, paragraphs by their words, tables and lists by kind.
 */
function pairable(a: DocNode, b: DocNode): boolean {
  if (a.type !== b.type) return false;
  if (identity(a) !== undefined || identity(b) !== undefined) return identity(a) === identity(b);
  if (TEXTBLOCKS.has(a.type)) {
    if (a.attrs?.level !== b.attrs?.level) return false;
    // An empty paragraph pairs only with an empty one: a filled one is new text, not an edit of nothing.
    if (isEmptyText(a) || isEmptyText(b)) return isEmptyText(a) && isEmptyText(b);
    return wordSimilarity(a.content ?? [], b.content ?? []) >= EDIT_THRESHOLD;
  }
  if (a.type === 'listItem') return wordSimilarity(firstText(a), firstText(b)) >= EDIT_THRESHOLD;
  return true;
}

/** One block as changed from `a` to `b`, which `pairable` has paired. */
function mergeBlock(a: DocNode, b: DocNode): DocNode {
  if (JSON.stringify(a) === JSON.stringify(b)) return b;
  if (TEXTBLOCKS.has(b.type)) return { ...b, content: diffInline(a.content ?? [], b.content ?? []) };
  if (b.type === 'table') return { ...b, content: diffRows(a.content ?? [], b.content ?? []) };
  if (CONTAINERS.has(b.type)) return { ...b, content: diffBlocks(a.content ?? [], b.content ?? []) };
  // A node without text (a rule) that differs only in attributes: the new one.
  return b;
}

/** The blocks of a run between two kept ones, paired where they are edits of each other, in reading order. */
function mergeRun(deleted: DocNode[], inserted: DocNode[], pairRun: (a: DocNode, b: DocNode) => boolean, merge: (a: DocNode, b: DocNode) => DocNode): DocNode[] {
  if (deleted.length === 0 || inserted.length === 0) {
    return [...deleted.map((n) => markAll(n, 'deletion')), ...inserted.map((n) => markAll(n, 'insertion'))];
  }
  // The alignment asks about each pair more than once; comparing words is the costly part.
  const known = new Map<string, boolean>();
  const index = new Map<DocNode, number>([...deleted.map((n, i): [DocNode, number] => [n, i]), ...inserted.map((n, i): [DocNode, number] => [n, i])]);
  const pair = (x: DocNode, y: DocNode): boolean => {
    const key = `${index.get(x)}:${index.get(y)}`;
    let value = known.get(key);
    if (value === undefined) known.set(key, (value = pairRun(x, y)));
    return value;
  };
  return diffSequences(deleted, inserted, pair).map((op) => {
    if (op.op === 'equal') return merge(op.a, op.b);
    return op.op === 'delete' ? markAll(op.a, 'deletion') : markAll(op.b, 'insertion');
  });
}

/** Two sequences aligned first by what is the same (or has the same id), then, between those, by what is alike. */
function alignSequence(a: readonly DocNode[], b: readonly DocNode[], pairRun: (x: DocNode, y: DocNode) => boolean, merge: (x: DocNode, y: DocNode) => DocNode): DocNode[] {
  const keysA = new Map(a.map((n) => [n, contentKey(n)]));
  const keysB = new Map(b.map((n) => [n, contentKey(n)]));
  const ops: SequenceOp<DocNode>[] = diffSequences(a, b, (x, y) => keysA.get(x) === keysB.get(y));
  const out: DocNode[] = [];
  let deleted: DocNode[] = [];
  let inserted: DocNode[] = [];
  const flush = (): void => {
    out.push(...mergeRun(deleted, inserted, pairRun, merge));
    deleted = [];
    inserted = [];
  };
  for (const op of ops) {
    if (op.op === 'delete') deleted.push(op.a);
    else if (op.op === 'insert') inserted.push(op.b);
    else {
      flush();
      out.push(merge(op.a, op.b));
    }
  }
  flush();
  return out;
}

/** Blocks of the old and the new version merged into one sequence: kept, edited (changes marked inside), deleted or inserted (marked throughout). */
export function diffBlocks(a: readonly DocNode[], b: readonly DocNode[]): DocNode[] {
  return alignSequence(a, b, pairable, mergeBlock);
}

const cellsOf = (row: DocNode): DocNode[] => row.content ?? [];

/** A row of the old table and one of the new are one row, edited, when they have as many cells and some of their text in common. */
function rowsPairable(a: DocNode, b: DocNode): boolean {
  const ca = cellsOf(a);
  const cb = cellsOf(b);
  if (ca.length !== cb.length || ca.some((c, i) => c.type !== cb[i]!.type)) return false;
  const text = (cells: DocNode[]) => cells.flatMap((c) => [...firstText(c), { type: 'text', text: ' ' }]);
  return wordSimilarity(text(ca), text(cb)) >= EDIT_THRESHOLD;
}

/** One row as edited: cell by cell, each cell's blocks compared word by word. */
function mergeRow(a: DocNode, b: DocNode): DocNode {
  if (JSON.stringify(a) === JSON.stringify(b)) return b;
  const ca = cellsOf(a);
  return { ...b, content: cellsOf(b).map((cell, i) => ({ ...cell, content: diffBlocks(ca[i]?.content ?? [], cell.content ?? []) })) };
}

/** A table's rows merged: a row added or removed is marked whole, an edited row shows its changed words in their cells. */
export function diffRows(a: readonly DocNode[], b: readonly DocNode[]): DocNode[] {
  return alignSequence(a, b, rowsPairable, mergeRow);
}

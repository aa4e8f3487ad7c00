import type { RedlineChange } from '../../document/redline.ts';
import type { DocMark, DocNode } from '../../document/types.ts';
import { withChange } from './change-marks.ts';
import { diffSequences, type SequenceOp } from './sequence-diff.ts';

/** One word, run of spaces, punctuation sign or line break of a paragraph, with the marks it carries. */
interface Token {
  /** Text of the token; empty for a line break. */
  text: string;
  marks: readonly DocMark[];
  /** The node a line break came from (text tokens are rebuilt as text nodes). */
  node?: DocNode;
  /** What the token is compared by: its text and its formatting. */
  key: string;
}

/** Words (letters and digits, with inner apostrophes and hyphens), runs of white space, and every other character alone. */
const TOKEN = /[\p{L}\p{M}\p{N}_]+(?:['’-][\p{L}\p{M}\p{N}_]+)*|\s+|[^\p{L}\p{M}\p{N}_\s]/gu;

function marksKey(marks: readonly DocMark[]): string {
  return marks.length === 0 ? '' : JSON.stringify(marks);
}

function tokenize(nodes: readonly DocNode[]): Token[] {
  const tokens: Token[] = [];
  for (const node of nodes) {
    const marks = node.marks ?? [];
    if (node.type === 'text') {
      for (const [word] of (node.text ?? '').matchAll(TOKEN)) tokens.push({ text: word, marks, key: `${word}\u0000${marksKey(marks)}` });
    } else {
      // A line break, or any other inline node: compared whole.
      tokens.push({ text: '', marks, node, key: `\u0001${JSON.stringify(node)}` });
    }
  }
  return tokens;
}

type TokenOp = SequenceOp<Token>;

const isBlank = (op: TokenOp): boolean => op.op === 'equal' && op.a.node === undefined && op.a.text.trim() === '';

/**
 * A space left unchanged between two changes is folded into them, so that
 * "two years" → "three months" reads as one deletion and one insertion, not
 * two of each around a kept space.
 */
function foldBlanks(ops: TokenOp[]): TokenOp[] {
  const out = [...ops];
  for (let i = 1; i < out.length - 1; i++) {
    const op = out[i]!;
    if (isBlank(op) && out[i - 1]!.op !== 'equal' && out[i + 1]!.op !== 'equal' && op.op === 'equal') {
      out.splice(i, 1, { op: 'delete', a: op.a }, { op: 'insert', b: op.b });
      i++;
    }
  }
  return out;
}

/** Each run of changes as its deletions first, then its insertions: how Word and readers expect a replacement. */
function groupChanges(ops: TokenOp[]): { token: Token; change?: RedlineChange }[] {
  const out: { token: Token; change?: RedlineChange }[] = [];
  let deleted: Token[] = [];
  let inserted: Token[] = [];
  const flush = (): void => {
    out.push(...deleted.map((token) => ({ token, change: 'deletion' as const })), ...inserted.map((token) => ({ token, change: 'insertion' as const })));
    deleted = [];
    inserted = [];
  };
  for (const op of ops) {
    if (op.op === 'delete') deleted.push(op.a);
    else if (op.op === 'insert') inserted.push(op.b);
    else {
      flush();
      out.push({ token: op.b });
    }
  }
  flush();
  return out;
}

/** Tokens back into inline nodes: neighbours with the same marks become one text node. */
function toNodes(items: { token: Token; change?: RedlineChange }[]): DocNode[] {
  const nodes: DocNode[] = [];
  let last: { node: DocNode; key: string } | undefined;
  for (const { token, change } of items) {
    const marks = change ? withChange(token.marks, change) : [...token.marks];
    if (token.node) {
      nodes.push(marks.length ? { ...token.node, marks } : token.node);
      last = undefined;
      continue;
    }
    const key = marksKey(marks);
    if (last && last.key === key) {
      last.node.text = `${last.node.text ?? ''}${token.text}`;
      continue;
    }
    const node: DocNode = { type: 'text', text: token.text, ...(marks.length ? { marks } : {}) };
    nodes.push(node);
    last = { node, key };
  }
  return nodes;
}

/**
 * The inline content of a paragraph as changed from `before` to `after`,
 * word by word: kept words as they are, removed words with the deletion
 * mark, added words with the insertion mark, each keeping its own formatting.
 */
export function diffInline(before: readonly DocNode[], after: readonly DocNode[]): DocNode[] {
  const ops = diffSequences(tokenize(before), tokenize(after), (x, y) => x.key === y.key);
  return toNodes(groupChanges(foldBlanks(ops)));
}

/** How alike two paragraphs' words are, from 0 (nothing shared) to 1 (the same words): decides whether a changed paragraph is shown as edited or as replaced. */
export function wordSimilarity(before: readonly DocNode[], after: readonly DocNode[]): number {
  const words = (nodes: readonly DocNode[]) => tokenize(nodes).filter((t) => t.node !== undefined || t.text.trim() !== '');
  const a = words(before);
  const b = words(after);
  if (a.length + b.length === 0) return 1;
  const kept = diffSequences(a, b, (x, y) => x.key === y.key).filter((op) => op.op === 'equal').length;
  return (2 * kept) / (a.length + b.length);
}

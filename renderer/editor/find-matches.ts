import type { Node as PMNode } from '@tiptap/pm/model';

/** A match in the document: ProseMirror positions, `from` inclusive, `to` exclusive. */
export interface FindMatch {
  from: number;
  to: number;
}

/** More matches than anyone steps through; stops a one-letter query from decorating a whole large policy. */
export const MAX_MATCHES = 2000;

/** A query as a pattern: literal text, any case, and any run of spaces matching any run of white space (line breaks, no-break spaces). */
export function queryPattern(query: string): RegExp | null {
  const trimmed = query.trim();
  if (trimmed === '') return null;
  const source = trimmed
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  return new RegExp(source, 'giu');
}

/** Where `query` occurs in `text`: [start, end) offsets, in order, not overlapping. */
export function findInText(text: string, query: string, limit: number = MAX_MATCHES): [number, number][] {
  const pattern = queryPattern(query);
  if (!pattern) return [];
  const out: [number, number][] = [];
  for (const match of text.matchAll(pattern)) {
    if (out.length >= limit) break;
    out.push([match.index, match.index + match[0].length]);
  }
  return out;
}

/** Stands for an inline node that is not text (a hard break): one character, as it is one position. */
const LEAF = '\ufffc';

/**
 * Every occurrence of `query` in the document's text, as positions, within
 * one paragraph, heading or table cell at a time (as a reader sees them).
 * Inside a text block every character and every inline leaf is one
 * position, so an offset in its text maps straight to a position.
 */
export function findMatches(doc: PMNode, query: string, limit: number = MAX_MATCHES): FindMatch[] {
  const out: FindMatch[] = [];
  if (!queryPattern(query)) return out;
  doc.descendants((node, pos) => {
    if (out.length >= limit) return false;
    if (!node.isTextblock) return true;
    const text = node.textBetween(0, node.content.size, undefined, LEAF);
    for (const [start, end] of findInText(text, query, limit - out.length)) out.push({ from: pos + 1 + start, to: pos + 1 + end });
    return false;
  });
  return out;
}

/** The index of the first match at or after `pos`, wrapping to 0; -1 when there are none. */
export function matchIndexFrom(matches: readonly FindMatch[], pos: number): number {
  if (matches.length === 0) return -1;
  const index = matches.findIndex((m) => m.from >= pos);
  return index === -1 ? 0 : index;
}

import type { DocNode, PolicyDocument } from '../document/types.ts';
import { safeDocument } from '../document/safe-text.ts';
import type { ExportContext } from './context.ts';
import { escapeText, protectHeadingEnd } from './markdown/escape.ts';
import { writeInline } from './markdown/inline.ts';

/**
 * Document → Markdown (CommonMark with GFM tables). One writer per node type;
 * an unknown node or mark throws. User text is escaped for the place it
 * lands (`markdown/escape.ts`), so that no text, whatever it holds (`*`,
 * `[`, `<img …>`, `|`, a newline followed by `===`), becomes structure,
 * markup or a link in any Markdown renderer.
 */

/** `text` as literal Markdown text at the start of a line. */
export function escapeMarkdown(text: string): string {
  return escapeText(text, { atLineStart: true });
}

const paragraphText = (nodes: DocNode[] | undefined): string => writeInline(nodes, { singleLine: false });
const lineText = (nodes: DocNode[] | undefined): string => writeInline(nodes, { singleLine: true });

// Regular expressions are hoisted: a literal in a function makes a new RegExp object on every call, which on a large policy added up to a good share of an export's garbage.
const LINE_WITH_TEXT_NEXT = /\n(?=.)/g;
const LINE_START = /^/gm;
const EMPTY_QUOTE_LINE = /^> $/gm;

const indent = (text: string, by: string): string => text.replace(LINE_WITH_TEXT_NEXT, `\n${by}`);

/** The texts of `nodes` in a cell that are not empty, joined by `separator`, without an array per list. */
function joinCellTexts(nodes: DocNode[] | undefined, separator: string): string {
  let joined = '';
  if (nodes) {
    for (const node of nodes) {
      const text = cellText(node);
      if (text !== '') joined = joined === '' ? text : joined + separator + text;
    }
  }
  return joined;
}

/** The text of a block inside a table cell, on one line as GFM requires: a list becomes its items separated by semicolons; rules vanish. */
function cellText(node: DocNode): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return lineText(node.content);
    case 'bulletList':
    case 'orderedList':
      return joinCellTexts(node.content, '; ');
    case 'horizontalRule':
      return '';
    default:
      // Quotes, list items, nested tables, rows: their text, never their syntax (a nested table's pipes would add cells).
      return joinCellTexts(node.content, ' ');
  }
}

/** A table pushed onto `out` (see exportMarkdown), a line per row, each cell's text written as it is made. */
function tableTo(node: DocNode, out: string[]): void {
  const rows = node.content ?? [];
  let width = 0;
  for (const row of rows) width = Math.max(width, (row.content ?? []).length);
  if (width === 0) return;
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r]!.content ?? [];
    out.push(r === 0 ? '| ' : '\n| ');
    for (let i = 0; i < width; i++) {
      if (i > 0) out.push(' | ');
      // A row shorter than the widest gets empty cells, so that every line has as many pipes.
      if (i < cells.length) out.push(cellText(cells[i]!));
    }
    out.push(' |');
    if (r === 0) out.push(`\n|${' --- |'.repeat(width)}`);
  }
  out.push('\n\n');
}

/** An ordered list's first number as CommonMark accepts it (at most nine digits). */
function listStart(value: unknown): number {
  const n = Number(value ?? 1);
  return Number.isInteger(n) && n >= 0 && n < 1e8 ? n : 1;
}

/** A list pushed onto `out`, an item at a time. */
function listTo(node: DocNode, ordered: boolean, out: string[]): void {
  const start = listStart(node.attrs?.start);
  const items = node.content ?? [];
  for (let i = 0; i < items.length; i++) {
    const marker = ordered ? `${start + i}. ` : '- ';
    let inner = '';
    let k = 0;
    for (const b of items[i]!.content ?? []) {
      // A paragraph's text is what its block is before the trailing blank line, which trimEnd takes off anyway.
      const text = (b.type === 'paragraph' ? paragraphText(b.content) : block(b)).trimEnd();
      if (text === '') continue;
      // A nested list follows its paragraph on the next line, keeping the list tight; other blocks are separated by a blank line, as they are in the document.
      inner += (k === 0 ? '' : isList(b) ? '\n' : '\n\n') + text;
      k++;
    }
    if (i > 0) out.push('\n');
    out.push((marker + (inner.includes('\n') ? indent(inner, ' '.repeat(marker.length)) : inner)).trimEnd());
  }
  out.push('\n\n');
}

const isList = (node: DocNode): boolean => node.type === 'bulletList' || node.type === 'orderedList';

function headingLevel(value: unknown): number {
  const n = Number(value ?? 2);
  return Number.isInteger(n) ? Math.min(Math.max(n, 1), 6) : 2;
}

/** A block as one string, for where it is indented or quoted. */
function block(node: DocNode): string {
  const out: string[] = [];
  blockTo(node, out);
  return out.length === 1 ? out[0]! : out.join('');
}

/** A block pushed onto `out`, the one array of parts an export joins once (per-node strings and joins allocated many times the output). */
function blockTo(node: DocNode, out: string[]): void {
  switch (node.type) {
    case 'policySection':
    case 'policyClause':
      for (const child of node.content ?? []) blockTo(child, out);
      return;
    case 'heading': {
      const text = protectHeadingEnd(lineText(node.content));
      out.push(`${'#'.repeat(headingLevel(node.attrs?.level))} ${text}`.trimEnd() + '\n\n');
      return;
    }
    case 'paragraph': {
      const text = paragraphText(node.content);
      if (text !== '') out.push(text, '\n\n');
      return;
    }
    case 'bulletList':
      return listTo(node, false, out);
    case 'orderedList':
      return listTo(node, true, out);
    case 'blockquote': {
      let inner = '';
      for (const child of node.content ?? []) inner += block(child);
      inner = inner.trimEnd();
      if (inner !== '') out.push(inner.replace(LINE_START, '> ').replace(EMPTY_QUOTE_LINE, '>') + '\n\n');
      return;
    }
    case 'horizontalRule':
      out.push('---\n\n');
      return;
    case 'table':
      return tableTo(node, out);
    default:
      throw new Error(`Markdown export: unknown node type "${node.type}"`);
  }
}

/** The whole policy as Markdown, title block first. */
export function exportMarkdown(unsafeDoc: PolicyDocument, _ctx: ExportContext): string {
  const doc = safeDocument(unsafeDoc);
  const out: string[] = [];
  for (const node of doc.content) blockTo(node, out);
  // The joined text's trimEnd, done on its last parts, so the whole text is not copied again.
  while (out.length > 0 && out[out.length - 1]!.trimEnd() === '') out.pop();
  if (out.length > 0) out[out.length - 1] = out[out.length - 1]!.trimEnd();
  out.push('\n');
  return out.join('');
}

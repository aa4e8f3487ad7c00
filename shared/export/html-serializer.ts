import type { DocMark, DocNode } from '../document/types.ts';
import { escapeHtml, isSafeHref } from '../render/escape.ts';
import { isLeadIn } from './lead-in.ts';

/**
 * Document → HTML body, one writer per node type. An unknown node or mark
 * throws: an export never drops content silently. Every text is escaped, and
 * a link whose target is not http(s) or mailto is written as plain text.
 */
type NodeWriter = (node: DocNode, children: () => string) => string;

const cellAttrs = (node: DocNode): string => {
  const colspan = Number(node.attrs?.colspan ?? 1);
  const rowspan = Number(node.attrs?.rowspan ?? 1);
  return `${colspan > 1 ? ` colspan="${colspan}"` : ''}${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}`;
};

/** An id safe for `id` attributes and `#anchors`. */
export function anchorId(sectionId: string): string {
  return sectionId.replace(/[^a-zA-Z0-9_-]/g, '-');
}

const isHeaderRow = (row: DocNode | undefined): boolean =>
  row !== undefined && (row.content ?? []).length > 0 && (row.content ?? []).every((c) => c.type === 'tableHeader');

const NODE_WRITERS: Readonly<Record<string, NodeWriter>> = {
  doc: (_n, children) => children(),
  policySection: (n, children) => {
    const id = String(n.attrs?.sectionId ?? '');
    return `<section id="${escapeHtml(anchorId(id))}" class="policy-section policy-section--${escapeHtml(anchorId(id))}">${children()}</section>\n`;
  },
  policyClause: (_n, children) => children(),
  heading: (n, children) => {
    const level = Math.min(Math.max(Number(n.attrs?.level ?? 2), 1), 6);
    return `<h${level}>${children()}</h${level}>\n`;
  },
  // A lead-in ("… are:") is marked, so the print stylesheet keeps it with what it introduces.
  paragraph: (n, children) => `<p${isLeadIn(n) ? ' class="lead-in"' : ''}>${children()}</p>\n`,
  bulletList: (_n, children) => `<ul>\n${children()}</ul>\n`,
  orderedList: (n, children) => {
    const start = Number(n.attrs?.start ?? 1);
    return `<ol${start !== 1 ? ` start="${start}"` : ''}>\n${children()}</ol>\n`;
  },
  // A list item holding one paragraph is written without <p>, as people write lists by hand.
  listItem: (n, children) => {
    const only = n.content?.length === 1 && n.content[0]!.type === 'paragraph';
    return only ? `<li>${inline(n.content![0]!)}</li>\n` : `<li>${children()}</li>\n`;
  },
  blockquote: (_n, children) => `<blockquote>${children()}</blockquote>\n`,
  horizontalRule: () => '<hr>\n',
  hardBreak: () => '<br>',
  table: (n) => {
    const rows = n.content ?? [];
    const head = isHeaderRow(rows[0]) ? rows.slice(0, 1) : [];
    const body = rows.slice(head.length);
    const write = (list: DocNode[]) => list.map(writeNode).join('');
    return `<div class="table-wrap"><table>\n${head.length ? `<thead>\n${write(head)}</thead>\n` : ''}<tbody>\n${write(body)}</tbody>\n</table></div>\n`;
  },
  tableRow: (_n, children) => `<tr>${children()}</tr>\n`,
  tableHeader: (n) => `<th scope="col"${cellAttrs(n)}>${cellContent(n)}</th>`,
  tableCell: (n) => `<td${cellAttrs(n)}>${cellContent(n)}</td>`,
  text: (n) => writeMarks(n.marks ?? [], escapeHtml(n.text ?? '')),
};

/** A cell holding one paragraph is written without <p>, which keeps tables compact in every reader. */
function cellContent(n: DocNode): string {
  const only = n.content?.length === 1 && n.content[0]!.type === 'paragraph';
  return only ? inline(n.content![0]!) : (n.content ?? []).map(writeNode).join('');
}

function inline(n: DocNode): string {
  return (n.content ?? []).map(writeNode).join('');
}

const MARK_WRITERS: Readonly<Record<string, (mark: DocMark, inner: string) => string>> = {
  bold: (_m, inner) => `<strong>${inner}</strong>`,
  italic: (_m, inner) => `<em>${inner}</em>`,
  underline: (_m, inner) => `<u>${inner}</u>`,
  strike: (_m, inner) => `<s>${inner}</s>`,
  link: (m, inner) => {
    const href = String(m.attrs?.href ?? '');
    return isSafeHref(href) ? `<a href="${escapeHtml(href)}"${href.startsWith('mailto:') ? '' : ' rel="noopener noreferrer"'}>${inner}</a>` : inner;
  },
  // A redline's changes (shared/export/redline).
  redlineInsertion: (_m, inner) => `<ins>${inner}</ins>`,
  redlineDeletion: (_m, inner) => `<del>${inner}</del>`,
};

function writeMarks(marks: DocMark[], text: string): string {
  // The first mark is the outermost (schema order: link first), so wrap from the innermost outwards.
  let out = text;
  for (let i = marks.length - 1; i >= 0; i--) {
    const mark = marks[i]!;
    const writer = MARK_WRITERS[mark.type];
    if (!writer) throw new Error(`HTML export: unknown mark "${mark.type}"`);
    out = writer(mark, out);
  }
  return out;
}

/** One node and its descendants as HTML. */
export function writeNode(node: DocNode): string {
  const writer = NODE_WRITERS[node.type];
  if (!writer) throw new Error(`HTML export: unknown node type "${node.type}"`);
  return writer(node, () => (node.content ?? []).map(writeNode).join(''));
}

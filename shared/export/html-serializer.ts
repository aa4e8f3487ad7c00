import type { DocMark, DocNode } from '../document/types.ts';
import { escapeHtml, isSafeHref } from '../render/escape.ts';
import { isLeadIn } from './lead-in.ts';

/**
 * Document → HTML body, one writer per node type. An unknown node or mark
 * throws: an export never drops content silently. Every text is escaped, and
 * a link whose target is not http(s) or mailto is written as plain text.
 *
 * Writers push their parts onto one array per document, joined once at the
 * end: building and joining a string per node made an export allocate many
 * times its output's size.
 */
type NodeWriter = (node: DocNode, out: string[]) => void;

const cellAttrs = (node: DocNode): string => {
  const colspan = Number(node.attrs?.colspan ?? 1);
  const rowspan = Number(node.attrs?.rowspan ?? 1);
  return `${colspan > 1 ? ` colspan="${colspan}"` : ''}${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}`;
};

// Regular expressions are hoisted: a literal in a function makes a new RegExp object on every call, which on a large policy added up to a good share of an export's garbage.
const NOT_ID_CHARACTER = /[^a-zA-Z0-9_-]/g;
const HTML_SPECIAL = /[&<>"']/;

/** An id safe for `id` attributes and `#anchors`. */
export function anchorId(sectionId: string): string {
  return sectionId.replace(NOT_ID_CHARACTER, '-');
}

/** escapeHtml, returning text that holds nothing to escape as it is: its replace made a new RegExp and string for every text. */
export function escapeHtmlText(text: string): string {
  return HTML_SPECIAL.test(text) ? escapeHtml(text) : text;
}

const isHeaderRow = (row: DocNode | undefined): boolean =>
  row !== undefined && (row.content ?? []).length > 0 && (row.content ?? []).every((c) => c.type === 'tableHeader');

/** A node holding exactly one paragraph, which lists and cells write without <p>. */
const onlyParagraph = (n: DocNode): DocNode | undefined => (n.content?.length === 1 && n.content[0]!.type === 'paragraph' ? n.content[0] : undefined);

/** `open`, the children of `n`, `close`: what most block writers write. */
function writeWrapped(out: string[], open: string, n: DocNode, close: string): void {
  out.push(open);
  writeChildren(n, out);
  out.push(close);
}

const NODE_WRITERS: Readonly<Record<string, NodeWriter>> = {
  doc: (n, out) => writeChildren(n, out),
  policySection: (n, out) => {
    const id = escapeHtmlText(anchorId(String(n.attrs?.sectionId ?? '')));
    writeWrapped(out, `<section id="${id}" class="policy-section policy-section--${id}">`, n, '</section>\n');
  },
  policyClause: (n, out) => writeChildren(n, out),
  heading: (n, out) => {
    const level = Math.min(Math.max(Number(n.attrs?.level ?? 2), 1), 6);
    writeWrapped(out, `<h${level}>`, n, `</h${level}>\n`);
  },
  // A lead-in ("… are:") is marked, so the print stylesheet keeps it with what it introduces.
  paragraph: (n, out) => writeWrapped(out, isLeadIn(n) ? '<p class="lead-in">' : '<p>', n, '</p>\n'),
  bulletList: (n, out) => writeWrapped(out, '<ul>\n', n, '</ul>\n'),
  orderedList: (n, out) => {
    const start = Number(n.attrs?.start ?? 1);
    writeWrapped(out, start !== 1 ? `<ol start="${start}">\n` : '<ol>\n', n, '</ol>\n');
  },
  // A list item holding one paragraph is written without <p>, as people write lists by hand.
  listItem: (n, out) => writeWrapped(out, '<li>', onlyParagraph(n) ?? n, '</li>\n'),
  blockquote: (n, out) => writeWrapped(out, '<blockquote>', n, '</blockquote>\n'),
  horizontalRule: (_n, out) => {
    out.push('<hr>\n');
  },
  hardBreak: (_n, out) => {
    out.push('<br>');
  },
  table: (n, out) => {
    const rows = n.content ?? [];
    const headRows = isHeaderRow(rows[0]) ? 1 : 0;
    out.push('<div class="table-wrap"><table>\n');
    if (headRows) {
      out.push('<thead>\n');
      writeNodeTo(rows[0]!, out);
      out.push('</thead>\n');
    }
    out.push('<tbody>\n');
    for (let i = headRows; i < rows.length; i++) writeNodeTo(rows[i]!, out);
    out.push('</tbody>\n</table></div>\n');
  },
  tableRow: (n, out) => writeWrapped(out, '<tr>', n, '</tr>\n'),
  // A cell holding one paragraph is written without <p>, which keeps tables compact in every reader.
  tableHeader: (n, out) => writeWrapped(out, `<th scope="col"${cellAttrs(n)}>`, onlyParagraph(n) ?? n, '</th>'),
  tableCell: (n, out) => writeWrapped(out, `<td${cellAttrs(n)}>`, onlyParagraph(n) ?? n, '</td>'),
  text: (n, out) => writeText(n, out),
};

function writeChildren(n: DocNode, out: string[]): void {
  const content = n.content;
  if (content) for (const child of content) writeNodeTo(child, out);
}

const BOLD = ['<strong>', '</strong>'] as const;
const ITALIC = ['<em>', '</em>'] as const;
const UNDERLINE = ['<u>', '</u>'] as const;
const STRIKE = ['<s>', '</s>'] as const;
const NO_TAGS = ['', ''] as const;
const INSERTION = ['<ins>', '</ins>'] as const;
const DELETION = ['<del>', '</del>'] as const;

/** A mark as the tags around its text; a link to an unsafe target has none, so its text stays plain. */
const MARK_TAGS: Readonly<Record<string, (mark: DocMark) => readonly [string, string]>> = {
  bold: () => BOLD,
  italic: () => ITALIC,
  underline: () => UNDERLINE,
  strike: () => STRIKE,
  link: (m) => {
    const href = String(m.attrs?.href ?? '');
    return isSafeHref(href) ? [`<a href="${escapeHtmlText(href)}"${href.startsWith('mailto:') ? '' : ' rel="noopener noreferrer"'}>`, '</a>'] : NO_TAGS;
  },
  // A redline's changes (shared/export/redline).
  redlineInsertion: () => INSERTION,
  redlineDeletion: () => DELETION,
};

function writeText(n: DocNode, out: string[]): void {
  const marks = n.marks;
  const text = escapeHtmlText(n.text ?? '');
  if (!marks || marks.length === 0) {
    out.push(text);
    return;
  }
  // The first mark is the outermost (schema order: link first). Marks are looked up innermost first, so that of several unknown marks the same one is reported as before.
  const tags: (readonly [string, string])[] = new Array<readonly [string, string]>(marks.length);
  for (let i = marks.length - 1; i >= 0; i--) {
    const mark = marks[i]!;
    const tagsFor = MARK_TAGS[mark.type];
    if (!tagsFor) throw new Error(`HTML export: unknown mark "${mark.type}"`);
    tags[i] = tagsFor(mark);
  }
  for (let i = 0; i < tags.length; i++) out.push(tags[i]![0]);
  out.push(text);
  for (let i = tags.length - 1; i >= 0; i--) out.push(tags[i]![1]);
}

/** One node and its descendants as HTML, pushed onto `out`. */
export function writeNodeTo(node: DocNode, out: string[]): void {
  const writer = NODE_WRITERS[node.type];
  if (!writer) throw new Error(`HTML export: unknown node type "${node.type}"`);
  writer(node, out);
}

/** One node and its descendants as HTML. */
export function writeNode(node: DocNode): string {
  const out: string[] = [];
  writeNodeTo(node, out);
  return out.join('');
}

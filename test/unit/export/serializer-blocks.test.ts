import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocMark, DocNode, PolicyDocument } from '../../../shared/document/types.ts';
import type { ExportContext } from '../../../shared/export/context.ts';
import { plainText } from '../../../shared/export/docx/node-attrs.ts';
import { anchorId, escapeHtmlText, writeNode } from '../../../shared/export/html-serializer.ts';
import { isLeadIn } from '../../../shared/export/lead-in.ts';

/** The lead-in rule as first written: a regular expression on the paragraph's plain text. */
const leadInByRegex = (n: DocNode): boolean => n.type === 'paragraph' && /[:：]\s*$/.test(plainText(n));
import { exportMarkdown } from '../../../shared/export/markdown.ts';
import { protectHeadingEnd } from '../../../shared/export/markdown/escape.ts';
import { writeInline } from '../../../shared/export/markdown/inline.ts';
import { safeDocument } from '../../../shared/document/safe-text.ts';
import { escapeHtml, isSafeHref } from '../../../shared/render/escape.ts';

/**
 * The HTML serializer and the Markdown block writer push parts onto one
 * array per document instead of building and joining a string per node, to
 * allocate less. These compare them with the string-per-node
 * implementations they replaced, kept here verbatim, over random documents.
 */

// ---- The HTML serializer as it was ----

type OldNodeWriter = (node: DocNode, children: () => string) => string;

const oldCellAttrs = (node: DocNode): string => {
  const colspan = Number(node.attrs?.colspan ?? 1);
  const rowspan = Number(node.attrs?.rowspan ?? 1);
  return `${colspan > 1 ? ` colspan="${colspan}"` : ''}${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}`;
};

const oldIsHeaderRow = (row: DocNode | undefined): boolean =>
  row !== undefined && (row.content ?? []).length > 0 && (row.content ?? []).every((c) => c.type === 'tableHeader');

const OLD_NODE_WRITERS: Readonly<Record<string, OldNodeWriter>> = {
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
  paragraph: (n, children) => `<p${leadInByRegex(n) ? ' class="lead-in"' : ''}>${children()}</p>\n`,
  bulletList: (_n, children) => `<ul>\n${children()}</ul>\n`,
  orderedList: (n, children) => {
    const start = Number(n.attrs?.start ?? 1);
    return `<ol${start !== 1 ? ` start="${start}"` : ''}>\n${children()}</ol>\n`;
  },
  listItem: (n, children) => {
    const only = n.content?.length === 1 && n.content[0]!.type === 'paragraph';
    return only ? `<li>${oldInline(n.content![0]!)}</li>\n` : `<li>${children()}</li>\n`;
  },
  blockquote: (_n, children) => `<blockquote>${children()}</blockquote>\n`,
  horizontalRule: () => '<hr>\n',
  hardBreak: () => '<br>',
  table: (n) => {
    const rows = n.content ?? [];
    const head = oldIsHeaderRow(rows[0]) ? rows.slice(0, 1) : [];
    const body = rows.slice(head.length);
    const write = (list: DocNode[]) => list.map(oldWriteNode).join('');
    return `<div class="table-wrap"><table>\n${head.length ? `<thead>\n${write(head)}</thead>\n` : ''}<tbody>\n${write(body)}</tbody>\n</table></div>\n`;
  },
  tableRow: (_n, children) => `<tr>${children()}</tr>\n`,
  tableHeader: (n) => `<th scope="col"${oldCellAttrs(n)}>${oldCellContent(n)}</th>`,
  tableCell: (n) => `<td${oldCellAttrs(n)}>${oldCellContent(n)}</td>`,
  text: (n) => oldWriteMarks(n.marks ?? [], escapeHtml(n.text ?? '')),
};

function oldCellContent(n: DocNode): string {
  const only = n.content?.length === 1 && n.content[0]!.type === 'paragraph';
  return only ? oldInline(n.content![0]!) : (n.content ?? []).map(oldWriteNode).join('');
}

function oldInline(n: DocNode): string {
  return (n.content ?? []).map(oldWriteNode).join('');
}

const OLD_MARK_WRITERS: Readonly<Record<string, (mark: DocMark, inner: string) => string>> = {
  bold: (_m, inner) => `<strong>${inner}</strong>`,
  italic: (_m, inner) => `<em>${inner}</em>`,
  underline: (_m, inner) => `<u>${inner}</u>`,
  strike: (_m, inner) => `<s>${inner}</s>`,
  link: (m, inner) => {
    const href = String(m.attrs?.href ?? '');
    return isSafeHref(href) ? `<a href="${escapeHtml(href)}"${href.startsWith('mailto:') ? '' : ' rel="noopener noreferrer"'}>${inner}</a>` : inner;
  },
  redlineInsertion: (_m, inner) => `<ins>${inner}</ins>`,
  redlineDeletion: (_m, inner) => `<del>${inner}</del>`,
};

function oldWriteMarks(marks: DocMark[], text: string): string {
  let out = text;
  for (let i = marks.length - 1; i >= 0; i--) {
    const mark = marks[i]!;
    const writer = OLD_MARK_WRITERS[mark.type];
    if (!writer) throw new Error(`HTML export: unknown mark "${mark.type}"`);
    out = writer(mark, out);
  }
  return out;
}

function oldWriteNode(node: DocNode): string {
  const writer = OLD_NODE_WRITERS[node.type];
  if (!writer) throw new Error(`HTML export: unknown node type "${node.type}"`);
  return writer(node, () => (node.content ?? []).map(oldWriteNode).join(''));
}

// ---- The Markdown block writer as it was ----

const oldLineText = (nodes: DocNode[] | undefined): string => writeInline(nodes, { singleLine: true });
const oldParagraphText = (nodes: DocNode[] | undefined): string => writeInline(nodes, { singleLine: false });
const oldIndent = (text: string, by: string): string => text.replace(/\n(?=.)/g, `\n${by}`);

function oldCellText(node: DocNode): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return oldLineText(node.content);
    case 'bulletList':
    case 'orderedList':
      return (node.content ?? []).map(oldCellText).filter(Boolean).join('; ');
    case 'horizontalRule':
      return '';
    default:
      return (node.content ?? []).map(oldCellText).filter(Boolean).join(' ');
  }
}

function oldTable(node: DocNode): string {
  const rows = (node.content ?? []).map((r) => (r.content ?? []).map(oldCellText));
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (width === 0) return '';
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const [head, ...rest] = rows;
  return [line(head!), `|${' --- |'.repeat(width)}`, ...rest.map(line)].join('\n') + '\n\n';
}

function oldListStart(value: unknown): number {
  const n = Number(value ?? 1);
  return Number.isInteger(n) && n >= 0 && n < 1e8 ? n : 1;
}

const oldIsList = (node: DocNode): boolean => node.type === 'bulletList' || node.type === 'orderedList';

function oldList(node: DocNode, ordered: boolean): string {
  const start = oldListStart(node.attrs?.start);
  return (
    (node.content ?? [])
      .map((item, i) => {
        const marker = ordered ? `${start + i}. ` : '- ';
        const blocks = (item.content ?? []).map((b) => ({ node: b, text: oldBlock(b).trimEnd() })).filter((b) => b.text !== '');
        const inner = blocks.map((b, k) => (k === 0 ? '' : oldIsList(b.node) ? '\n' : '\n\n') + b.text).join('');
        return (marker + oldIndent(inner, ' '.repeat(marker.length))).trimEnd();
      })
      .join('\n') + '\n\n'
  );
}

function oldHeadingLevel(value: unknown): number {
  const n = Number(value ?? 2);
  return Number.isInteger(n) ? Math.min(Math.max(n, 1), 6) : 2;
}

function oldBlock(node: DocNode): string {
  switch (node.type) {
    case 'policySection':
    case 'policyClause':
      return (node.content ?? []).map(oldBlock).join('');
    case 'heading': {
      const text = protectHeadingEnd(oldLineText(node.content));
      return `${'#'.repeat(oldHeadingLevel(node.attrs?.level))} ${text}`.trimEnd() + '\n\n';
    }
    case 'paragraph': {
      const text = oldParagraphText(node.content);
      return text === '' ? '' : `${text}\n\n`;
    }
    case 'bulletList':
      return oldList(node, false);
    case 'orderedList':
      return oldList(node, true);
    case 'blockquote': {
      const inner = (node.content ?? []).map(oldBlock).join('').trimEnd();
      return inner === '' ? '' : inner.replace(/^/gm, '> ').replace(/^> $/gm, '>') + '\n\n';
    }
    case 'horizontalRule':
      return '---\n\n';
    case 'table':
      return oldTable(node);
    default:
      throw new Error(`Markdown export: unknown node type "${node.type}"`);
  }
}

function oldExportMarkdown(unsafeDoc: PolicyDocument): string {
  const doc = safeDocument(unsafeDoc);
  return `${doc.content.map(oldBlock).join('').trimEnd()}\n`;
}

// ---- Random documents ----

const text = fc.string({ unit: fc.constantFrom(...'ab1#-*_[]<>&"\' \t\n:!|'.split(''), '\u00a0', '’', 'www.', '&amp;'), maxLength: 12 });

const mark = fc.oneof(
  fc.constantFrom<DocMark>({ type: 'bold' }, { type: 'italic' }, { type: 'underline' }, { type: 'strike' }),
  fc.constantFrom('https://a.example/?a=1&b="2"', 'mailto:a@b.example', 'javascript:alert(1)').map((href): DocMark => ({ type: 'link', attrs: { href } })),
);

const inlineNodes = fc.array(
  fc.oneof(
    { weight: 5, arbitrary: fc.record({ text, marks: fc.array(mark, { maxLength: 3 }) }).map(({ text, marks }): DocNode => ({ type: 'text', text, ...(marks.length ? { marks } : {}) })) },
    { weight: 1, arbitrary: fc.constant<DocNode>({ type: 'hardBreak' }) },
  ),
  { maxLength: 5 },
);

const { block } = fc.letrec<{ block: DocNode; paragraph: DocNode; item: DocNode; cell: DocNode; row: DocNode }>((tie) => ({
  paragraph: inlineNodes.map((content): DocNode => ({ type: 'paragraph', content })),
  item: fc.array(tie('block'), { maxLength: 3 }).map((content): DocNode => ({ type: 'listItem', content })),
  cell: fc
    .record({ header: fc.boolean(), content: fc.array(tie('block'), { maxLength: 2 }), colspan: fc.constantFrom(undefined, 1, 2), rowspan: fc.constantFrom(undefined, 1, 3) })
    .map(({ header, content, colspan, rowspan }): DocNode => ({ type: header ? 'tableHeader' : 'tableCell', content, attrs: { colspan, rowspan } })),
  row: fc.array(tie('cell'), { maxLength: 3 }).map((content): DocNode => ({ type: 'tableRow', content })),
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: tie('paragraph') },
    { weight: 1, arbitrary: fc.record({ level: fc.constantFrom(undefined, 0, 1, 3, 7), content: inlineNodes }).map(({ level, content }): DocNode => ({ type: 'heading', attrs: { level }, content })) },
    { weight: 1, arbitrary: fc.record({ ordered: fc.boolean(), start: fc.constantFrom(undefined, 1, 3, -1), content: fc.array(tie('item'), { maxLength: 3 }) }).map(({ ordered, start, content }): DocNode => ({ type: ordered ? 'orderedList' : 'bulletList', attrs: { start }, content })) },
    { weight: 1, arbitrary: fc.array(tie('block'), { maxLength: 2 }).map((content): DocNode => ({ type: 'blockquote', content })) },
    { weight: 1, arbitrary: fc.array(tie('row'), { maxLength: 3 }).map((content): DocNode => ({ type: 'table', content })) },
    { weight: 1, arbitrary: fc.constant<DocNode>({ type: 'horizontalRule' }) },
    { weight: 1, arbitrary: fc.array(tie('block'), { maxLength: 2 }).map((content): DocNode => ({ type: 'policyClause', content })) },
  ),
}));

const section = fc
  .record({ sectionId: fc.constantFrom('title', 'intro', 'a b<"c">', ''), content: fc.array(block, { maxLength: 4 }) })
  .map(({ sectionId, content }): DocNode => ({ type: 'policySection', attrs: { sectionId }, content }));

const document = fc.array(section, { maxLength: 4 }).map((content) => ({ type: 'doc', content }) as unknown as PolicyDocument);

const context = {} as ExportContext;

describe('the exporters, against the string-per-node implementations they replaced', () => {
  it('writeNode writes the same HTML', () => {
    fc.assert(
      fc.property(document, (doc) => {
        const root = doc as unknown as DocNode;
        expect(writeNode(root)).toBe(oldWriteNode(root));
      }),
      { numRuns: 1500 },
    );
  });

  it('exportMarkdown writes the same Markdown', () => {
    fc.assert(
      fc.property(document, (doc) => {
        expect(exportMarkdown(doc, context)).toBe(oldExportMarkdown(doc));
      }),
      { numRuns: 1500 },
    );
  });

  it('escapeHtmlText escapes as escapeHtml does', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'grapheme' })), (value) => {
        expect(escapeHtmlText(value)).toBe(escapeHtml(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('isLeadIn, read from the end, agrees with the regular expression on the plain text, whatever whitespace follows the colon', () => {
    const spaces = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u180e', '\u0085'];
    const leafText = fc.string({ unit: fc.constantFrom(':', '：', 'a', '.', '\ud83d', '\ude00', ...spaces), maxLength: 6 });
    const { node } = fc.letrec<{ node: DocNode }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leafText.map((t): DocNode => ({ type: 'text', text: t })),
        fc.constant<DocNode>({ type: 'text' }),
        fc.constant<DocNode>({ type: 'hardBreak' }),
        fc.array(tie('node'), { maxLength: 3 }).map((content): DocNode => ({ type: 'span', content })),
      ),
    }));
    fc.assert(
      fc.property(fc.constantFrom('paragraph', 'heading'), fc.array(node, { maxLength: 4 }), (type, content) => {
        const paragraph: DocNode = { type, content };
        expect(isLeadIn(paragraph)).toBe(leadInByRegex(paragraph));
      }),
      { numRuns: 5000 },
    );
  });

  it('an unknown node or mark throws the same error', () => {
    const doc: DocNode = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'mystery' }, { type: 'bold' }, { type: 'enigma' }] }] }] };
    expect(() => writeNode(doc)).toThrow('HTML export: unknown mark "enigma"');
    expect(() => oldWriteNode(doc)).toThrow('HTML export: unknown mark "enigma"');
    expect(() => writeNode({ type: 'doc', content: [{ type: 'video' }] })).toThrow('HTML export: unknown node type "video"');
  });
});

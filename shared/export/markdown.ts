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

const indent = (text: string, by: string): string => text.replace(/\n(?=.)/g, `\n${by}`);

/** The text of a block inside a table cell, on one line as GFM requires: a list becomes its items separated by semicolons; rules vanish. */
function cellText(node: DocNode): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return lineText(node.content);
    case 'bulletList':
    case 'orderedList':
      return (node.content ?? []).map(cellText).filter(Boolean).join('; ');
    case 'horizontalRule':
      return '';
    default:
      // Quotes, list items, nested tables, rows: their text, never their syntax (a nested table's pipes would add cells).
      return (node.content ?? []).map(cellText).filter(Boolean).join(' ');
  }
}

function table(node: DocNode): string {
  const rows = (node.content ?? []).map((r) => (r.content ?? []).map(cellText));
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (width === 0) return '';
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const [head, ...rest] = rows;
  return [line(head!), `|${' --- |'.repeat(width)}`, ...rest.map(line)].join('\n') + '\n\n';
}

/** An ordered list's first number as CommonMark accepts it (at most nine digits). */
function listStart(value: unknown): number {
  const n = Number(value ?? 1);
  return Number.isInteger(n) && n >= 0 && n < 1e8 ? n : 1;
}

function list(node: DocNode, ordered: boolean): string {
  const start = listStart(node.attrs?.start);
  return (
    (node.content ?? [])
      .map((item, i) => {
        const marker = ordered ? `${start + i}. ` : '- ';
        const blocks = (item.content ?? []).map((b) => ({ node: b, text: block(b).trimEnd() })).filter((b) => b.text !== '');
        // A nested list follows its paragraph on the next line, keeping the list tight; other blocks are separated by a blank line, as they are in the document.
        const inner = blocks.map((b, k) => (k === 0 ? '' : isList(b.node) ? '\n' : '\n\n') + b.text).join('');
        return (marker + indent(inner, ' '.repeat(marker.length))).trimEnd();
      })
      .join('\n') + '\n\n'
  );
}

const isList = (node: DocNode): boolean => node.type === 'bulletList' || node.type === 'orderedList';

function headingLevel(value: unknown): number {
  const n = Number(value ?? 2);
  return Number.isInteger(n) ? Math.min(Math.max(n, 1), 6) : 2;
}

function block(node: DocNode): string {
  switch (node.type) {
    case 'policySection':
    case 'policyClause':
      return (node.content ?? []).map(block).join('');
    case 'heading': {
      const text = protectHeadingEnd(lineText(node.content));
      return `${'#'.repeat(headingLevel(node.attrs?.level))} ${text}`.trimEnd() + '\n\n';
    }
    case 'paragraph': {
      const text = paragraphText(node.content);
      return text === '' ? '' : `${text}\n\n`;
    }
    case 'bulletList':
      return list(node, false);
    case 'orderedList':
      return list(node, true);
    case 'blockquote': {
      const inner = (node.content ?? []).map(block).join('').trimEnd();
      return inner === '' ? '' : inner.replace(/^/gm, '> ').replace(/^> $/gm, '>') + '\n\n';
    }
    case 'horizontalRule':
      return '---\n\n';
    case 'table':
      return table(node);
    default:
      throw new Error(`Markdown export: unknown node type "${node.type}"`);
  }
}

/** The whole policy as Markdown, title block first. */
export function exportMarkdown(unsafeDoc: PolicyDocument, _ctx: ExportContext): string {
  const doc = safeDocument(unsafeDoc);
  return `${doc.content.map(block).join('').trimEnd()}\n`;
}

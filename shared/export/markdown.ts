import type { DocMark, DocNode, PolicyDocument } from '../document/types.ts';
import { safeDocument } from '../document/safe-text.ts';
import { isSafeHref } from '../render/escape.ts';
import type { ExportContext } from './context.ts';

/**
 * Document → Markdown (CommonMark with GFM tables). One writer per node type;
 * an unknown node or mark throws. Text is escaped so that user input such as
 * `*`, `[`, `<img …>` or `|` stays literal text in every Markdown renderer.
 */

/** Backslash-escapes Markdown syntax in running text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~{}]/g, (ch) => `\\${ch}`)
    // Only an ampersand that would start an entity reference needs escaping.
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '\\&')
    .replace(/^(\s*)([#+-]|\d+[.)])(?=\s|$)/gm, (_m, space: string, marker: string) => `${space}${marker.replace(/([#+\-.)])$/, '\\$1')}`);
}

const MARKS: Readonly<Record<string, (inner: string, mark: DocMark) => string>> = {
  bold: (inner) => `**${inner}**`,
  italic: (inner) => `*${inner}*`,
  strike: (inner) => `~~${inner}~~`,
  // Markdown has no underline; emphasis keeps the stress without raw HTML.
  underline: (inner) => `*${inner}*`,
  link: (inner, mark) => {
    const href = String(mark.attrs?.href ?? '');
    return isSafeHref(href) ? `[${inner}](${href.replace(/[<>()\s]/g, encodeURIComponent)})` : inner;
  },
};

function inline(nodes: DocNode[] | undefined): string {
  return (nodes ?? [])
    .map((n) => {
      if (n.type === 'hardBreak') return '\\\n';
      if (n.type !== 'text') throw new Error(`Markdown export: unexpected inline node "${n.type}"`);
      let out = escapeMarkdown(n.text ?? '');
      const marks = n.marks ?? [];
      for (let i = marks.length - 1; i >= 0; i--) {
        const writer = MARKS[marks[i]!.type];
        if (!writer) throw new Error(`Markdown export: unknown mark "${marks[i]!.type}"`);
        out = writer(out, marks[i]!);
      }
      return out;
    })
    .join('');
}

const indent = (text: string, by: string): string => text.replace(/\n(?=.)/g, `\n${by}`);

/** A table cell on one line, as GFM requires: a list in a cell becomes its items separated by semicolons. */
function cell(node: DocNode): string {
  return (node.content ?? [])
    .map((b) => {
      if (b.type === 'paragraph' || b.type === 'heading') return inline(b.content);
      if (b.type === 'bulletList' || b.type === 'orderedList') return (b.content ?? []).map(cell).join('; ');
      return block(b).trim();
    })
    .join(' ')
    .replace(/\n+/g, ' ');
}

function table(node: DocNode): string {
  const rows = (node.content ?? []).map((r) => (r.content ?? []).map(cell));
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const [head, ...rest] = rows;
  return [line(head!), `|${' --- |'.repeat(width)}`, ...rest.map(line)].join('\n') + '\n\n';
}

function list(node: DocNode, ordered: boolean): string {
  const start = Number(node.attrs?.start ?? 1);
  return (
    (node.content ?? [])
      .map((item, i) => {
        const marker = ordered ? `${start + i}. ` : '- ';
        // Blocks of one item on consecutive lines keep the list tight (no blank line before a nested list).
        const inner = (item.content ?? []).map((b) => block(b).trimEnd()).join('\n');
        return marker + indent(inner, ' '.repeat(marker.length));
      })
      .join('\n') + '\n\n'
  );
}

function block(node: DocNode): string {
  switch (node.type) {
    case 'policySection':
    case 'policyClause':
      return (node.content ?? []).map(block).join('');
    case 'heading':
      return `${'#'.repeat(Math.min(Number(node.attrs?.level ?? 2), 6))} ${inline(node.content)}\n\n`;
    case 'paragraph':
      return node.content?.length ? `${inline(node.content)}\n\n` : '';
    case 'bulletList':
      return list(node, false);
    case 'orderedList':
      return list(node, true);
    case 'blockquote':
      return (node.content ?? []).map(block).join('').trimEnd().replace(/^/gm, '> ') + '\n\n';
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

import type { DocMark, DocNode } from '../../document/types.ts';
import { isSafeHref } from '../../render/escape.ts';
import { endsInAutolink, escapeDestination, escapeText, type TextState } from './escape.ts';

/** How inline content is written: in a paragraph a hard break starts a new line; in a heading or a table cell, which are one line, it is a space. */
export interface InlineOptions {
  singleLine: boolean;
}

const WRAPPERS: Readonly<Record<string, (inner: string, mark: DocMark) => string>> = {
  bold: (inner) => `**${inner}**`,
  italic: (inner) => `*${inner}*`,
  strike: (inner) => `~~${inner}~~`,
  // Markdown has no underline; emphasis keeps the stress without raw HTML.
  underline: (inner) => `*${inner}*`,
  link: (inner, mark) => {
    const href = String(mark.attrs?.href ?? '');
    return isSafeHref(href) ? `[${inner}](${escapeDestination(href)})` : inner;
  },
};

/** A hard break: a backslash at the end of the line, or two spaces where marked would read the backslash as part of an address in the text before it. */
const hardBreakAfter = (line: string, afterLink: boolean): string => (!afterLink && endsInAutolink(line) ? '  \n' : '\\\n');

const sameMark = (a: DocMark | undefined, b: DocMark | undefined): boolean =>
  a !== undefined && b !== undefined && a.type === b.type && JSON.stringify(a.attrs ?? {}) === JSON.stringify(b.attrs ?? {});

/**
 * Inline nodes as Markdown. Neighbours that share their outermost mark are
 * written inside one pair of delimiters (`**a *b***`, not `**a****b**`), and
 * whitespace at a mark's edges goes outside it, where CommonMark still
 * reads the delimiters as emphasis.
 */
export function writeInline(nodes: DocNode[] | undefined, options: InlineOptions): string {
  const line: TextState = { atLineStart: true };
  const out = writeRun(nodes ?? [], line, options);
  // A hard break at the end of a block would show as a stray backslash.
  return options.singleLine ? out.trim() : out.replace(/(?:\\\n| {2}\n)+$/, '');
}

function writeRun(nodes: DocNode[], line: TextState, options: InlineOptions): string {
  let out = '';
  let afterLink = false;
  for (let i = 0; i < nodes.length; ) {
    const node = nodes[i]!;
    if (node.type === 'hardBreak') {
      out += options.singleLine ? ' ' : hardBreakAfter(out, afterLink);
      line.atLineStart = !options.singleLine;
      i++;
      continue;
    }
    if (node.type !== 'text') throw new Error(`Markdown export: unexpected inline node "${node.type}"`);
    const [outer, ...inner] = node.marks ?? [];
    if (!outer) {
      out += escapeText(node.text ?? '', line);
      afterLink = false;
      i++;
      continue;
    }
    const wrap = WRAPPERS[outer.type];
    if (!wrap) throw new Error(`Markdown export: unknown mark "${outer.type}"`);
    const group: DocNode[] = [{ ...node, marks: inner }];
    let j = i + 1;
    while (j < nodes.length && nodes[j]!.type === 'text' && sameMark(nodes[j]!.marks?.[0], outer)) {
      group.push({ ...nodes[j]!, marks: nodes[j]!.marks!.slice(1) });
      j++;
    }
    const inLink = line.inLink;
    if (outer.type === 'link') line.inLink = true;
    const content = writeRun(group, line, options);
    line.inLink = inLink;
    const written = wrapExpellingWhitespace(content, (text) => wrap(text, outer));
    out += written;
    afterLink = outer.type === 'link' && written.endsWith(')');
    i = j;
  }
  return out;
}

function wrapExpellingWhitespace(text: string, wrap: (inner: string) => string): string {
  const [, before = '', core = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  return core === '' ? text : `${before}${wrap(core)}${after}`;
}

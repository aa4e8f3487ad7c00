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

const sameMark = (a: DocMark | undefined, b: DocMark | undefined): boolean => {
  if (a === undefined || b === undefined) return false;
  // The same object, or two without attributes, are the same mark without serialising anything.
  if (a === b) return true;
  if (a.type !== b.type) return false;
  if (a.attrs === undefined && b.attrs === undefined) return true;
  return JSON.stringify(a.attrs ?? {}) === JSON.stringify(b.attrs ?? {});
};

// Regular expressions are hoisted: a literal in a function makes a new RegExp object on every call, which on a large policy added up to a good share of an export's garbage.
const TRAILING_HARD_BREAKS = /(?:\\\n| {2}\n)+$/;
const EDGES = /^(\s*)([\s\S]*?)(\s*)$/;

/**
 * Inline nodes as Markdown. Neighbours that share their outermost mark are
 * written inside one pair of delimiters (`**a *b***`, not `**a****b**`), and
 * whitespace at a mark's edges goes outside it, where CommonMark still
 * reads the delimiters as emphasis.
 */
export function writeInline(nodes: DocNode[] | undefined, options: InlineOptions): string {
  const line: TextState = { atLineStart: true };
  const list = nodes ?? [];
  const out = writeRun(list, 0, list.length, 0, line, options);
  // A hard break at the end of a block would show as a stray backslash.
  return options.singleLine ? out.trim() : out.replace(TRAILING_HARD_BREAKS, '');
}

/**
 * `nodes[from..to)` with their first `depth` marks already written around
 * them: a group sharing a mark is written in place, at the next depth,
 * rather than as copies of its nodes with that mark taken off.
 */
function writeRun(nodes: DocNode[], from: number, to: number, depth: number, line: TextState, options: InlineOptions): string {
  let out = '';
  let afterLink = false;
  for (let i = from; i < to; ) {
    const node = nodes[i]!;
    if (node.type === 'hardBreak') {
      out += options.singleLine ? ' ' : hardBreakAfter(out, afterLink);
      line.atLineStart = !options.singleLine;
      i++;
      continue;
    }
    if (node.type !== 'text') throw new Error(`Markdown export: unexpected inline node "${node.type}"`);
    const outer = node.marks?.[depth];
    if (!outer) {
      out += escapeText(node.text ?? '', line);
      afterLink = false;
      i++;
      continue;
    }
    const wrap = WRAPPERS[outer.type];
    if (!wrap) throw new Error(`Markdown export: unknown mark "${outer.type}"`);
    let j = i + 1;
    while (j < to && nodes[j]!.type === 'text' && sameMark(nodes[j]!.marks?.[depth], outer)) j++;
    const inLink = line.inLink;
    if (outer.type === 'link') line.inLink = true;
    const content = writeRun(nodes, i, j, depth + 1, line, options);
    line.inLink = inLink;
    const written = wrapExpellingWhitespace(content, outer, wrap);
    out += written;
    afterLink = outer.type === 'link' && written.endsWith(')');
    i = j;
  }
  return out;
}

/** Text that neither starts nor ends with whitespace has none to expel, and needs no match. */
const EDGE_WHITESPACE = /^\s|\s$/;

function wrapExpellingWhitespace(text: string, mark: DocMark, wrap: (inner: string, mark: DocMark) => string): string {
  if (!EDGE_WHITESPACE.test(text)) return text === '' ? text : wrap(text, mark);
  const [, before = '', core = '', after = ''] = EDGES.exec(text) ?? [];
  return core === '' ? text : `${before}${wrap(core, mark)}${after}`;
}

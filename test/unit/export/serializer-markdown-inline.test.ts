import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocMark, DocNode } from '../../../shared/document/types.ts';
import { endsInAutolink, escapeDestination, escapeText, type TextState } from '../../../shared/export/markdown/escape.ts';
import { writeInline } from '../../../shared/export/markdown/inline.ts';
import { isSafeHref } from '../../../shared/render/escape.ts';

/**
 * The Markdown escaper and inline writer skip work (a fast path for text
 * needing no escaping, marks grouped in place rather than copied) to
 * allocate less. These compare them with the implementations they replaced,
 * kept here verbatim, over random text dense in what Markdown reads as syntax.
 */

const OLD_INLINE_SYNTAX = /[\\`*_[\]<>|~{}]/g;
const OLD_ENTITY_START = /&(?=#?[a-zA-Z0-9]+;)/g;
const OLD_LINE_BREAKS = /\r\n?|\n/g;
const OLD_BLOCK_START = /^(?:[#+=-]|:(?=-)|\d{1,9}(?=[.)]))/;

function oldEscapeText(text: string, line: TextState): string {
  let out = text.replace(OLD_LINE_BREAKS, ' ');
  if (line.atLineStart) out = out.replace(/^[ \t]+/, '');
  if (out === '') return '';
  out = out.replace(OLD_INLINE_SYNTAX, (ch) => `\\${ch}`).replace(OLD_ENTITY_START, '\\&');
  if (line.atLineStart) {
    out = out.replace(OLD_BLOCK_START, (marker) => (/^\d/.test(marker) ? marker : `\\${marker}`));
    out = out.replace(/^(\d{1,9})([.)])/, '$1\\$2');
  }
  out = out.replace(/!$/, '\\!');
  line.atLineStart = false;
  return line.inLink ? out.replace(/\\([[\]`])/g, (_m, ch: string) => `&#${ch.charCodeAt(0)};`) : oldGuardAutolinks(out);
}

function oldGuardAutolinks(escaped: string): string {
  return escaped
    .replace(/([a-z][a-z0-9+.-]*):(\/\/\S*)/gi, (run: string, scheme: string, rest: string) => (rest.includes('\\') ? `${scheme}\\:${rest}` : run))
    .replace(/\b(www)\.(\S*)/gi, (run: string, www: string, rest: string) => (rest.includes('\\') ? `${www}\\.${rest}` : run));
}

const OLD_DESTINATION_SAFE = /[A-Za-z0-9\-._~:/?#@!$&'*+,;=]/;

function oldEscapeDestination(href: string): string {
  let out = '';
  const chars = Array.from(href);
  chars.forEach((ch, i) => {
    if (ch === '%') out += /^[0-9a-fA-F]{2}$/.test((chars[i + 1] ?? '') + (chars[i + 2] ?? '')) ? '%' : '%25';
    else if (OLD_DESTINATION_SAFE.test(ch)) out += ch;
    else out += oldEncodeChar(ch);
  });
  return out.replace(/&(#?)([a-zA-Z0-9])(?=[a-zA-Z0-9]*;)/g, (_m, hash: string, ch: string) => `&${hash}%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

function oldEncodeChar(ch: string): string {
  try {
    return encodeURIComponent(ch).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    return '';
  }
}

const OLD_WRAPPERS: Readonly<Record<string, (inner: string, mark: DocMark) => string>> = {
  bold: (inner) => `**${inner}**`,
  italic: (inner) => `*${inner}*`,
  strike: (inner) => `~~${inner}~~`,
  underline: (inner) => `*${inner}*`,
  link: (inner, mark) => {
    const href = String(mark.attrs?.href ?? '');
    return isSafeHref(href) ? `[${inner}](${escapeDestination(href)})` : inner;
  },
};

const oldSameMark = (a: DocMark | undefined, b: DocMark | undefined): boolean =>
  a !== undefined && b !== undefined && a.type === b.type && JSON.stringify(a.attrs ?? {}) === JSON.stringify(b.attrs ?? {});

function oldWriteInline(nodes: DocNode[] | undefined, options: { singleLine: boolean }): string {
  const line: TextState = { atLineStart: true };
  const out = oldWriteRun(nodes ?? [], line, options);
  return options.singleLine ? out.trim() : out.replace(/(?:\\\n| {2}\n)+$/, '');
}

function oldWriteRun(nodes: DocNode[], line: TextState, options: { singleLine: boolean }): string {
  let out = '';
  let afterLink = false;
  for (let i = 0; i < nodes.length; ) {
    const node = nodes[i]!;
    if (node.type === 'hardBreak') {
      out += options.singleLine ? ' ' : !afterLink && endsInAutolink(out) ? '  \n' : '\\\n';
      line.atLineStart = !options.singleLine;
      i++;
      continue;
    }
    if (node.type !== 'text') throw new Error(`Markdown export: unexpected inline node "${node.type}"`);
    const [outer, ...inner] = node.marks ?? [];
    if (!outer) {
      out += oldEscapeText(node.text ?? '', line);
      afterLink = false;
      i++;
      continue;
    }
    const wrap = OLD_WRAPPERS[outer.type];
    if (!wrap) throw new Error(`Markdown export: unknown mark "${outer.type}"`);
    const group: DocNode[] = [{ ...node, marks: inner }];
    let j = i + 1;
    while (j < nodes.length && nodes[j]!.type === 'text' && oldSameMark(nodes[j]!.marks?.[0], outer)) {
      group.push({ ...nodes[j]!, marks: nodes[j]!.marks!.slice(1) });
      j++;
    }
    const inLink = line.inLink;
    if (outer.type === 'link') line.inLink = true;
    const content = oldWriteRun(group, line, options);
    line.inLink = inLink;
    const [, before = '', core = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(content) ?? [];
    const written = core === '' ? content : `${before}${wrap(core, outer)}${after}`;
    out += written;
    afterLink = outer.type === 'link' && written.endsWith(')');
    i = j;
  }
  return out;
}

/** Text made mostly of what Markdown reads as syntax, with letters, digits, spaces and line breaks between. */
const syntaxText = fc.string({
  unit: fc.constantFrom(...'ab1#-+=:.)!&;\\`*_[]<>|~{} \t\r\nw/é\u00a0\u2003'.split(''), 'www.', 'http://', '&amp;', '&#1;', '1.', 'x@y'),
  maxLength: 24,
});

const textState = fc.record({ atLineStart: fc.boolean(), inLink: fc.option(fc.boolean(), { nil: undefined }) });

const mark = fc.oneof(
  fc.constantFrom<DocMark>({ type: 'bold' }, { type: 'italic' }, { type: 'strike' }, { type: 'underline' }),
  // Same type, attributes absent, empty or differing: only their serialisation tells these apart.
  fc.constantFrom<DocMark>({ type: 'bold', attrs: {} }, { type: 'bold', attrs: { x: 1 } }, { type: 'link' }, { type: 'link', attrs: {} }),
  fc.constantFrom('https://a.example/x', 'https://b.example', 'mailto:a@b.example', 'javascript:x').map((href): DocMark => ({ type: 'link', attrs: { href } })),
);

/** Inline runs where neighbours often share marks, equal ones as separate objects too, so that grouping is exercised. */
const inlineNodes = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: fc.record({ text: syntaxText, marks: fc.array(mark, { maxLength: 3 }) }).map(({ text, marks }): DocNode => ({ type: 'text', text, marks: marks.map((m) => ({ ...m })) })) },
    { weight: 1, arbitrary: fc.constant<DocNode>({ type: 'hardBreak' }) },
  ),
  { maxLength: 8 },
);

describe('Markdown escaping and inline writing, against the implementations they replaced', () => {
  it('escapeText returns the same text and leaves the same line state', () => {
    fc.assert(
      fc.property(syntaxText, textState, (text, state) => {
        const oldState = { ...state };
        const newState = { ...state };
        expect(escapeText(text, newState)).toBe(oldEscapeText(text, oldState));
        expect(newState).toEqual(oldState);
      }),
      { numRuns: 5000 },
    );
  });

  it('escapeText agrees on arbitrary strings too', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), textState, (text, state) => {
        const oldState = { ...state };
        const newState = { ...state };
        expect(escapeText(text, newState)).toBe(oldEscapeText(text, oldState));
        expect(newState).toEqual(oldState);
      }),
      { numRuns: 2000 },
    );
  });

  it('escapeDestination encodes the same destinations', () => {
    const href = fc.string({ unit: fc.constantFrom(...'aZ09-._~:/?#@!$&\'*+,;=%()[]<> "\\`{}|^é'.split(''), 'https://', 'mailto:', '&amp;', '%2F', '\u00a0'), maxLength: 20 });
    fc.assert(
      fc.property(fc.oneof(href, fc.string({ unit: 'grapheme' })), (text) => {
        expect(escapeDestination(text)).toBe(oldEscapeDestination(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('writeInline writes the same Markdown, in paragraphs and on single lines', () => {
    fc.assert(
      fc.property(inlineNodes, fc.boolean(), (nodes, singleLine) => {
        expect(writeInline(nodes, { singleLine })).toBe(oldWriteInline(nodes, { singleLine }));
      }),
      { numRuns: 3000 },
    );
  });
});

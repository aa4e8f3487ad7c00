import type { Schema } from '@tiptap/pm/model';
import { policySchema } from './extensions.ts';
import type { DocMark, DocNode } from './types.ts';

/**
 * Converts the HTML that our own templates produce into document nodes,
 * without a DOM. The generic path (a DOM plus ProseMirror's DOMParser) costs
 * ~100× more on a large policy and made the live preview lag; templates use
 * a small, known set of tags, so a direct conversion is safe. A test holds it
 * to exactly the generic path's output on every starter and a large project.
 * An unknown tag throws: a template must not silently lose content.
 */

const BLOCK_TAGS: Readonly<Record<string, string>> = {
  section: 'policySection',
  div: 'policyClause',
  p: 'paragraph',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  ul: 'bulletList',
  ol: 'orderedList',
  li: 'listItem',
  table: 'table',
  tr: 'tableRow',
  th: 'tableHeader',
  td: 'tableCell',
  blockquote: 'blockquote',
};
const MARK_TAGS: Readonly<Record<string, string>> = { strong: 'bold', b: 'bold', em: 'italic', i: 'italic', a: 'link', u: 'underline', s: 'strike' };
/** Wrappers that add nothing to the document. */
const TRANSPARENT_TAGS = new Set(['thead', 'tbody', 'tfoot', 'span']);
/** Nodes whose content is inline (text and hard breaks). */
const TEXTBLOCKS = new Set(['paragraph', 'heading']);

interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: (Element | string)[];
}

const NO_MARKS: DocMark[] = [];

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

const VOID_TAGS = new Set(['br', 'hr']);

function tokenize(html: string): Element {
  const root: Element = { tag: '#root', attrs: {}, children: [] };
  const stack: Element[] = [root];
  const tagRe = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g;
  let last = 0;
  for (let m = tagRe.exec(html); m !== null; m = tagRe.exec(html)) {
    const top = stack[stack.length - 1]!;
    if (m.index > last) top.children.push(decodeEntities(html.slice(last, m.index)));
    // Lower-casing is skipped: templates write tags in lower case, and an upper-case tag fails loudly as unknown.
    last = tagRe.lastIndex;
    const tag = m[2]!;
    if (m[1] === '/') {
      let at = stack.length - 1;
      while (at > 0 && stack[at]!.tag !== tag) at--;
      if (at > 0) stack.length = at;
      continue;
    }
    const rest = m[3]!;
    const attrs: Record<string, string> = {};
    if (rest.length > 1) {
      for (const a of rest.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*"([^"]*)")?/g)) attrs[a[1]!.toLowerCase()] = decodeEntities(a[2] ?? '');
    }
    const el: Element = { tag, attrs, children: [] };
    top.children.push(el);
    if (!VOID_TAGS.has(tag) && !rest.endsWith('/')) stack.push(el);
  }
  if (last < html.length) stack[stack.length - 1]!.children.push(decodeEntities(html.slice(last)));
  return root;
}

interface Context {
  schema: Schema;
  defaults: Map<string, Record<string, unknown> | undefined>;
  markRank: Map<string, number>;
}

function defaultAttrs(ctx: Context, type: string): Record<string, unknown> | undefined {
  if (!ctx.defaults.has(type)) {
    const nodeType = ctx.schema.nodes[type] ?? ctx.schema.marks[type];
    if (!nodeType) throw new Error(`the document schema has no "${type}"`);
    const spec = nodeType.spec.attrs ?? {};
    const keys = Object.keys(spec);
    ctx.defaults.set(type, keys.length === 0 ? undefined : Object.fromEntries(keys.map((k) => [k, spec[k]!.default ?? null])));
  }
  const d = ctx.defaults.get(type);
  return d ? { ...d } : undefined;
}

function blockAttrs(ctx: Context, type: string, el: Element): Record<string, unknown> | undefined {
  const attrs = defaultAttrs(ctx, type);
  if (!attrs) return undefined;
  if (type === 'heading') attrs.level = Number(el.tag.slice(1));
  else if (type === 'policySection') attrs.sectionId = el.attrs['data-section-id'] ?? null;
  else if (type === 'policyClause') attrs.clauseId = el.attrs['data-clause-id'] ?? null;
  else if (type === 'orderedList' && el.attrs.start !== undefined) attrs.start = Number(el.attrs.start);
  return attrs;
}

/** Inline content being collected for one textblock, with ProseMirror's whitespace rules. */
class InlineRun {
  nodes: DocNode[] = [];
  private endsWithSpace = true;

  text(raw: string, marks: DocMark[]): void {
    let text = /[\t\r\n\f]| {2}/.test(raw) ? raw.replace(/[ \t\r\n\f]+/g, ' ') : raw;
    if (this.endsWithSpace && text.startsWith(' ')) text = text.slice(1);
    if (text === '') return;
    this.endsWithSpace = text.endsWith(' ');
    const prev = this.nodes[this.nodes.length - 1];
    if (prev?.type === 'text' && sameMarks(prev.marks, marks)) {
      prev.text += text;
      return;
    }
    // Text under the same element shares one marks array, which makes the merge check above cheap.
    this.nodes.push(marks.length > 0 ? { type: 'text', marks, text } : { type: 'text', text });
  }

  hardBreak(): void {
    this.nodes.push({ type: 'hardBreak' });
    this.endsWithSpace = true;
  }

  /** The collected nodes, trailing space removed as ProseMirror does when a textblock closes. */
  finish(): DocNode[] {
    const last = this.nodes[this.nodes.length - 1];
    if (last?.type === 'text' && last.text!.endsWith(' ')) {
      last.text = last.text!.slice(0, -1);
      if (last.text === '') this.nodes.pop();
    }
    return this.nodes;
  }

  get isEmpty(): boolean {
    return this.nodes.length === 0;
  }
}

function sameMarks(a: DocMark[] | undefined, b: DocMark[]): boolean {
  if (a === b) return true;
  const left = a ?? [];
  return left.length === b.length && left.every((m, i) => m.type === b[i]!.type && JSON.stringify(m.attrs) === JSON.stringify(b[i]!.attrs));
}

function collectInline(ctx: Context, children: (Element | string)[], marks: DocMark[], run: InlineRun): void {
  for (const child of children) {
    if (typeof child === 'string') {
      run.text(child, marks);
      continue;
    }
    if (child.tag === 'br') {
      run.hardBreak();
      continue;
    }
    if (TRANSPARENT_TAGS.has(child.tag)) {
      collectInline(ctx, child.children, marks, run);
      continue;
    }
    const markType = MARK_TAGS[child.tag];
    if (!markType) throw new Error(`template HTML: <${child.tag}> is not allowed inside text`);
    const attrs = defaultAttrs(ctx, markType);
    if (attrs && markType === 'link') attrs.href = child.attrs.href ?? null;
    const mark: DocMark = attrs ? { type: markType, attrs } : { type: markType };
    const next = hasMark(marks, markType) ? marks : withMark(ctx, marks, mark);
    collectInline(ctx, child.children, next, run);
  }
}

function hasMark(marks: DocMark[], type: string): boolean {
  for (const m of marks) if (m.type === type) return true;
  return false;
}

/** Adds a mark keeping the schema's mark order, as ProseMirror does. */
function withMark(ctx: Context, marks: DocMark[], mark: DocMark): DocMark[] {
  const rank = ctx.markRank.get(mark.type)!;
  const out = marks.slice();
  let i = out.length;
  while (i > 0 && ctx.markRank.get(out[i - 1]!.type)! > rank) i--;
  out.splice(i, 0, mark);
  return out;
}

function isInline(child: Element | string): boolean {
  return typeof child === 'string' || child.tag === 'br' || MARK_TAGS[child.tag] !== undefined;
}

function flushInline(ctx: Context, pending: (Element | string)[], out: DocNode[]): void {
  const run = new InlineRun();
  collectInline(ctx, pending, NO_MARKS, run);
  const content = run.finish();
  if (content.length > 0) out.push({ type: 'paragraph', content });
}

/** Block content of a container: inline runs outside any textblock become paragraphs, as ProseMirror wraps them. */
function convertBlocks(ctx: Context, children: (Element | string)[], out: DocNode[] = []): DocNode[] {
  // No closures here: this runs once per container, thousands of times for a large policy.
  let pending: (Element | string)[] | null = null;
  for (const child of children) {
    if (isInline(child)) {
      (pending ??= []).push(child);
      continue;
    }
    if (pending) {
      flushInline(ctx, pending, out);
      pending = null;
    }
    const el = child as Element;
    if (TRANSPARENT_TAGS.has(el.tag)) convertBlocks(ctx, el.children, out);
    else out.push(convertBlock(ctx, el));
  }
  if (pending) flushInline(ctx, pending, out);
  return out;
}

function convertBlock(ctx: Context, el: Element): DocNode {
  const type = BLOCK_TAGS[el.tag];
  if (!type) throw new Error(`template HTML: <${el.tag}> has no place in the document`);
  const attrs = blockAttrs(ctx, type, el);
  const node: DocNode = attrs ? { type, attrs } : { type };
  if (TEXTBLOCKS.has(type)) {
    const run = new InlineRun();
    collectInline(ctx, el.children, NO_MARKS, run);
    const content = run.finish();
    if (content.length > 0) node.content = content;
    return node;
  }
  let content = convertBlocks(ctx, el.children);
  // Containers that need a block get an empty paragraph, as ProseMirror fills them.
  if (content.length === 0 && (type === 'listItem' || type === 'tableCell' || type === 'tableHeader' || type === 'blockquote')) content = [{ type: 'paragraph' }];
  if (content.length > 0) node.content = content;
  return node;
}

let context: Context | undefined;

/** Template HTML → document nodes, equal to what ProseMirror's DOMParser makes of it. */
export function templateHtmlToNodes(html: string): DocNode[] {
  if (!context) {
    const schema = policySchema();
    context = { schema, defaults: new Map(), markRank: new Map(Object.keys(schema.marks).map((m, i) => [m, i])) };
  }
  return convertBlocks(context, tokenize(html).children);
}

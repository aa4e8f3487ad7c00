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
/** Nodes whose content must hold at least one block. */
const NEEDS_BLOCK = new Set(['listItem', 'tableCell', 'tableHeader', 'blockquote']);

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

function parseAttrs(rest: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (rest.length > 1) {
    for (const a of rest.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*"([^"]*)")?/g)) attrs[a[1]!.toLowerCase()] = decodeEntities(a[2] ?? '');
  }
  return attrs;
}

interface Context {
  schema: Schema;
  defaults: Map<string, Readonly<Record<string, unknown>> | undefined>;
  markRank: Map<string, number>;
}

/**
 * The schema's default attributes for a type. Shared and frozen: most nodes
 * (table cells above all) keep the defaults, and one object for all of them
 * saves the allocation that dominated the conversion of large tables.
 */
function defaultAttrs(ctx: Context, type: string): Readonly<Record<string, unknown>> | undefined {
  if (!ctx.defaults.has(type)) {
    const nodeType = ctx.schema.nodes[type] ?? ctx.schema.marks[type];
    if (!nodeType) throw new Error(`the document schema has no "${type}"`);
    const spec = nodeType.spec.attrs ?? {};
    const keys = Object.keys(spec);
    ctx.defaults.set(type, keys.length === 0 ? undefined : Object.freeze(Object.fromEntries(keys.map((k) => [k, spec[k]!.default ?? null]))));
  }
  return ctx.defaults.get(type);
}

function blockAttrs(ctx: Context, type: string, tag: string, attrs: Record<string, string>): Readonly<Record<string, unknown>> | undefined {
  const defaults = defaultAttrs(ctx, type);
  if (!defaults) return undefined;
  if (type === 'heading') return { ...defaults, level: Number(tag.slice(1)) };
  if (type === 'policySection') return { ...defaults, sectionId: attrs['data-section-id'] ?? null };
  if (type === 'policyClause') return { ...defaults, clauseId: attrs['data-clause-id'] ?? null };
  if (type === 'orderedList' && attrs.start !== undefined) return { ...defaults, start: Number(attrs.start) };
  return defaults;
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
}

function sameMarks(a: DocMark[] | undefined, b: DocMark[]): boolean {
  if (a === b) return true;
  const left = a ?? NO_MARKS;
  return left.length === b.length && left.every((m, i) => m.type === b[i]!.type && JSON.stringify(m.attrs) === JSON.stringify(b[i]!.attrs));
}

/** Adds a mark keeping the schema's mark order, as ProseMirror does. */
function withMark(ctx: Context, marks: DocMark[], mark: DocMark): DocMark[] {
  for (const m of marks) if (m.type === mark.type) return marks;
  const rank = ctx.markRank.get(mark.type)!;
  const out = marks.slice();
  let i = out.length;
  while (i > 0 && ctx.markRank.get(out[i - 1]!.type)! > rank) i--;
  out.splice(i, 0, mark);
  return out;
}

/**
 * An open element while the HTML streams past. A block frame collects child
 * nodes, and either its own inline run (textblocks) or a pending run of loose
 * inline content that becomes a paragraph, as ProseMirror wraps it. Mark and
 * transparent frames only change the marks in effect.
 */
interface Frame {
  tag: string;
  type: string | null;
  attrs: Readonly<Record<string, unknown>> | undefined;
  content: DocNode[];
  run: InlineRun | null;
  textblock: boolean;
  marks: DocMark[];
  /** The nearest block frame: this one for blocks, the enclosing one for marks. */
  block: Frame;
}

function inlineRun(frame: Frame): InlineRun {
  const block = frame.block;
  return (block.run ??= new InlineRun());
}

function flushPending(block: Frame): void {
  if (block.textblock || !block.run) return;
  const content = block.run.finish();
  if (content.length > 0) block.content.push({ type: 'paragraph', content });
  block.run = null;
}

/** The node a closed block frame stands for. */
function finishBlock(frame: Frame): DocNode {
  let content: DocNode[];
  if (frame.textblock) {
    content = frame.run ? frame.run.finish() : [];
  } else {
    flushPending(frame);
    content = frame.content;
    // Containers that need a block get an empty paragraph, as ProseMirror fills them.
    if (content.length === 0 && NEEDS_BLOCK.has(frame.type!)) content = [{ type: 'paragraph' }];
  }
  const node: DocNode = frame.attrs ? { type: frame.type!, attrs: frame.attrs as Record<string, unknown> } : { type: frame.type! };
  if (content.length > 0) node.content = content;
  return node;
}

/** Closes the frames above `depth`, adding each finished block to its parent block. */
function closeTo(stack: Frame[], depth: number): void {
  while (stack.length > depth) {
    const frame = stack.pop()!;
    if (frame.type !== null) stack[stack.length - 1]!.block.content.push(finishBlock(frame));
  }
}

function inlineFrame(tag: string, parent: Frame, marks: DocMark[]): Frame {
  return { tag, type: null, attrs: undefined, content: NO_MARKS, run: null, textblock: false, marks, block: parent.block };
}

/** Converts in one pass over the tags: no intermediate tree, little garbage. */
function convert(ctx: Context, html: string): DocNode[] {
  const root = { tag: '#root', type: null, attrs: undefined, content: [], run: null, textblock: false, marks: NO_MARKS } as unknown as Frame;
  root.block = root;
  const stack: Frame[] = [root];
  const tagRe = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g;
  let last = 0;
  for (let m = tagRe.exec(html); m !== null; m = tagRe.exec(html)) {
    const top = stack[stack.length - 1]!;
    if (m.index > last) inlineRun(top).text(decodeEntities(html.slice(last, m.index)), top.marks);
    last = tagRe.lastIndex;
    // Tags are not lower-cased: templates write them in lower case, and an upper-case tag fails loudly as unknown.
    const tag = m[2]!;
    const rest = m[3]!;
    if (m[1] === '/') {
      let at = stack.length - 1;
      while (at > 0 && stack[at]!.tag !== tag) at--;
      if (at > 0) closeTo(stack, at);
      continue;
    }
    if (tag === 'br') {
      inlineRun(top).hardBreak();
      continue;
    }
    const markType = MARK_TAGS[tag];
    if (markType) {
      const defaults = defaultAttrs(ctx, markType);
      const attrs = defaults && markType === 'link' ? { ...defaults, href: parseAttrs(rest).href ?? null } : defaults;
      stack.push(inlineFrame(tag, top, withMark(ctx, top.marks, attrs ? { type: markType, attrs: attrs as Record<string, unknown> } : { type: markType })));
      continue;
    }
    if (TRANSPARENT_TAGS.has(tag)) {
      stack.push(inlineFrame(tag, top, top.marks));
      continue;
    }
    const type = BLOCK_TAGS[tag];
    if (!type) throw new Error(`template HTML: <${tag}> has no place in the document`);
    if (top.block.textblock) throw new Error(`template HTML: <${tag}> is not allowed inside text`);
    flushPending(top.block);
    const frame = { tag, type, attrs: blockAttrs(ctx, type, tag, parseAttrs(rest)), content: [], run: null, textblock: TEXTBLOCKS.has(type), marks: NO_MARKS } as unknown as Frame;
    frame.block = frame;
    stack.push(frame);
  }
  if (last < html.length) {
    const top = stack[stack.length - 1]!;
    inlineRun(top).text(decodeEntities(html.slice(last)), top.marks);
  }
  closeTo(stack, 1);
  flushPending(root);
  return root.content;
}

let context: Context | undefined;

/** Template HTML → document nodes, equal to what ProseMirror's DOMParser makes of it. */
export function templateHtmlToNodes(html: string): DocNode[] {
  if (!context) {
    const schema = policySchema();
    context = { schema, defaults: new Map(), markRank: new Map(Object.keys(schema.marks).map((m, i) => [m, i])) };
  }
  return convert(context, html);
}

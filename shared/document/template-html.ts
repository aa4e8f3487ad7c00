import type { Schema } from '@tiptap/pm/model';
import { policySchema } from './extensions.ts';
import { PlainMark, PlainNode, withAttr } from './plain-nodes.ts';
import { isAlnum, isLetter, knownTag } from './template-tags.ts';
import { collapseWhitespace, decodeEntities, onlyAttr, parseAttrs } from './template-text.ts';
import type { DocMark, DocNode } from './types.ts';

/**
 * Converts the HTML that our own templates produce into document nodes,
 * without a DOM. The generic path (a DOM plus ProseMirror's DOMParser) costs
 * ~100× more on a large policy and made the live preview lag; templates use
 * a small, known set of tags, so a direct conversion is safe. Tests hold it
 * to exactly the generic path's output on every starter, a large project and
 * random mixes of those tags (whitespace, entities, empty blocks, nesting).
 * An unknown tag throws: a template must not silently lose content.
 */

/** Nodes whose content is inline (text and hard breaks). */
const TEXTBLOCKS = new Set(['paragraph', 'heading']);

const NO_MARKS: DocMark[] = [];

interface Context {
  schema: Schema;
  /** By type; `NO_ATTRS` for a type without attributes, so that one lookup answers. */
  defaults: Map<string, Readonly<Record<string, unknown>>>;
  markRank: Map<string, number>;
  fills: Map<string, DocNode[]>;
  /** The attributes of the nodes of a plain table row (see `plainCell`), looked up once. */
  plain?: { row: Readonly<Record<string, unknown>> | undefined; cell: Readonly<Record<string, unknown>> | undefined; paragraph: Readonly<Record<string, unknown>> | undefined };
}

/**
 * What ProseMirror puts into a container left empty (a cell, a list item, a
 * clause whose conditions all failed): the least content its schema allows,
 * an empty paragraph for most. A fresh copy each time, as nodes are mutable.
 */
function emptyFill(ctx: Context, type: string): DocNode[] {
  let fill = ctx.fills.get(type);
  if (fill === undefined) {
    const filled = ctx.schema.nodes[type]?.createAndFill();
    fill = filled ? ((filled.content.toJSON() as DocNode[] | null) ?? []) : [];
    ctx.fills.set(type, fill);
  }
  return fill.length === 0 ? NO_NODES : (JSON.parse(JSON.stringify(fill)) as DocNode[]);
}

/**
 * The schema's default attributes for a type. Shared and frozen: most nodes
 * (table cells above all) keep the defaults, and one object for all of them
 * saves the allocation that dominated the conversion of large tables.
 */
function defaultAttrs(ctx: Context, type: string): Readonly<Record<string, unknown>> | undefined {
  let defaults = ctx.defaults.get(type);
  if (defaults === undefined) {
    const nodeType = ctx.schema.nodes[type] ?? ctx.schema.marks[type];
    if (!nodeType) throw new Error(`the document schema has no "${type}"`);
    const spec = nodeType.spec.attrs ?? {};
    const keys = Object.keys(spec);
    defaults = keys.length === 0 ? NO_ATTRS : Object.freeze(Object.fromEntries(keys.map((k) => [k, spec[k]!.default ?? null])));
    ctx.defaults.set(type, defaults);
  }
  return defaults === NO_ATTRS ? undefined : defaults;
}

const NO_ATTRS: Readonly<Record<string, unknown>> = Object.freeze({});

/** Attributes are read only for the three blocks that carry them: a table cell's tag is never parsed for attributes. */
function blockAttrs(ctx: Context, type: string, tag: string, rest: string): Readonly<Record<string, unknown>> | undefined {
  const defaults = defaultAttrs(ctx, type);
  if (!defaults) return undefined;
  if (type === 'heading') return withAttr(defaults, 'level', Number(tag.slice(1)));
  if (type === 'policySection') return withAttr(defaults, 'sectionId', onlyAttr(rest, ' data-section-id="') ?? parseAttrs(rest)['data-section-id'] ?? null);
  if (type === 'policyClause') return withAttr(defaults, 'clauseId', onlyAttr(rest, ' data-clause-id="') ?? parseAttrs(rest)['data-clause-id'] ?? null);
  if (type === 'orderedList') {
    const start = parseAttrs(rest).start;
    if (start !== undefined) return withAttr(defaults, 'start', Number(start));
  }
  return defaults;
}

function sameMarks(a: DocMark[] | undefined, b: DocMark[]): boolean {
  if (a === b) return true;
  const left = a ?? NO_MARKS;
  return left.length === b.length && left.every((m, i) => m.type === b[i]!.type && JSON.stringify(m.attrs) === JSON.stringify(b[i]!.attrs));
}

/** Adds a mark keeping the schema's mark order, as ProseMirror does. */
function withMark(ctx: Context, marks: DocMark[], mark: DocMark): DocMark[] {
  if (marks.length === 0) return [mark];
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
 *
 * A frame's nodes wait on two stacks shared by every frame (`CHILDREN`,
 * `INLINE`) and become an array of their exact length when it closes: only
 * the innermost open block ever adds to them, so each block's nodes lie
 * together at the top. An array per block grown by push allocated room for
 * 17 nodes at its second (a table row of three cells), then was copied to
 * its length: about 0.4 of the 6.1 MB a build of the large project allocated.
 */
interface Frame {
  tag: string;
  type: string | null;
  attrs: Readonly<Record<string, unknown>> | undefined;
  /** Where the frame's child blocks start in `CHILDREN`. */
  childStart: number;
  /** Where the frame's inline run starts in `INLINE` (the textblock's nodes, or the loose inline content waiting to become a paragraph); -1 while it has none. */
  inlineStart: number;
  textblock: boolean;
  marks: DocMark[];
  /** The nearest block frame: this one for blocks, the enclosing one for marks. */
  block: Frame;
}

const NO_NODES: DocNode[] = [];
/**
 * The stacks, each with its height kept apart from the array's length: V8
 * gives an array's spare room back when its length is cut, and the next
 * push grows it again, which allocated more than the arrays per block did.
 */
const CHILDREN: DocNode[] = [];
let childTop = 0;
const INLINE: DocNode[] = [];
let inlineTop = 0;

function pushInline(block: Frame, node: DocNode): void {
  if (block.inlineStart < 0) block.inlineStart = inlineTop;
  INLINE[inlineTop++] = node;
}

/** Adds a finished block to the innermost open block, whose nodes are the top of `CHILDREN`. */
function pushChild(node: DocNode): void {
  CHILDREN[childTop++] = node;
}

/** The frame's child blocks so far, taken off the shared stack as an array of their own. */
function takeChildren(block: Frame): DocNode[] {
  if (childTop === block.childStart) return NO_NODES;
  const nodes = CHILDREN.slice(block.childStart, childTop);
  childTop = block.childStart;
  return nodes;
}

/**
 * Adds text to the inline content of `block` with ProseMirror's whitespace
 * rules (DOMParser's addTextNode): runs of whitespace collapse to a space;
 * whitespace alone between blocks is dropped; a leading space is dropped at
 * the start of the content, after text ending in a space, and right after a
 * `<br>`. Merged into the previous text when the marks are the same.
 */
function addText(block: Frame, raw: string, marks: DocMark[], afterBreak: boolean): void {
  let text = collapseWhitespace(raw);
  const prev = block.inlineStart < 0 ? undefined : INLINE[inlineTop - 1];
  if (prev === undefined && !block.textblock && text === ' ') return;
  if (text.charCodeAt(0) === 32) {
    // Outside a textblock, content before means a block before: its paragraph would then not start the container.
    const strip = prev === undefined ? block.textblock || childTop === block.childStart : prev.type === 'text' ? prev.text!.endsWith(' ') : afterBreak;
    if (strip) text = text.slice(1);
  }
  if (text === '') return;
  if (prev?.type === 'text' && sameMarks(prev.marks, marks)) {
    prev.text += text;
    return;
  }
  // Text under the same element shares one marks array, which makes the merge check above cheap.
  pushInline(block, new PlainNode('text', undefined, undefined, marks.length > 0 ? marks : undefined, text));
}

/** Closes the inline content: its nodes, trailing space removed as ProseMirror does when a textblock closes. */
function finishRun(block: Frame): DocNode[] {
  const start = block.inlineStart;
  if (start < 0) return NO_NODES;
  block.inlineStart = -1;
  const last = INLINE[inlineTop - 1];
  if (last?.type === 'text' && last.text!.endsWith(' ')) {
    last.text = last.text!.slice(0, -1);
    if (last.text === '') inlineTop--;
  }
  if (inlineTop === start) return NO_NODES;
  const nodes = INLINE.slice(start, inlineTop);
  inlineTop = start;
  return nodes;
}

function flushPending(block: Frame): void {
  if (block.textblock || block.inlineStart < 0) return;
  const content = finishRun(block);
  if (content.length > 0) pushChild(new PlainNode('paragraph', undefined, content, undefined, undefined));
}

/** The node a closed block frame stands for (keys in the order type, attrs, content, as the JSON has always had them). */
function finishBlock(ctx: Context, frame: Frame): DocNode {
  let content: DocNode[];
  if (frame.textblock) {
    content = finishRun(frame);
  } else {
    flushPending(frame);
    content = takeChildren(frame);
    // Containers that need content get what ProseMirror fills them with.
    if (content.length === 0) content = emptyFill(ctx, frame.type!);
  }
  const type = frame.type!;
  const attrs = frame.attrs as Record<string, unknown> | undefined;
  return new PlainNode(type, attrs, content.length === 0 ? undefined : content, undefined, undefined);
}

/** Closes the frames above `depth`, adding each finished block to its parent block. */
function closeTo(ctx: Context, stack: Frame[], depth: number): void {
  while (stack.length > depth) {
    const frame = stack.pop()!;
    if (frame.type !== null) pushChild(finishBlock(ctx, frame));
    release(frame);
  }
}

/**
 * Closed frames, kept for the next element: a large policy opens some twenty
 * thousand elements per build, and a frame object for each was about 1 MiB
 * of garbage per build, most of the conversion's. A released frame holds
 * nothing of the document.
 */
const spareFrames: Frame[] = [];

function release(frame: Frame): void {
  frame.attrs = undefined;
  frame.childStart = 0;
  frame.inlineStart = -1;
  frame.marks = NO_MARKS;
  frame.block = frame;
  spareFrames.push(frame);
}

function frameFor(tag: string, type: string | null, attrs: Readonly<Record<string, unknown>> | undefined, textblock: boolean, marks: DocMark[], block: Frame | null): Frame {
  const frame = spareFrames.pop();
  if (frame === undefined) {
    const made: Frame = { tag, type, attrs, childStart: childTop, inlineStart: -1, textblock, marks, block: null as unknown as Frame };
    made.block = block ?? made;
    return made;
  }
  frame.childStart = childTop;
  frame.inlineStart = -1;
  frame.tag = tag;
  frame.type = type;
  frame.attrs = attrs;
  frame.textblock = textblock;
  frame.marks = marks;
  frame.block = block ?? frame;
  return frame;
}

function inlineFrame(tag: string, parent: Frame, marks: DocMark[]): Frame {
  return frameFor(tag, null, undefined, false, marks, parent.block);
}

function blockFrame(tag: string, type: string, attrs: Readonly<Record<string, unknown>> | undefined): Frame {
  return frameFor(tag, type, attrs, TEXTBLOCKS.has(type), NO_MARKS, null);
}

/**
 * A table cell that is one paragraph of plain text, `<td><p>text</p></td>`
 * with `at` just after `<td>`: the cell made at once, with no frames and no
 * tag lookups. Such cells are three quarters of the tags of a large policy
 * (4,566 cells, 18,264 of the large project's 24,599 tags), and the general path took about
 * 140 ns a tag. The text gets what the general path gives a paragraph's only
 * text: whitespace collapsed, and a space at either end dropped. Returns
 * where the HTML goes on after `</td>`, or -1 for any other cell.
 */
function plainCell(ctx: Context, html: string, at: number): number {
  // "<p>"
  if (html.charCodeAt(at) !== 60 || html.charCodeAt(at + 1) !== 112 || html.charCodeAt(at + 2) !== 62) return -1;
  const textEnd = html.indexOf('<', at + 3);
  if (textEnd < 0 || !html.startsWith('</p></td>', textEnd)) return -1;
  let text = collapseWhitespace(decodeEntities(html.slice(at + 3, textEnd)));
  if (text.charCodeAt(0) === 32) text = text.slice(1);
  if (text.charCodeAt(text.length - 1) === 32) text = text.slice(0, -1);
  const content = text === '' ? undefined : [new PlainNode('text', undefined, undefined, undefined, text)];
  const attrs = (ctx.plain ??= plainAttrs(ctx));
  const paragraph = new PlainNode('paragraph', attrs.paragraph, content, undefined, undefined);
  pushChild(new PlainNode('tableCell', attrs.cell, [paragraph], undefined, undefined));
  return textEnd + 9;
}

function plainAttrs(ctx: Context): NonNullable<Context['plain']> {
  return { row: blockAttrs(ctx, 'tableRow', 'tr', ''), cell: blockAttrs(ctx, 'tableCell', 'td', ''), paragraph: blockAttrs(ctx, 'paragraph', 'p', '') };
}

/**
 * A table row of plain cells only (`<tr><td><p>a</p></td><td><p>b</p></td></tr>`,
 * `at` just after `<tr>`), made at once like its cells: a large policy's
 * tables are a thousand such rows. Returns where the HTML goes on after
 * `</tr>`, or -1 with nothing added for any other row, which the general
 * path then reads.
 */
function plainRow(ctx: Context, html: string, at: number): number {
  const start = childTop;
  let next = at;
  while (html.startsWith('<td>', next)) {
    const after = plainCell(ctx, html, next + 4);
    if (after < 0) break;
    next = after;
  }
  if (childTop === start || !html.startsWith('</tr>', next)) {
    childTop = start;
    return -1;
  }
  const cells = CHILDREN.slice(start, childTop);
  childTop = start;
  pushChild(new PlainNode('tableRow', (ctx.plain ??= plainAttrs(ctx)).row, cells, undefined, undefined));
  return next + 5;
}

/**
 * Converts in one pass over the tags: no intermediate tree, little garbage.
 * Tags are found by hand rather than by a regular expression (no match array
 * and three substrings per tag); what counts as a tag is exactly what
 * `<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>` matches, anything else is text.
 */
function convert(ctx: Context, html: string): DocNode[] {
  // Left over only by a conversion that threw (an unknown tag).
  childTop = 0;
  inlineTop = 0;
  const root = blockFrame('#root', '#root', undefined);
  root.type = null;
  const stack: Frame[] = [root];
  let last = 0;
  /** Whether the last tag was a `<br>`: text right after one drops its leading space. */
  let afterBreak = false;
  let lt = html.indexOf('<');
  while (lt >= 0) {
    let at = lt + 1;
    const closing = html.charCodeAt(at) === 47; // "/"
    if (closing) at++;
    if (!isLetter(html.charCodeAt(at))) {
      lt = html.indexOf('<', lt + 1);
      continue;
    }
    let end = at + 1;
    while (isAlnum(html.charCodeAt(end))) end++;
    // Most tags have no attributes, and most tags follow another directly: a look at the next character saves a search.
    const gt = html.charCodeAt(end) === 62 ? end : html.indexOf('>', end);
    // No ">" further on: nothing after this point is a tag.
    if (gt < 0) break;
    const top = stack[stack.length - 1]!;
    if (lt > last) addText(top.block, decodeEntities(html.slice(last, lt)), top.marks, afterBreak);
    last = gt + 1;
    afterBreak = false;
    lt = html.charCodeAt(last) === 60 ? last : html.indexOf('<', last);
    // Tags are not lower-cased: templates write them in lower case, and an upper-case tag fails loudly as unknown.
    const known = knownTag(html, at, end);
    if (closing) {
      // An unknown closing tag matches no open element, and so closes none.
      if (!known) continue;
      let depth = stack.length - 1;
      while (depth > 0 && stack[depth]!.tag !== known.name) depth--;
      if (depth > 0) closeTo(ctx, stack, depth);
      continue;
    }
    if (!known) throw new Error(`template HTML: <${html.slice(at, end)}> has no place in the document`);
    const { name: tag, kind, type } = known;
    if (kind === 'break') {
      pushInline(top.block, new PlainNode('hardBreak', undefined, undefined, top.marks.length > 0 ? top.marks : undefined, undefined));
      afterBreak = true;
      continue;
    }
    if (kind === 'mark') {
      const defaults = defaultAttrs(ctx, type);
      const rest = type === 'link' ? html.slice(end, gt) : '';
      const attrs = defaults && type === 'link' ? withAttr(defaults, 'href', onlyAttr(rest, ' href="') ?? parseAttrs(rest).href ?? null) : defaults;
      stack.push(inlineFrame(tag, top, withMark(ctx, top.marks, new PlainMark(type, attrs as Record<string, unknown> | undefined))));
      continue;
    }
    if (kind === 'transparent') {
      stack.push(inlineFrame(tag, top, top.marks));
      continue;
    }
    if (top.block.textblock) throw new Error(`template HTML: <${tag}> is not allowed inside text`);
    flushPending(top.block);
    if (gt === end && (type === 'tableCell' || type === 'tableRow')) {
      const after = type === 'tableCell' ? plainCell(ctx, html, last) : plainRow(ctx, html, last);
      if (after >= 0) {
        last = after;
        lt = html.charCodeAt(last) === 60 ? last : html.indexOf('<', last);
        continue;
      }
    }
    stack.push(blockFrame(tag, type, blockAttrs(ctx, type, tag, html.slice(end, gt))));
  }
  if (last < html.length) {
    const top = stack[stack.length - 1]!;
    addText(top.block, decodeEntities(html.slice(last)), top.marks, afterBreak);
  }
  closeTo(ctx, stack, 1);
  flushPending(root);
  const nodes = childTop === 0 ? [] : takeChildren(root);
  release(root);
  // The stacks let go of this section's nodes, which the document holds from here on.
  CHILDREN.length = 0;
  INLINE.length = 0;
  return nodes;
}

let context: Context | undefined;

/** Template HTML → document nodes, equal to what ProseMirror's DOMParser makes of it. */
export function templateHtmlToNodes(html: string): DocNode[] {
  if (!context) {
    const schema = policySchema();
    context = { schema, defaults: new Map(), fills: new Map(), markRank: new Map(Object.keys(schema.marks).map((m, i) => [m, i])) };
  }
  return convert(context, html);
}

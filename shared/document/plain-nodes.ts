import type { DocMark, DocNode } from './types.ts';

/**
 * Nodes made with `new` rather than written as object literals. V8 follows
 * each literal in the code and, finding most of the objects one makes still
 * alive at a minor collection (a document being built is), allocates that
 * literal's objects straight into the old generation from then on
 * ("allocation-site pretenuring"). A build of the large project then left
 * megabytes in the old generation, freed only by full collections, and its
 * pages were handed back and faulted in again: 116–191 page faults a build
 * against 8–9, and a median of 12.8–14.0 against 7.6–8.7 ms (V8's flag
 * --no-allocation-site-pretenuring). Objects made by `new` have no
 * allocation site. The prototype is Object's, so a node is the plain object
 * it was (the same keys in the same order, the same JSON).
 */
type NodeMaker = new (type: string, attrs: Readonly<Record<string, unknown>> | undefined, content: DocNode[] | undefined, marks: DocMark[] | undefined, text: string | undefined) => DocNode;
export const PlainNode = function (this: Record<string, unknown>, type: string, attrs: unknown, content: unknown, marks: unknown, text: unknown) {
  this.type = type;
  if (attrs !== undefined) this.attrs = attrs;
  if (content !== undefined) this.content = content;
  if (marks !== undefined) this.marks = marks;
  if (text !== undefined) this.text = text;
} as unknown as NodeMaker;
(PlainNode as unknown as { prototype: object }).prototype = Object.prototype;

/** A mark, made with `new` for the same reason. */
type MarkMaker = new (type: string, attrs: Record<string, unknown> | undefined) => DocMark;
export const PlainMark = function (this: Record<string, unknown>, type: string, attrs: unknown) {
  this.type = type;
  if (attrs !== undefined) this.attrs = attrs;
} as unknown as MarkMaker;
(PlainMark as unknown as { prototype: object }).prototype = Object.prototype;

/** The defaults with one attribute set: copied into an empty object, which has no allocation site to pretenure (see `PlainNode`), unlike a spread. */
export function withAttr(defaults: Readonly<Record<string, unknown>>, key: string, value: unknown): Record<string, unknown> {
  const attrs: Record<string, unknown> = Object.assign({}, defaults);
  attrs[key] = value;
  return attrs;
}

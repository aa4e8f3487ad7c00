import type { ExportContext } from '../export/context.ts';
import type { DocMark, DocNode, PolicyDocument } from './types.ts';

/**
 * Characters no output format can hold: C0 controls other than tab, line
 * feed and carriage return (XML 1.0 §2.2 forbids them in Word's XML; in HTML
 * and Markdown they are invisible or break tools), the non-characters
 * U+FFFE and U+FFFF, and UTF-16 surrogates standing alone.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const FORBIDDEN_TEXT_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** Bidirectional controls and zero-width characters: they make a web address read as another one ("…/\u202Etxt.exe"). */
export const DECEPTIVE_URL_CHARS = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

/** The first forbidden character in `text`, as "U+001B", or undefined when there is none. */
export function firstForbiddenChar(text: string): string | undefined {
  FORBIDDEN_TEXT_CHARS.lastIndex = 0;
  const match = FORBIDDEN_TEXT_CHARS.exec(text);
  FORBIDDEN_TEXT_CHARS.lastIndex = 0;
  return match ? `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

/** FORBIDDEN_TEXT_CHARS without the global flag, for `test`, which then keeps no position between calls. */
const HAS_FORBIDDEN_CHAR = new RegExp(FORBIDDEN_TEXT_CHARS.source, 'u');

/** `text` without the characters no format can hold; the same string when it has none (nearly always). */
export function safeText(text: string): string {
  return HAS_FORBIDDEN_CHAR.test(text) ? text.replace(FORBIDDEN_TEXT_CHARS, '') : text;
}

/*
 * The walk below gives back the very node, attributes or list it was given
 * when nothing in it changed: a large policy's 18,000 nodes were copied on
 * every export (20 ms of a one-shot DOCX export) to remove characters the
 * schema had already refused.
 */

function safeAttrs(attrs: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!attrs) return attrs;
  let out: Record<string, unknown> | undefined;
  for (const key in attrs) {
    if (!Object.hasOwn(attrs, key)) continue;
    const value = attrs[key];
    if (typeof value !== 'string') continue;
    const safe = safeText(value);
    if (safe === value) continue;
    out ??= { ...attrs };
    out[key] = safe;
  }
  return out ?? attrs;
}

function safeMarks(marks: DocMark[] | undefined): DocMark[] | undefined {
  if (!marks) return marks;
  let out: DocMark[] | undefined;
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i]!;
    const attrs = safeAttrs(mark.attrs);
    if (attrs === mark.attrs) continue;
    out ??= [...marks];
    out[i] = { ...mark, attrs };
  }
  return out ?? marks;
}

function safeNode<T extends DocNode>(node: T): T {
  const text = node.text === undefined ? undefined : safeText(node.text);
  const attrs = safeAttrs(node.attrs);
  const marks = safeMarks(node.marks);
  let content = node.content;
  if (content) {
    let copy: DocNode[] | undefined;
    for (let i = 0; i < content.length; i++) {
      const child = content[i]!;
      const safe = safeNode(child);
      if (safe === child) continue;
      copy ??= [...content];
      copy[i] = safe;
    }
    content = copy ?? content;
  }
  if (text === node.text && attrs === node.attrs && marks === node.marks && content === node.content) return node;
  return { ...node, ...(text !== undefined ? { text } : {}), ...(attrs ? { attrs } : {}), ...(content ? { content } : {}), ...(marks ? { marks } : {}) };
}

/**
 * Documents `safeDocument` has returned, which need no second look: an export
 * of every format hands the same document to five writers, and each walk of
 * the large policy's 30,000 nodes took 10 ms in the CLI (whose code V8 does
 * not optimise). Holding them weakly keeps no document alive. This relies on
 * documents never being changed in place, which nothing does: the pipeline,
 * the editor and the disclosure index each make new ones.
 */
const safeDocuments = new WeakSet<PolicyDocument>();

/**
 * The document with every text and attribute stripped of characters no
 * format can hold. The schema refuses them in the facts already; each
 * exporter still calls this, so that a customised section pasted from
 * anywhere cannot make a file Word refuses to open.
 */
export function safeDocument(doc: PolicyDocument): PolicyDocument {
  if (safeDocuments.has(doc)) return doc;
  const safe = safeNode(doc);
  safeDocuments.add(safe);
  return safe;
}

/** The export context with the company's names made safe too: they reach Word's header and core properties. */
export function safeContext(ctx: ExportContext): ExportContext {
  return { ...ctx, companyName: safeText(ctx.companyName), legalName: safeText(ctx.legalName) };
}

import { DOMParser as PMDOMParser } from '@tiptap/pm/model';
import { policySchema } from './extensions.ts';
import type { DocNode } from './types.ts';

/**
 * Parses an HTML string into a DOM element whose children are the content.
 * The browser passes one built on `window.DOMParser`; Node passes one built
 * on happy-dom (see `shared/node/dom.ts`), keeping this module DOM-free.
 */
export type ParseHtml = (html: string) => HTMLElement;

let parser: PMDOMParser | undefined;

/** Converts generated or pasted HTML into document nodes with the schema's own parse rules. */
export function htmlToNodes(html: string, parseHtml: ParseHtml): DocNode[] {
  parser ??= PMDOMParser.fromSchema(policySchema());
  const json = parser.parse(parseHtml(html)).toJSON() as DocNode;
  return json.content ?? [];
}

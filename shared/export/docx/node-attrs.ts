import type { DocNode } from '../../document/types.ts';

/**
 * Typed readers for node and mark attributes, which arrive as `unknown`
 * from the JSON: writers ask for the type they need instead of casting.
 */

/** A numeric attribute, or `fallback` when it is missing or not a finite number. */
export function numberAttr(attrs: Record<string, unknown> | undefined, name: string, fallback: number): number {
  const value = attrs?.[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** A string attribute, or undefined when it is missing or not a string. */
export function stringAttr(attrs: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = attrs?.[name];
  return typeof value === 'string' ? value : undefined;
}

/** A list of numbers attribute (a table cell's `colwidth`), or undefined. */
export function numberListAttr(attrs: Record<string, unknown> | undefined, name: string): number[] | undefined {
  const value = attrs?.[name];
  if (!Array.isArray(value)) return undefined;
  return value.every((v): v is number => typeof v === 'number' && Number.isFinite(v)) ? value : undefined;
}

/** The plain text of a node and everything under it; hard breaks count as a space. */
export function plainText(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return ' ';
  let text = '';
  const content = node.content;
  // An index loop: it runs for every node of every table cell, and the CLI's interpreter makes an iterator result per element of a `for…of`.
  for (let i = 0; content !== undefined && i < content.length; i++) text += plainText(content[i]!);
  return text;
}

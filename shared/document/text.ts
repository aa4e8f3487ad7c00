import { DELETION_MARK } from './redline.ts';
import type { DocNode } from './types.ts';

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'tableHeader', 'tableRow', 'blockquote', 'policySection']);

/** The plain text of a document or node, blocks separated by newlines: for checks, search and tests. */
export function nodeText(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  const inner = (node.content ?? []).map(nodeText).join(node.type === 'tableRow' ? '\t' : '');
  return BLOCK_TYPES.has(node.type) && node.type !== 'tableCell' && node.type !== 'tableHeader' ? `${inner}\n` : inner;
}

/** The section of a document with the given id, if present. */
export function findSection(doc: DocNode, sectionId: string): DocNode | undefined {
  return doc.content?.find((s) => s.type === 'policySection' && s.attrs?.sectionId === sectionId);
}

/** The text of a section's first heading: the title shown in tables of contents. In a redline, the words it no longer has are left out. */
export function sectionHeading(section: DocNode): string | undefined {
  const heading = section.content?.find((n) => n.type === 'heading');
  if (!heading) return undefined;
  const kept = (heading.content ?? []).filter((n) => !(n.marks ?? []).some((m) => m.type === DELETION_MARK));
  return nodeText({ ...heading, content: kept }).trim();
}

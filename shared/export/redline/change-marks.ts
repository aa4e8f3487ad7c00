import { DELETION_MARK, INSERTION_MARK, redlineChangeOf, type RedlineChange } from '../../document/redline.ts';
import type { DocMark, DocNode } from '../../document/types.ts';

const MARK_OF: Readonly<Record<RedlineChange, string>> = { insertion: INSERTION_MARK, deletion: DELETION_MARK };

/** `marks` with the redline mark of `change` added last, so every exporter writes it innermost, around the text itself. */
export function withChange(marks: readonly DocMark[] | undefined, change: RedlineChange): DocMark[] {
  const kept = (marks ?? []).filter((m) => redlineChangeOf(m.type) === undefined);
  return [...kept, { type: MARK_OF[change] }];
}

/** A whole node shown as inserted or deleted: every text and line break under it carries the mark. */
export function markAll(node: DocNode, change: RedlineChange): DocNode {
  if (node.type === 'text' || node.type === 'hardBreak') return { ...node, marks: withChange(node.marks, change) };
  return node.content ? { ...node, content: node.content.map((c) => markAll(c, change)) } : node;
}

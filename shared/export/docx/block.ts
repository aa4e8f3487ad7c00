import type { Paragraph, Table } from 'docx';
import type { RawXmlElement } from './raw-xml.ts';
import type { DocNode } from '../../document/types.ts';
import type { WriterState } from './writer-state.ts';

/** What a block writer produces: body content that may also sit in a table cell. */
export type Block = Paragraph | Table | RawXmlElement<unknown>;

/** Writes the blocks under a node; passed to writers of container nodes so they can descend. */
export type WriteBlocks = (nodes: readonly DocNode[], state: WriterState) => Block[];

/** Writes one block node of a given type. */
export type BlockWriter = (node: DocNode, state: WriterState, writeBlocks: WriteBlocks) => Block[];

/** Whether this paragraph starts a new page; the flag is consumed by the first paragraph that asks. */
export function takePageBreak(state: WriterState): boolean {
  if (!state.shared.pageBreakBeforeNext || state.inTable) return false;
  state.shared.pageBreakBeforeNext = false;
  return true;
}

/** Space above the first paragraph after a table, in twips: as much as Normal leaves after a paragraph, and a little more. */
export const SPACE_AFTER_TABLE = 200;

/** Spacing for a paragraph that follows a table (consumed by the first paragraph that asks), else undefined. */
export function takeSpaceAfterTable(state: WriterState): { before: number } | undefined {
  if (!state.shared.spaceBeforeNext || state.inTable) return undefined;
  state.shared.spaceBeforeNext = false;
  return { before: SPACE_AFTER_TABLE };
}

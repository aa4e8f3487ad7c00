import { BorderStyle, Paragraph } from 'docx';
import type { DocNode } from '../../document/types.ts';
import { isLeadIn } from '../lead-in.ts';
import { takePageBreak, takeSpaceAfterTable, type Block, type BlockWriter, type WriteBlocks } from './block.ts';
import { writeInline } from './inline-writers.ts';
import { writeBulletList, writeListItem, writeOrderedList } from './list-writers.ts';
import { numberAttr, stringAttr } from './node-attrs.ts';
import { paragraphMarkChange, reviser } from './revisions.ts';
import { rawParagraph, writesRawParagraphs } from './raw-paragraph.ts';
import { writeTable } from './table-writer.ts';
import { UnknownNodeError } from './unknown-node-error.ts';
import { nextLinkId, type WriterState } from './writer-state.ts';

/**
 * Word's built-in styles for the document's heading levels. The h1 is the
 * policy's title, so it takes Title, and h2/h3 take Heading 1/2: Word's
 * navigation pane and table of contents then start at the sections.
 */
const HEADING_STYLES: Readonly<Record<number, string>> = { 1: 'Title', 2: 'Heading1', 3: 'Heading2' };

function where(state: WriterState): string {
  return `section "${state.sectionId}"`;
}

const writeHeading: BlockWriter = (node, state) => {
  const level = numberAttr(node.attrs, 'level', 0);
  const style = HEADING_STYLES[level];
  if (!style) throw new Error(`DOCX export: heading level ${level} is not one of 1–3 (in ${where(state)})`);
  // A heading has room above it of its own.
  takeSpaceAfterTable(state);
  return [new Paragraph({
    style,
    pageBreakBefore: takePageBreak(state) || undefined,
    run: paragraphMarkChange(node, state),
    children: writeInline(node.content ?? [], where(state), reviser(state), () => nextLinkId(state)),
  })];
};

function paragraphStyle(state: WriterState): string | undefined {
  if (state.quote) return 'Quote';
  if (state.titleSection) return 'Subtitle';
  return undefined; // Normal
}

const writeParagraph: BlockWriter = (node, state) => {
  const style = paragraphStyle(state);
  const pageBreakBefore = takePageBreak(state) || undefined;
  const spacing = takeSpaceAfterTable(state);
  const keepNext = state.keepWithNext || (!state.inTable && isLeadIn(node)) || undefined;
  const run = paragraphMarkChange(node, state);
  // A paragraph whose mark is a tracked change (a redline) keeps docx's writer, which writes that change.
  if (!run && writesRawParagraphs(state)) return [rawParagraph(node, { style, keepNext, pageBreakBefore, spacingBefore: spacing?.before }, state, reviser(state))];
  return [
    new Paragraph({
      style,
      pageBreakBefore,
      spacing,
      keepNext,
      run,
      children: writeInline(node.content ?? [], where(state), reviser(state), () => nextLinkId(state), state.headerCell ? { bold: true } : {}),
    }),
  ];
};

const writeHorizontalRule: BlockWriter = (_node, state) => [
  new Paragraph({ pageBreakBefore: takePageBreak(state) || undefined, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'A6A6A6', space: 1 } } }),
];

/** One writer per block node type of the schema (shared/document/extensions.ts). */
const blockWriters: Readonly<Record<string, BlockWriter>> = {
  policySection: (node, state, writeBlocks) => {
    const sectionId = stringAttr(node.attrs, 'sectionId') ?? '(no id)';
    return writeBlocks(node.content ?? [], { ...state, sectionId, titleSection: sectionId === 'title' });
  },
  // A clause only groups the blocks the plan decided on; Word needs no wrapper.
  policyClause: (node, state, writeBlocks) => writeBlocks(node.content ?? [], state),
  heading: writeHeading,
  paragraph: writeParagraph,
  bulletList: writeBulletList,
  orderedList: writeOrderedList,
  listItem: writeListItem,
  table: writeTable,
  blockquote: (node, state, writeBlocks) => writeBlocks(node.content ?? [], { ...state, quote: true }),
  horizontalRule: writeHorizontalRule,
};

/**
 * Writes block nodes as Word paragraphs and tables, each through the writer
 * for its type. A type without a writer throws rather than vanish from the
 * exported policy.
 */
export const writeBlocks: WriteBlocks = (nodes: readonly DocNode[], state: WriterState): Block[] =>
  nodes.flatMap((node, i) => {
    const write = blockWriters[node.type];
    if (!write) throw new UnknownNodeError('node', node.type, where(state));
    const introduces = node.type === 'paragraph' && !state.inTable && INTRODUCED.has(nodes[i + 1]?.type ?? '');
    return write(node, introduces ? { ...state, keepWithNext: true } : state.keepWithNext ? { ...state, keepWithNext: false } : state, writeBlocks);
  });

/** Blocks a paragraph right before them introduces, and stays on the page of. */
const INTRODUCED: ReadonlySet<string> = new Set(['bulletList', 'orderedList', 'table', 'blockquote']);

import { Paragraph } from 'docx';
import { takePageBreak, takeSpaceAfterTable, type Block, type BlockWriter } from './block.ts';
import { numberAttr } from './node-attrs.ts';
import { writeInline } from './inline-writers.ts';
import { BULLET_LIST, LIST_HANGING, LIST_INDENT, MAX_LIST_LEVEL, ORDERED_LIST, orderedListNumbering } from './numbering.ts';
import { QUOTE_INDENT } from './styles.ts';
import { paragraphMarkChange, reviser, wholeChange } from './revisions.ts';
import { rawParagraph, writesRawParagraphs, type RawParagraphProps } from './raw-paragraph.ts';
import { nextLinkId, type ListPlace } from './writer-state.ts';

/** Word's built-in list styles by depth: "List Bullet", "List Bullet 2", "List Bullet 3". */
export function listStyleId(kind: ListPlace['kind'], depth: number): string {
  const base = kind === 'bullet' ? 'ListBullet' : 'ListNumber';
  const n = Math.min(depth, 2) + 1;
  return n === 1 ? base : `${base}${n}`;
}

function childDepth(parent: ListPlace | undefined): number {
  return parent ? Math.min(parent.depth + 1, MAX_LIST_LEVEL) : 0;
}

/** A bullet list: its items at the next depth, with the bullet numbering. */
export const writeBulletList: BlockWriter = (node, state, writeBlocks) =>
  writeBlocks(node.content ?? [], { ...state, list: { kind: 'bullet', depth: childDepth(state.list), numbering: BULLET_LIST } });

/** An ordered list: a numbering instance of its own, so it counts from its start (1 unless `start` says otherwise). */
export const writeOrderedList: BlockWriter = (node, state, writeBlocks) => {
  const depth = childDepth(state.list);
  const start = Math.max(0, Math.round(numberAttr(node.attrs, 'start', 1)));
  const instance = state.shared.nextListInstance++;
  const numbering = start === 1 ? ORDERED_LIST : orderedListNumbering(depth, start);
  return writeBlocks(node.content ?? [], { ...state, list: { kind: 'ordered', depth, numbering, instance } });
};

/**
 * A list item: its first paragraph carries the bullet or number, further
 * paragraphs are indented to the item's text, nested lists go one level deeper.
 */
export const writeListItem: BlockWriter = (node, state, writeBlocks) => {
  const list = state.list;
  if (!list) throw new Error(`DOCX export: listItem outside a list (in section "${state.sectionId}")`);
  const blocks: Block[] = [];
  // In a quote, the list moves in with the quote's text (the numbering's own indent would not).
  const shift = state.quote ? QUOTE_INDENT : 0;
  const left = LIST_INDENT * (list.depth + 1) + shift;
  let numbered = false;
  for (const child of node.content ?? []) {
    if (child.type !== 'paragraph') {
      blocks.push(...writeBlocks([child], state));
      continue;
    }
    const first = !numbered;
    numbered = true;
    if (writesRawParagraphs(state) && typeof list.numbering === 'string' && wholeChange(child) === undefined) {
      // Raw XML (raw-paragraph.ts), with no tracked change on its mark; the page break and the space after a table are taken as below.
      const pageBreakBefore = takePageBreak(state) || undefined;
      const spacingBefore = takeSpaceAfterTable(state)?.before;
      const props: RawParagraphProps = first
        ? {
          style: listStyleId(list.kind, list.depth),
          pageBreakBefore,
          numbering: { reference: list.numbering, level: list.depth, ...(list.instance === undefined ? {} : { instance: list.instance }) },
          spacingBefore,
          ...(shift ? { indent: { left, hanging: LIST_HANGING } } : {}),
        }
        : { style: 'ListContinue', pageBreakBefore, spacingBefore, indent: { left } };
      blocks.push(rawParagraph(child, props, state, reviser(state)));
      continue;
    }
    const children = writeInline(child.content ?? [], `section "${state.sectionId}"`, reviser(state), () => nextLinkId(state));
    const run = paragraphMarkChange(child, state);
    const pageBreakBefore = takePageBreak(state) || undefined;
    const spacing = takeSpaceAfterTable(state);
    if (first) {
      blocks.push(new Paragraph({
        style: listStyleId(list.kind, list.depth),
        numbering: { reference: list.numbering, level: list.depth, ...(list.instance === undefined ? {} : { instance: list.instance }) },
        ...(shift ? { indent: { left, hanging: LIST_HANGING } } : {}),
        ...(spacing ? { spacing } : {}),
        pageBreakBefore,
        run,
        children,
      }));
    } else {
      blocks.push(new Paragraph({ style: 'ListContinue', indent: { left }, pageBreakBefore, ...(spacing ? { spacing } : {}), run, children }));
    }
  }
  return blocks;
};

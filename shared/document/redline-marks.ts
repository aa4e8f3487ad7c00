import { Mark, mergeAttributes } from '@tiptap/core';
import { DELETION_MARK, INSERTION_MARK } from './redline.ts';

/**
 * Text a redline marks as inserted (shared/export/redline). Only a comparison
 * produces it; it is not inclusive, so text typed next to it stays unmarked,
 * and only an `<ins>` we wrote ourselves parses back into it.
 */
export const RedlineInsertion = Mark.create({
  name: INSERTION_MARK,
  inclusive: false,
  excludes: DELETION_MARK,
  parseHTML: () => [{ tag: 'ins[data-redline]' }],
  renderHTML: ({ HTMLAttributes }) => ['ins', mergeAttributes(HTMLAttributes, { 'data-redline': 'insertion', class: 'redline-insertion' }), 0],
});

/** Text a redline marks as deleted: shown struck through, kept so a reader sees what was there. */
export const RedlineDeletion = Mark.create({
  name: DELETION_MARK,
  inclusive: false,
  excludes: INSERTION_MARK,
  parseHTML: () => [{ tag: 'del[data-redline]' }],
  renderHTML: ({ HTMLAttributes }) => ['del', mergeAttributes(HTMLAttributes, { 'data-redline': 'deletion', class: 'redline-deletion' }), 0],
});

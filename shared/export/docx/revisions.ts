import { redlineChangeOf, type RedlineChange } from '../../document/redline.ts';
import type { DocNode } from '../../document/types.ts';
import type { WriterState } from './writer-state.ts';

/**
 * Word tracked changes for a redline (shared/export/redline): text with a
 * redline mark becomes `w:ins` / `w:del`, and a paragraph or table row that
 * is new or gone as a whole has its paragraph mark or row marked too, so
 * Word's Review pane accepts or rejects it in one step.
 */

/** Who made the changes and when, as Word's Review pane shows them. */
export interface TrackChangesOptions {
  author: string;
  /** ISO 8601 date or date and time. */
  date: string;
}

/** What Word records of one change (`w:id`, `w:author`, `w:date`). */
export interface ChangeAttributes {
  id: number;
  author: string;
  date: string;
}

/** Hands out the attributes of each change: its author, its date, and an id no other change in the file has. */
export type Revise = () => ChangeAttributes;

/** A date as xsd:dateTime, which `w:date` must be: a bare date is taken as midnight UTC. */
function wordDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date;
}

/** The change attributes of the export; changes are numbered from 1 across the whole document. */
export function reviser(state: WriterState): Revise {
  const track = state.options.trackChanges ?? { author: state.ctx.legalName, date: state.ctx.lastUpdated };
  return () => ({ id: state.shared.nextRevisionId++, author: track.author, date: wordDate(track.date) });
}

/** The change every text under `node` carries, when all of it carries the same one: the block itself was inserted or deleted. */
export function wholeChange(node: DocNode): RedlineChange | undefined {
  const found = changeUnder(node, NONE_YET);
  return found === MIXED || found === NONE_YET ? undefined : found;
}

/** What `changeUnder` has found so far: no text yet, text with different changes (or none), or the one change of all text. */
const NONE_YET = 0;
const MIXED = 1;
type Found = RedlineChange | typeof NONE_YET | typeof MIXED;

/**
 * The change of the texts under `node` together with what was `found`
 * before them, in document order, a loop rather than a closure and an array
 * of marks per text: every table row and list paragraph is asked.
 */
function changeUnder(node: DocNode, found: Found): Found {
  if (node.type === 'text' || node.type === 'hardBreak') {
    let mine: RedlineChange | undefined;
    const marks = node.marks;
    // Index loops: the CLI runs without the optimizing compiler, where `for…of` makes an iterator result per element.
    for (let i = 0; marks !== undefined && i < marks.length; i++) {
      mine = redlineChangeOf(marks[i]!.type);
      if (mine !== undefined) break;
    }
    if (mine === undefined) return MIXED;
    return found === NONE_YET || found === mine ? mine : MIXED;
  }
  const content = node.content;
  for (let i = 0; content !== undefined && i < content.length; i++) {
    found = changeUnder(content[i]!, found);
    if (found === MIXED) return MIXED;
  }
  return found;
}

/**
 * The paragraph mark of a paragraph inserted or deleted whole, marked as
 * such: rejecting an inserted paragraph then removes it rather than leave it
 * empty. Not inside a table, where the row carries the change and a cell
 * must keep its last paragraph.
 */
export function paragraphMarkChange(node: DocNode, state: WriterState): BlockChange | undefined {
  return state.inTable ? undefined : blockChange(node, state);
}

/** A table row inserted or deleted whole (`w:trPr/w:ins`, `w:trPr/w:del`). */
export function rowChange(row: DocNode, state: WriterState): BlockChange | undefined {
  return blockChange(row, state);
}

/** How a paragraph's mark or a row is marked as inserted or deleted. */
type BlockChange = { insertion: ChangeAttributes } | { deletion: ChangeAttributes };

function blockChange(node: DocNode, state: WriterState): BlockChange | undefined {
  const change = wholeChange(node);
  if (change === undefined) return undefined;
  const revise = reviser(state);
  return change === 'insertion' ? { insertion: revise() } : { deletion: revise() };
}

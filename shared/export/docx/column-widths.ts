import { hasWordOf, longestWordLength, trimmedLength } from './word-lengths.ts';

/**
 * Column widths for a table from the text in its columns, so a column of
 * country codes stays narrow and a column of purposes gets the room. Pure
 * arithmetic, tested on its own.
 */

/** One cell's place in the table grid and its text. */
export interface CellSample {
  column: number;
  span: number;
  text: string;
  /** Widths in pixels the editor stored for the columns this cell spans, if any. */
  colwidth?: readonly number[];
}

/** Rough width of one character of the tables' 10 pt text (generous, for bold and wider fallback fonts), and a cell's left + right padding, in twips. */
const CHAR_WIDTH = 140;
const CELL_PADDING = 260;
/** Longer text wraps anyway, so it asks for no more room than this many characters. */
const MAX_DESIRED_CHARS = 60;
/** A column narrower than its longest word (up to this many characters) would break words. */
const MAX_WORD_CHARS = 24;
const MIN_COLUMN = 700;
/** Columns share the width by (text length) to this power: between even (0) and proportional (1). */
const WEIGHT_DAMPING = 0.7;

/**
 * Widths in twips for `columnCount` columns that add up to `totalWidth`.
 * Columns share the width by the length of their longest cell text (damped); no
 * column gets less than its longest word needs (when the table has room).
 * Widths the editor stored for every column win, scaled to the total.
 */
export function columnWidths(cells: readonly CellSample[], columnCount: number, totalWidth: number): number[] {
  if (columnCount <= 0) return [];
  const stored = storedWidths(cells, columnCount);
  if (stored) return fitTo(stored, totalWidth);

  const desired = new Array<number>(columnCount).fill(0);
  const minimum = new Array<number>(columnCount).fill(MIN_COLUMN);
  // A text a column already had asks for nothing more (a cookie table repeats its durations and purposes hundreds of times).
  const seen: Set<string>[] = [];
  // An index loop: the CLI runs without the optimizing compiler, where `for…of` makes an iterator result per cell.
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (cell.span !== 1 || cell.column >= columnCount) continue;
    const texts = (seen[cell.column] ??= new Set());
    if (texts.has(cell.text)) continue;
    texts.add(cell.text);
    // What cannot raise the column's desire or minimum is not counted: no text longer than what it has, no word shorter.
    const length = cell.text.length;
    const want = desired[cell.column] ?? 0;
    if (want < MAX_DESIRED_CHARS && length > want) desired[cell.column] = Math.max(want, Math.min(trimmedLength(cell.text), MAX_DESIRED_CHARS));
    const floor = minimum[cell.column] ?? MIN_COLUMN;
    // The shortest word that would widen the column: one character more than fits in its minimum.
    const widening = Math.max(0, Math.floor((floor - CELL_PADDING) / CHAR_WIDTH) + 1);
    if (widening > MAX_WORD_CHARS || widening > length || !hasWordOf(cell.text, widening)) continue;
    const word = longestWordLength(cell.text, MAX_WORD_CHARS) * CHAR_WIDTH + CELL_PADDING;
    minimum[cell.column] = Math.max(floor, word);
  }
  // Damped, so a column of long sentences does not squeeze the short ones;
  // columns without text of their own (only spanned) still get a share.
  const weights = desired.map((d) => Math.max(d, 4) ** WEIGHT_DAMPING);

  // When the minimums alone overflow the table, shrink them all alike.
  const minTotal = minimum.reduce((a, b) => a + b, 0);
  const floors = minTotal > totalWidth ? minimum.map((m) => (m * totalWidth) / minTotal) : minimum;

  // Give every column its share by weight; pin columns below their floor and share out the rest again.
  const pinned = new Array<boolean>(columnCount).fill(false);
  const widths = new Array<number>(columnCount).fill(0);
  for (;;) {
    const free = totalWidth - floors.reduce((sum, f, i) => (pinned[i] ? sum + f : sum), 0);
    const freeWeight = weights.reduce((sum, w, i) => (pinned[i] ? sum : sum + w), 0);
    let changed = false;
    for (let i = 0; i < columnCount; i++) {
      if (pinned[i]) {
        widths[i] = floors[i] ?? 0;
        continue;
      }
      widths[i] = freeWeight > 0 ? ((weights[i] ?? 0) / freeWeight) * free : free / columnCount;
      if ((widths[i] ?? 0) < (floors[i] ?? 0)) {
        pinned[i] = true;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return fitTo(widths, totalWidth);
}

/** Column widths from the editor's `colwidth`, when every column has one. */
function storedWidths(cells: readonly CellSample[], columnCount: number): number[] | undefined {
  const widths = new Array<number | undefined>(columnCount).fill(undefined);
  for (const cell of cells) {
    cell.colwidth?.forEach((w, i) => {
      const column = cell.column + i;
      if (column < columnCount && w > 0) widths[column] ??= w;
    });
  }
  return widths.every((w): w is number => w !== undefined) ? widths : undefined;
}

/** Scales widths to whole twips adding up to exactly `totalWidth`. */
function fitTo(widths: readonly number[], totalWidth: number): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  const scaled = widths.map((w) => Math.floor(sum > 0 ? (w * totalWidth) / sum : totalWidth / widths.length));
  const rest = totalWidth - scaled.reduce((a, b) => a + b, 0);
  scaled[scaled.length - 1] = (scaled[scaled.length - 1] ?? 0) + rest;
  return scaled;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnWidths, type CellSample } from '../../../shared/export/docx/column-widths.ts';
import { hasWordOf, longestWordLength, trimmedLength } from '../../../shared/export/docx/word-lengths.ts';

/**
 * The column widths of the raw tables (shared/export/docx/column-widths.ts)
 * skip the cells that cannot widen a column, and ask the regular expression
 * engine whether a cell has a word long enough to: the widths must be the
 * ones counting every cell gives, for any texts, white space of every kind
 * included.
 */

/** The column widths as they were counted before the shortcuts: every new text of a column measured in full. */
function countedInFull(cells: readonly CellSample[], columnCount: number, totalWidth: number): number[] {
  const desired = new Array<number>(columnCount).fill(0);
  const minimum = new Array<number>(columnCount).fill(700);
  const seen: Set<string>[] = [];
  for (const cell of cells) {
    if (cell.span !== 1 || cell.column >= columnCount) continue;
    const texts = (seen[cell.column] ??= new Set());
    if (texts.has(cell.text)) continue;
    texts.add(cell.text);
    desired[cell.column] = Math.max(desired[cell.column] ?? 0, Math.min(trimmedLength(cell.text), 60));
    minimum[cell.column] = Math.max(minimum[cell.column] ?? 700, longestWordLength(cell.text, 24) * 140 + 260);
  }
  const weights = desired.map((d) => Math.max(d, 4) ** 0.7);
  const minTotal = minimum.reduce((a, b) => a + b, 0);
  const floors = minTotal > totalWidth ? minimum.map((m) => (m * totalWidth) / minTotal) : minimum;
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
  const sum = widths.reduce((a, b) => a + b, 0);
  const scaled = widths.map((w) => Math.floor(sum > 0 ? (w * totalWidth) / sum : totalWidth / widths.length));
  scaled[scaled.length - 1] = (scaled[scaled.length - 1] ?? 0) + totalWidth - scaled.reduce((a, b) => a + b, 0);
  return scaled;
}

const SPACES = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
const NEAR = [0x08, 0x0e, 0x21, 0x85, 0xa1, 0x180e, 0x200b, 0x2060, 0x3001, 0xd800, 0xdfff];
const char = fc.oneof(
  fc.constantFrom(...[...SPACES, ...NEAR].map((c) => String.fromCharCode(c))),
  fc.constantFrom('a', 'Z', 'é', '–', '0', '.'),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
);
const words = fc.array(fc.oneof(fc.string({ unit: fc.constantFrom('a', 'b', 'é', '-'), maxLength: 30 }), fc.constantFrom(' ', '  ', '\u00a0', '\n', '\u3000')), { maxLength: 12 }).map((parts) => parts.join(''));
const texts = fc.oneof(fc.array(char, { maxLength: 60 }).map((chars) => chars.join('')), words);

describe('word lengths the column widths ask for', () => {
  it('finds a word of a length as longestWordLength measures it', () => {
    fc.assert(fc.property(texts, fc.integer({ min: 0, max: 40 }), (text, length) => hasWordOf(text, length) === longestWordLength(text) >= length), { numRuns: 5000 });
    expect(hasWordOf('', 0)).toBe(true);
    expect(hasWordOf('', 1)).toBe(false);
    expect(hasWordOf('ab\u00a0cd', 3)).toBe(false);
    expect(hasWordOf('ab\u200bcd', 5)).toBe(true);
  });

  it('gives the widths counting every cell in full gives', () => {
    const cell = fc.record({ column: fc.integer({ min: 0, max: 3 }), span: fc.constantFrom(1, 1, 1, 2), text: texts });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 40 }), fc.integer({ min: 1, max: 4 }), (cells, columnCount) => {
        expect(columnWidths(cells, columnCount, 9000)).toEqual(countedInFull(cells, columnCount, 9000));
      }),
      { numRuns: 3000 },
    );
  });

  it('widens a column for a long word after short ones, and not for a repeated or shorter one', () => {
    const widths = (texts: string[]) => columnWidths([...texts.map((text) => ({ column: 0, span: 1, text })), { column: 1, span: 1, text: 'x'.repeat(60) }], 2, 9000);
    expect(widths(['ab', 'abcdefghijkl'])[0]).toBe(widths(['abcdefghijkl'])[0]);
    expect(widths(['abcdefghijkl', 'abc def'])[0]).toBe(widths(['abcdefghijkl'])[0]);
    expect(widths(['abc def', 'abcdefghijkl'])[0]).toBeGreaterThan(widths(['abc def'])[0]!);
  });
});

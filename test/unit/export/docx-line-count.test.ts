import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineCount } from '../../../shared/export/docx/page-estimate.ts';

/**
 * The page estimate's word wrapping (shared/export/docx/page-estimate.ts)
 * sums a word's character widths as integers, for the CLI's interpreter:
 * it must count the same lines as summing the widths as floats did, or the
 * contents' page numbers would move. The float version is kept here as it
 * was written.
 */

const WIDTHS: readonly [string, readonly number[]][] = [
  ['abcdefghijklmnopqrstuvwxyz', [0.479, 0.525, 0.423, 0.525, 0.498, 0.305, 0.471, 0.525, 0.229, 0.239, 0.455, 0.229, 0.799, 0.525, 0.527, 0.525, 0.525, 0.349, 0.391, 0.335, 0.525, 0.452, 0.715, 0.433, 0.453, 0.395]],
  ['ABCDEFGHIJKLMNOPQRSTUVWXYZ', [0.579, 0.544, 0.533, 0.615, 0.488, 0.459, 0.631, 0.623, 0.252, 0.319, 0.52, 0.42, 0.855, 0.646, 0.662, 0.517, 0.673, 0.543, 0.459, 0.487, 0.642, 0.567, 0.89, 0.519, 0.487, 0.468]],
  ['0123456789', new Array<number>(10).fill(0.507)],
  [' .,:;-()/@\'’"“”–—&%+', [0.226, 0.252, 0.25, 0.268, 0.268, 0.306, 0.303, 0.303, 0.386, 0.899, 0.221, 0.25, 0.401, 0.418, 0.418, 0.498, 0.905, 0.682, 0.715, 0.498]],
  ['åäöéüøæ', [0.479, 0.479, 0.527, 0.498, 0.525, 0.527, 0.773]],
  ['ÅÄÖÉÜØÆ', [0.579, 0.579, 0.662, 0.488, 0.642, 0.662, 0.758]],
];
const EMS = (() => {
  const table = new Float32Array(0x2200).fill(0.5);
  for (const [chars, ems] of WIDTHS) [...chars].forEach((ch, i) => (table[ch.charCodeAt(0)] = ems[i]!));
  return table;
})();

/** lineCount as it was, summing Float32 widths in doubles character by character. */
function floatLineCount(text: string, size: number, width: number): number {
  const limit = width / (size * 10);
  let lines = 1;
  let x = 0;
  let word = 0;
  const endWord = (): void => {
    if (word === 0) return;
    const space = x > 0 ? 0.226 : 0;
    if (x + space + word <= limit) x += space + word;
    else {
      if (x > 0) lines++;
      lines += Math.max(0, Math.ceil(word / limit) - 1);
      x = word % limit || limit;
    }
    word = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) endWord();
    else if (code === 0x0a) {
      endWord();
      lines++;
      x = 0;
    } else word += code < 0x2200 ? EMS[code]! : 0.5;
  }
  endWord();
  return lines;
}

const letters = WIDTHS.map(([chars]) => chars).join('');
const char = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...letters) },
  { weight: 3, arbitrary: fc.constant(' ') },
  { weight: 1, arbitrary: fc.constantFrom('\n', '\t', '\u00a0', '€', '中', '\u2200', '\ud83d') },
);
const texts = fc.oneof(
  fc.array(char, { maxLength: 400 }).map((c) => c.join('')),
  // Long words, wider than a line, and runs of one character, where float sums drift most.
  fc.tuple(fc.constantFrom(...letters), fc.integer({ min: 1, max: 3000 })).map(([ch, n]) => ch.repeat(n)),
);

describe('lineCount', () => {
  it('counts the lines summing the widths as floats did, for any text, size and width', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(20, 22, 24, 26, 32, 52), fc.double({ min: 200, max: 12000, noNaN: true }), (text, size, width) => lineCount(text, size, width) === floatLineCount(text, size, width)),
      { numRuns: 5000 },
    );
  });

  it('counts the same on widths that a word of equal letters just fills', () => {
    // Each letter repeated to exactly the width its sum reaches, where `<=` decides.
    for (const [chars, ems] of WIDTHS)
      [...chars].forEach((ch, i) => {
        for (const n of [1, 7, 40, 333]) {
          let sum = 0;
          for (let k = 0; k < n; k++) sum += Math.fround(ems[i]!);
          for (const size of [20, 22]) {
            const width = sum * size * 10;
            for (const text of [ch.repeat(n), `${ch.repeat(n)} ${ch}`, `x ${ch.repeat(n)}`]) expect(lineCount(text, size, width)).toBe(floatLineCount(text, size, width));
          }
        }
      });
  });
});

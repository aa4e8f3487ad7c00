import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWhiteSpace, longestWordLength, trimmedLength } from '../../../shared/export/docx/word-lengths.ts';

/**
 * The column widths' text lengths (shared/export/docx/word-lengths.ts) are
 * counted in a loop instead of with `split(/\s+/)` and `trim()`: the same
 * answers for any text, white space of every kind included.
 */

/** Every code unit `\s` matches, and some near them that it does not. */
const SPACES = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2005, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
const NEAR = [0x08, 0x0e, 0x1f, 0x21, 0x85, 0x9f, 0xa1, 0x180e, 0x1fff, 0x200b, 0x200c, 0x2027, 0x202a, 0x2060, 0x2fff, 0x3001, 0xfeff - 1, 0xd800, 0xdfff];
const char = fc.oneof(
  fc.constantFrom(...[...SPACES, ...NEAR].map((c) => String.fromCharCode(c))),
  fc.constantFrom('a', 'Z', 'é', '–', '’', '0', '.'),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
);
const texts = fc.array(char, { maxLength: 60 }).map((chars) => chars.join(''));

describe('word lengths of cell text', () => {
  it('takes for white space what \\s takes, code unit by code unit', () => {
    for (let code = 0; code <= 0xffff; code++) expect(isWhiteSpace(code), code.toString(16)).toBe(/\s/.test(String.fromCharCode(code)));
  });

  it('finds the longest word as split(/\\s+/) does, up to a cap', () => {
    fc.assert(fc.property(texts, (text) => longestWordLength(text) === text.split(/\s+/).reduce((max, word) => Math.max(max, word.length), 0)), { numRuns: 3000 });
    fc.assert(fc.property(texts, fc.integer({ min: 0, max: 30 }), (text, cap) => longestWordLength(text, cap) === Math.min(cap, longestWordLength(text))), { numRuns: 3000 });
    expect(longestWordLength('')).toBe(0);
    expect(longestWordLength('abcdef ghi', 4)).toBe(4);
    expect(longestWordLength('abc ghi', 4)).toBe(3);
    expect(longestWordLength('  a\u00a0bcd\u2028ef  ')).toBe(3);
  });

  it('measures the text trimmed as trim() does', () => {
    fc.assert(fc.property(texts, (text) => trimmedLength(text) === text.trim().length), { numRuns: 3000 });
    expect(trimmedLength('\ufeff  x y \u3000')).toBe(3);
    expect(trimmedLength(' \t\n')).toBe(0);
  });
});

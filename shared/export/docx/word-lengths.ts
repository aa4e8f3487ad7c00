/**
 * Lengths the column widths (column-widths.ts) read of a cell's text: its
 * longest word and its length trimmed, counted in one pass over the text.
 * `text.split(/\s+/)` and `text.trim()` made a string per word and per cell
 * of a 500-cookie policy's thousands of cells; the answers are the same
 * (test/unit/export/docx-word-lengths.test.ts compares them).
 */

/** Whether a UTF-16 code unit is what `\s` and `String.prototype.trim` take for white space: WhiteSpace and LineTerminator of ECMAScript. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * The length of the longest run of characters that are not white space (of
 * the longest of `text.split(/\s+/)`), or `cap` when that is shorter: the
 * column widths count a word up to a cap, so the loop stops there.
 */
export function longestWordLength(text: string, cap = Infinity): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Printable ASCII and Latin-1 letters, most of a policy's text, without the call.
    if ((code > 0x20 && code < 0x7f) || (code > 0xa0 && code < 0x1680) || !isWhiteSpace(code)) {
      if (++run > longest && (longest = run) >= cap) return cap;
    } else run = 0;
  }
  return longest;
}

/** The regular expressions `\S{n}`, by `n`, made as the column widths (column-widths.ts) ask for them. */
const wordsOf: RegExp[] = [];

/**
 * Whether `text` has a word (a run of characters that are not white space)
 * of at least `length` characters: `longestWordLength(text) >= length`,
 * answered by the regular expression engine's native scan rather than a
 * loop over the characters, which the CLI's interpreter runs at a fraction
 * of the speed; most cells of a table have no word longer than its column's
 * longest so far, and need no more.
 */
export function hasWordOf(text: string, length: number): boolean {
  if (length <= 0) return true;
  return (wordsOf[length] ??= new RegExp(`\\S{${length}}`)).test(text);
}

/** `text.trim().length`, without the trimmed string. */
export function trimmedLength(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end - start;
}

import type { DocNode } from '../document/types.ts';

/** Whether a character code is whitespace to `\s` in a regular expression (ECMAScript WhiteSpace and LineTerminator). */
function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Where the text under `node`, read backwards, settles what it ends with: true for a colon, false for any other character, undefined for only whitespace so far. */
function endsInColon(node: DocNode): boolean | undefined {
  if (node.type === 'text') {
    const text = node.text ?? '';
    for (let i = text.length - 1; i >= 0; i--) {
      const c = text.charCodeAt(i);
      if (!isSpaceCode(c)) return c === 0x3a || c === 0xff1a;
    }
    return undefined;
  }
  // A hard break counts as a space.
  if (node.type === 'hardBreak') return undefined;
  const content = node.content ?? [];
  for (let i = content.length - 1; i >= 0; i--) {
    const found = endsInColon(content[i]!);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * A paragraph that introduces what follows it ("… are:", "… kontakta oss:"):
 * its text ends with a colon (ASCII or fullwidth), whitespace after it
 * aside. Printed formats keep it on the page of what it introduces (CSS
 * `break-after: avoid` in the PDF, keep-with-next in Word). Read from the
 * end of the paragraph rather than by a regular expression on its plain
 * text, which copied the text of every paragraph of a large policy once more.
 */
export function isLeadIn(node: DocNode): boolean {
  return node.type === 'paragraph' && endsInColon(node) === true;
}

/**
 * Where a JSON text first breaks the grammar, and what was expected there.
 * `JSON.parse` says where only for some errors ("Unexpected end of JSON
 * input" has no position; "Unexpected token" quotes the file instead), and
 * its wording differs between engines; this scanner gives every syntax error
 * an offset and a sentence of our own. It keeps its own stack, so nesting
 * depth cannot overflow the call stack.
 */

export interface JsonSyntaxError {
  /** Offset in UTF-16 code units, as `text.slice` counts. */
  offset: number;
  message: string;
}

/** `line L, column C` (both from 1) of `offset`, so the user can find it in a text editor. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** A character as an error line may show it: printable ones quoted, others as U+XXXX. */
export function showChar(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the file';
  const code = ch.codePointAt(0) ?? 0;
  if (code > 0x20 && code < 0x7f) return `"${ch}"`;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

type Frame = 'object' | 'array';

/** The first syntax error in `text`, or null when it is well-formed JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const stack: Frame[] = [];
  const fail = (message: string, at = i): JsonSyntaxError => ({ offset: at, message: `${message}, found ${showChar(text[at])}` });
  const skipSpace = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  };

  const scanString = (): JsonSyntaxError | null => {
    const start = i;
    i++; // opening quote
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"') {
        i++;
        return null;
      }
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail('expected four hex digits after \\u', i + 2);
          i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) return fail('expected an escape (\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX) after a backslash', i + 1);
        i += 2;
        continue;
      }
      if (ch.charCodeAt(0) < 0x20) return fail('expected the text to continue on the same line (write a line break as \\n)');
      i++;
    }
    return { offset: start, message: 'expected a closing double quote for the text that starts here, found the end of the file' };
  };

  const scanNumber = (): JsonSyntaxError | null => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0] === '-') return fail('expected a number');
    i += match[0].length;
    if (/[0-9.eE+-]/.test(text[i] ?? '')) return fail('expected the number to end (no leading zeros, a digit after "." and after "e")');
    return null;
  };

  /** What the scanner expects next: a value, a field (name, colon, value), or what follows one inside a container. */
  let expect = 'value' as 'value' | 'key' | 'after';

  /** A value at `i`; a container pushes a frame and leaves its contents to the loop, so nesting costs no call stack. */
  const scanValue = (): JsonSyntaxError | null => {
    skipSpace();
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      stack.push(ch === '{' ? 'object' : 'array');
      i++;
      skipSpace();
      if (text[i] === (ch === '{' ? '}' : ']')) {
        stack.pop();
        i++;
        expect = 'after';
        return null;
      }
      expect = ch === '{' ? 'key' : 'value';
      return null;
    }
    expect = 'after';
    if (ch === '"') return scanString();
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return scanNumber();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return null;
      }
    }
    return fail('expected a value (a "text", a number, true, false, null, an {object} or a [list])');
  };

  const scanKey = (): JsonSyntaxError | null => {
    skipSpace();
    if (text[i] !== '"') return fail('expected a field name in double quotes');
    const error = scanString();
    if (error) return error;
    skipSpace();
    if (text[i] !== ':') return fail('expected ":" after the field name');
    i++;
    expect = 'value';
    return null;
  };

  let error: JsonSyntaxError | null = null;
  do {
    if (expect === 'value') {
      error = scanValue();
      continue;
    }
    if (expect === 'key') {
      error = scanKey();
      continue;
    }
    skipSpace();
    const frame = stack[stack.length - 1]!;
    const close = frame === 'object' ? '}' : ']';
    if (text[i] === close) {
      stack.pop();
      i++;
      continue;
    }
    if (text[i] !== ',') {
      error = fail(frame === 'object' ? 'expected "," or "}" after a field' : 'expected "," or "]" after a list item');
      break;
    }
    i++;
    skipSpace();
    if (text[i] === close) {
      error = fail(frame === 'object' ? 'expected another field after ","; delete the last comma' : 'expected another item after ","; delete the last comma');
      break;
    }
    expect = frame === 'object' ? 'key' : 'value';
  } while (error === null && (stack.length > 0 || (expect as string) !== 'after'));
  if (error) return error;
  skipSpace();
  if (i < text.length) return fail('expected the end of the file after the closing bracket');
  return null;
}

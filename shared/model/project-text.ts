import type { ProjectError } from './errors.ts';

/** The UTF-8 byte-order mark some Windows editors put first; JSON.parse rejects it, so it is dropped on reading. */
export const UTF8_BOM = '\uFEFF';

/** `text` without a leading byte-order mark: the CLI and the app read a file with one alike. */
export function stripBom(text: string): string {
  return text.startsWith(UTF8_BOM) ? text.slice(1) : text;
}

/**
 * Offset of the first byte that is not part of well-formed UTF-8 (RFC 3629:
 * no overlong forms, no surrogates, nothing above U+10FFFF), or -1.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

export type DecodeResult = { ok: true; text: string } | { ok: false; error: ProjectError };

/**
 * The text of a project file's bytes. Anything but UTF-8 is refused with the
 * byte offset of the first bad byte, rather than read with U+FFFD in place of
 * the user's characters and saved that way; a byte-order mark is dropped.
 */
export function decodeProjectBytes(bytes: Uint8Array): DecodeResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, error: { path: '(file)', message: 'expected UTF-8 text, but the file is UTF-16: save it as UTF-8 in your text editor' } };
  }
  // The platform's decoder refuses what firstInvalidUtf8 refuses (WHATWG UTF-8: no overlong forms, surrogates or
  // code points above U+10FFFF), natively: a large project's 1 MB decode without a byte-by-byte scan in JavaScript.
  // The scan only runs to say where a refused file goes wrong.
  try {
    return { ok: true, text: stripBom(STRICT_UTF8.decode(bytes)) };
  } catch {
    // Not UTF-8: found and reported below.
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const line = bytes.subarray(0, bad).reduce((n, b) => (b === 0x0a ? n + 1 : n), 1);
    const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return { ok: false, error: { path: '(file)', message: `expected UTF-8 text, but byte ${bad} (line ${line}) is 0x${hex}, which UTF-8 does not allow there: save the file as UTF-8 in your text editor` } };
  }
  return { ok: true, text: stripBom(new TextDecoder('utf-8').decode(bytes)) };
}

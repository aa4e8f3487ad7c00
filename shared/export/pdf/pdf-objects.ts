/**
 * The PDF object syntax (ISO 32000-1 §7.3) as far as the PDF post-processing
 * needs it: reading the dictionaries of a printed PDF (catalog, pages,
 * destinations, document information) and writing new ones. Text is handled
 * as a byte string, one character per byte, so offsets are byte offsets.
 * Stream data is never decoded: only the dictionary before it is read.
 */

export interface PdfName {
  kind: 'name';
  name: string;
}

/** A string object, as its bytes (one character per byte). */
export interface PdfString {
  kind: 'string';
  bytes: string;
}

export interface PdfRef {
  kind: 'ref';
  num: number;
  gen: number;
}

export interface PdfDict {
  kind: 'dict';
  entries: Map<string, PdfValue>;
}

export type PdfValue = null | boolean | number | PdfName | PdfString | PdfRef | PdfDict | PdfValue[];

/** Raised when a file is not the PDF the reader expects; the message says where. */
export class PdfFormatError extends Error {
  constructor(message: string) {
    super(`PDF: ${message}`);
    this.name = 'PdfFormatError';
  }
}

export const pdfName = (name: string): PdfName => ({ kind: 'name', name });
export const pdfRef = (num: number, gen = 0): PdfRef => ({ kind: 'ref', num, gen });
export const pdfDict = (entries: Iterable<[string, PdfValue]>): PdfDict => ({ kind: 'dict', entries: new Map(entries) });

/**
 * A text string as PDF wants it for metadata and outlines: ASCII as is,
 * anything else as UTF-16BE with a byte order mark (§7.9.2.2).
 */
export function pdfTextString(text: string): PdfString {
  if (/^[\x20-\x7e]*$/.test(text)) return { kind: 'string', bytes: text };
  let bytes = '\xfe\xff';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes += String.fromCharCode(unit >> 8, unit & 0xff);
  }
  return { kind: 'string', bytes };
}

/** A text string's value: UTF-16BE when it starts with a byte order mark, else PDFDocEncoding (read as Latin-1, which agrees on letters). */
export function decodePdfText(value: PdfString): string {
  const { bytes } = value;
  if (!bytes.startsWith('\xfe\xff')) return bytes;
  let text = '';
  for (let i = 2; i + 1 < bytes.length; i += 2) text += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
  return text;
}

export const isName = (v: PdfValue | undefined, name?: string): v is PdfName => typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'name' && (name === undefined || v.name === name);
export const isRef = (v: PdfValue | undefined): v is PdfRef => typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'ref';
export const isDict = (v: PdfValue | undefined): v is PdfDict => typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'dict';
export const isString = (v: PdfValue | undefined): v is PdfString => typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'string';

/** The characters windows-1252 (the WHATWG "latin1" decoder) gives bytes 0x80–0x9F, mapped back to the bytes. */
const CP1252_BYTES: ReadonlyMap<string, string> = new Map(
  [...'\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178'].map((ch, i) => [
    ch,
    String.fromCharCode([0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f][i]!),
  ]),
);

/** A decoded character back to its byte. */
const byteOf = (ch: string): string => (ch.charCodeAt(0) < 0x100 ? ch : (CP1252_BYTES.get(ch) ?? ch));

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set('()<>[]{}/%'.split('').map((c) => c.charCodeAt(0)));

/** Reads PDF objects from a byte string, from a position on. */
export class PdfLexer {
  constructor(
    readonly text: string,
    public pos = 0,
  ) {}

  /** Skips white space and comments. */
  skipSpace(): void {
    const { text } = this;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (WHITESPACE.has(c)) this.pos++;
      else if (c === 0x25 /* % */) {
        while (this.pos < text.length && text[this.pos] !== '\n' && text[this.pos] !== '\r') this.pos++;
      } else break;
    }
  }

  /** The next regular word (number, keyword) without consuming it, or '' at a delimiter. */
  private peekWord(from = this.pos): string {
    let end = from;
    while (end < this.text.length) {
      const c = this.text.charCodeAt(end);
      if (WHITESPACE.has(c) || DELIMITERS.has(c)) break;
      end++;
    }
    return this.text.slice(from, end);
  }

  /** Consumes `keyword` (such as `obj`, `stream`) if it comes next; says whether it did. */
  keyword(keyword: string): boolean {
    this.skipSpace();
    if (this.peekWord() !== keyword) return false;
    this.pos += keyword.length;
    return true;
  }

  /** One object: a number or reference, name, string, array, dictionary, boolean or null. */
  value(): PdfValue {
    this.skipSpace();
    const { text } = this;
    const c = text[this.pos];
    if (c === undefined) throw new PdfFormatError(`unexpected end of file at ${this.pos}`);
    if (c === '/') return this.name();
    if (c === '(') return this.literalString();
    if (c === '[') {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (text[this.pos] === ']') {
          this.pos++;
          return items;
        }
        items.push(this.value());
      }
    }
    if (c === '<') {
      if (text[this.pos + 1] !== '<') return this.hexString();
      this.pos += 2;
      const entries = new Map<string, PdfValue>();
      for (;;) {
        this.skipSpace();
        if (text.startsWith('>>', this.pos)) {
          this.pos += 2;
          return { kind: 'dict', entries };
        }
        const key = this.value();
        if (!isName(key)) throw new PdfFormatError(`a dictionary key is not a name at ${this.pos}`);
        entries.set(key.name, this.value());
      }
    }
    const word = this.peekWord();
    if (word === '') throw new PdfFormatError(`unexpected "${c}" at ${this.pos}`);
    this.pos += word.length;
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    const number = Number(word);
    if (!Number.isFinite(number)) throw new PdfFormatError(`unexpected "${word}" at ${this.pos - word.length}`);
    // "12 0 R" is a reference: look ahead for the generation and the R.
    if (Number.isInteger(number) && number >= 0) {
      const save = this.pos;
      this.skipSpace();
      const gen = this.peekWord();
      if (/^\d+$/.test(gen)) {
        this.pos += gen.length;
        this.skipSpace();
        if (this.peekWord() === 'R') {
          this.pos += 1;
          return { kind: 'ref', num: number, gen: Number(gen) };
        }
      }
      this.pos = save;
    }
    return number;
  }

  private name(): PdfName {
    this.pos++;
    const raw = this.peekWord();
    this.pos += raw.length;
    return { kind: 'name', name: raw.replace(/#([0-9a-fA-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) };
  }

  private hexString(): PdfString {
    const end = this.text.indexOf('>', this.pos);
    if (end < 0) throw new PdfFormatError(`unterminated hex string at ${this.pos}`);
    const hex = this.text.slice(this.pos + 1, end).replace(/[^0-9a-fA-F]/g, '');
    this.pos = end + 1;
    let bytes = '';
    for (let i = 0; i < hex.length; i += 2) bytes += String.fromCharCode(parseInt(hex.slice(i, i + 2).padEnd(2, '0'), 16));
    return { kind: 'string', bytes };
  }

  private literalString(): PdfString {
    const { text } = this;
    let depth = 0;
    let bytes = '';
    this.pos++;
    const escapes: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
    while (this.pos < text.length) {
      const ch = text[this.pos++]!;
      if (ch === '\\') {
        const next = text[this.pos++] ?? '';
        if (next in escapes) bytes += escapes[next];
        else if (/[0-7]/.test(next)) {
          let octal = next;
          while (octal.length < 3 && /[0-7]/.test(text[this.pos] ?? '')) octal += text[this.pos++];
          bytes += String.fromCharCode(parseInt(octal, 8) & 0xff);
        } else if (next === '\r') {
          if (text[this.pos] === '\n') this.pos++;
        } else if (next !== '\n') bytes += next;
      } else if (ch === '(') {
        depth++;
        bytes += ch;
      } else if (ch === ')') {
        if (depth === 0) return { kind: 'string', bytes };
        depth--;
        bytes += ch;
      } else bytes += byteOf(ch);
    }
    throw new PdfFormatError('unterminated string');
  }
}

function writeString(value: PdfString): string {
  // Printable ASCII as a literal string, anything else in hex: both are plain ASCII in the file.
  if (/^[\x20-\x7e]*$/.test(value.bytes)) return `(${value.bytes.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  let hex = '';
  for (let i = 0; i < value.bytes.length; i++) hex += value.bytes.charCodeAt(i).toString(16).padStart(2, '0');
  return `<${hex.toUpperCase()}>`;
}

function writeName(name: string): string {
  return `/${name.replace(/[^!-~]|[#()<>[\]{}/%]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}`;
}

/** An object in PDF syntax, all ASCII. */
export function writePdfValue(value: PdfValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Math.round(value * 100_000) / 100_000);
  if (Array.isArray(value)) return `[${value.map(writePdfValue).join(' ')}]`;
  switch (value.kind) {
    case 'name':
      return writeName(value.name);
    case 'string':
      return writeString(value);
    case 'ref':
      return `${value.num} ${value.gen} R`;
    case 'dict':
      return `<<${[...value.entries].map(([k, v]) => `${writeName(k)} ${writePdfValue(v)}`).join('\n')}>>`;
  }
}

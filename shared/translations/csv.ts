import { DOCUMENT_LANGUAGES, isDocumentLanguage, type DocumentLanguage } from '../model/languages.ts';
import type { ReturnedBatch, TranslationBatch } from './units.ts';

/**
 * CSV for translators who work in a spreadsheet: RFC 4180 (CRLF between
 * records, fields quoted when they hold a comma, quote or line break, quotes
 * doubled), UTF-8 with a byte-order mark so that Excel reads it as UTF-8.
 * One row per field; the target text column is the one to fill in.
 */

export const CSV_COLUMNS = ['path', 'source language', 'source text', 'source hash', 'target language', 'target text', 'previous translation'] as const;
const REQUIRED = ['path', 'source language', 'source hash', 'target language', 'target text'] as const;

export class CsvError extends Error {}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first:
 * OWASP's CSV injection list) is written with a leading apostrophe, which
 * spreadsheets show as text; `readCsv` takes it off again.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** True for a text that needs the apostrophe: formula-like, or already starting with apostrophes before one (so that those survive too). */
function needsGuard(value: string): boolean {
  return FORMULA_START.test(value) || (value.startsWith("'") && needsGuard(value.slice(1)));
}

function field(value: string): string {
  const safe = needsGuard(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The text of a cell written by `field`: without the apostrophe that kept a formula-like text inert. */
function unfield(value: string): string {
  return value.startsWith("'") && needsGuard(value.slice(1)) ? value.slice(1) : value;
}

/** The CSV text of a batch, starting with a byte-order mark. */
export function writeCsv(batch: TranslationBatch): string {
  const rows = [CSV_COLUMNS.map(field).join(',')];
  for (const u of batch.units) {
    rows.push([u.path, batch.srcLang, u.source, u.sourceHash, batch.trgLang, u.target ?? '', u.previous ?? ''].map(field).join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/**
 * Splits CSV text into records (RFC 4180; LF alone also ends a record, as
 * some spreadsheets write). Line breaks inside quoted fields are kept as
 * written. Throws CsvError for a stray or unterminated quote.
 */
export function parseCsvRecords(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  let line = 1;
  for (;;) {
    let value = '';
    if (text[i] === '"') {
      const startLine = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new CsvError(`a quoted field opened on line ${startLine} is never closed`);
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') line++;
        value += c;
        i++;
      }
      if (i < text.length && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') throw new CsvError(`line ${line}: text after a closing quote; a quote inside a field is written twice ("")`);
    } else {
      while (i < text.length && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new CsvError(`line ${line}: a quote inside an unquoted field; quote the whole field and write the quote twice ("")`);
        value += text[i];
        i++;
      }
    }
    record.push(value);
    if (i >= text.length) break;
    if (text[i] === delimiter) {
      i++;
      continue;
    }
    // A record ends at CRLF, LF or a lone CR.
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line++;
    records.push(record);
    record = [];
    if (i >= text.length) return records;
  }
  records.push(record);
  return records;
}

/** The separator of the header row: a comma, or the semicolon or tab that spreadsheets in some locales save with. */
function detectDelimiter(header: string): string {
  for (const d of [',', ';', '\t']) if (header.split(d).map((h) => h.trim().replace(/^"|"$/g, '').toLowerCase()).includes('target text')) return d;
  throw new CsvError(`the first row must name the columns (${REQUIRED.join(', ')})`);
}

/** Reads a translations CSV written by `writeCsv` and filled in by a translator. Columns are found by their header, in any order. */
export function readCsv(input: string): ReturnedBatch {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const records = parseCsvRecords(text, detectDelimiter(firstLine)).filter((r) => !(r.length === 1 && r[0]!.trim() === ''));
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  const column = new Map<string, number>();
  for (const name of REQUIRED) {
    const at = header.indexOf(name);
    if (at < 0) throw new CsvError(`the first row has no "${name}" column; expected ${CSV_COLUMNS.join(', ')}`);
    column.set(name, at);
  }
  const cell = (row: string[], name: (typeof REQUIRED)[number]): string => row[column.get(name)!] ?? '';
  let srcLang: DocumentLanguage | undefined;
  let trgLang: DocumentLanguage | undefined;
  const units = records.slice(1).map((row, i) => {
    const where = `row ${i + 2}`;
    const src = lang(cell(row, 'source language'), where, 'source language');
    const trg = lang(cell(row, 'target language'), where, 'target language');
    if ((srcLang !== undefined && src !== srcLang) || (trgLang !== undefined && trg !== trgLang)) throw new CsvError(`${where}: every row must translate from the same language into the same language`);
    srcLang = src;
    trgLang = trg;
    const path = cell(row, 'path').trim();
    if (path === '') throw new CsvError(`${where}: the path is empty`);
    const target = unfield(cell(row, 'target text'));
    return { path, sourceHash: cell(row, 'source hash').trim(), target: target === '' ? undefined : target };
  });
  if (srcLang === undefined || trgLang === undefined) throw new CsvError('the file has no rows to import');
  return { srcLang, trgLang, units };
}

function lang(value: string, where: string, what: string): DocumentLanguage {
  const base = value.trim().split(/[-_]/)[0]!.toLowerCase();
  if (!isDocumentLanguage(base)) throw new CsvError(`${where}: the ${what} "${value}" is not one of ${DOCUMENT_LANGUAGES.join(', ')}`);
  return base;
}

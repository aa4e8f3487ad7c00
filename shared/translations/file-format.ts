import { readCsv, writeCsv, CsvError } from './csv.ts';
import type { ReturnedBatch, TranslationBatch } from './units.ts';
import { readXliff, writeXliff } from './xliff.ts';
import { XmlError } from './xml.ts';

/** The translators' file formats: XLIFF 2.0 for translation tools, CSV for spreadsheets. */
export const TRANSLATION_FORMATS = ['xliff', 'csv'] as const;
export type TranslationFormat = (typeof TRANSLATION_FORMATS)[number];

export function isTranslationFormat(value: string): value is TranslationFormat {
  return (TRANSLATION_FORMATS as readonly string[]).includes(value);
}

/** The format a file name suggests (`de.csv` → csv, `de.xlf` → xliff), or undefined. */
export function formatForFileName(name: string): TranslationFormat | undefined {
  if (/\.(csv|tsv)$/i.test(name)) return 'csv';
  if (/\.(xlf|xliff|xlf2)$/i.test(name)) return 'xliff';
  return undefined;
}

/** The usual file extension of a format. */
export function extensionFor(format: TranslationFormat): string {
  return format === 'xliff' ? 'xlf' : 'csv';
}

/** Why a translations file could not be read, in one line. */
export class TranslationFileError extends Error {}

/** The bytes of a translations file in `format`; `fileId` names the project in XLIFF. */
export function writeTranslationFile(batch: TranslationBatch, format: TranslationFormat, fileId?: string): Uint8Array {
  return new TextEncoder().encode(format === 'xliff' ? writeXliff(batch, fileId) : writeCsv(batch));
}

/**
 * Text from a file's bytes: UTF-8 (with or without a byte-order mark), or
 * UTF-16 with its mark (what spreadsheets save as "Unicode text"). Anything
 * else is refused rather than guessed.
 */
function decode(bytes: Uint8Array): string {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new TranslationFileError('the file is not UTF-8 text; save it as UTF-8 (in a spreadsheet: "CSV UTF-8")');
  }
}

/** Reads a translations file of either format, told apart by its content. Throws TranslationFileError in one line. */
export function readTranslationFile(bytes: Uint8Array): ReturnedBatch {
  const text = decode(bytes);
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new TranslationFileError('the file is empty');
  try {
    return text.replace(/^\uFEFF/, '').trimStart().startsWith('<') ? readXliff(text) : readCsv(text);
  } catch (error) {
    if (error instanceof XmlError || error instanceof CsvError) throw new TranslationFileError(error.message);
    throw error;
  }
}

import { hashString } from '../document/hash.ts';
import type { DocumentLanguage } from './languages.ts';
import type { LocalizedText, TranslatedText } from './schema.ts';

type Entry = string | TranslatedText;

const entryText = (entry: Entry | undefined): string | undefined => (entry === undefined ? undefined : typeof entry === 'string' ? entry : entry.text);

/** Each language's text of a per-language value, in the order written. */
function entries(value: Exclude<LocalizedText, string>): [DocumentLanguage, Entry][] {
  return (Object.entries(value) as [DocumentLanguage, Entry | undefined][]).filter((e): e is [DocumentLanguage, Entry] => e[1] !== undefined);
}

/**
 * The text to show in a document of `lang`. A per-language value without that
 * language falls back to the first one given: the document still says
 * something true rather than nothing, and `translationState` reports the gap
 * so that no export mixes languages silently.
 */
export function textFor(value: LocalizedText, lang: DocumentLanguage): string {
  if (typeof value === 'string') return value;
  const exact = entryText(value[lang]);
  if (exact !== undefined) return exact;
  return entryText(entries(value)[0]?.[1]) ?? '';
}

/** The exact text for `lang`, or undefined when that language has none (a plain string belongs to `primary`). */
export function exactTextFor(value: LocalizedText, lang: DocumentLanguage, primary: DocumentLanguage): string | undefined {
  if (typeof value === 'string') return lang === primary ? value : undefined;
  return entryText(value[lang]);
}

/** True when the value has its own text for `lang` (plain text counts for `primary` only). */
export function hasTextFor(value: LocalizedText, lang: DocumentLanguage, primary: DocumentLanguage): boolean {
  return exactTextFor(value, lang, primary) !== undefined;
}

/**
 * Where one language of a free text stands:
 * - `source`: written in this language;
 * - `translated`: translated from a language whose text has not changed since;
 * - `stale`: translated, but its source text changed afterwards;
 * - `missing`: no text in this language (a document would fall back to another).
 */
export type TranslationState = 'source' | 'translated' | 'stale' | 'missing';

export function translationState(value: LocalizedText, lang: DocumentLanguage, primary: DocumentLanguage): TranslationState {
  if (typeof value === 'string') return lang === primary ? 'source' : 'missing';
  const entry = value[lang];
  if (entry === undefined) return 'missing';
  if (typeof entry === 'string') return 'source';
  const source = entryText(value[entry.from]);
  return source !== undefined && hashString(source) === entry.sourceHash ? 'translated' : 'stale';
}

/** A translation of `value`'s text in `from` into `lang`, remembering the source's hash. */
export function withTranslation(value: LocalizedText, lang: DocumentLanguage, text: string, from: DocumentLanguage, primary: DocumentLanguage): LocalizedText {
  const record = toRecord(value, primary);
  const source = entryText(record[from]);
  if (source === undefined || from === lang) return withSourceText(value, lang, text, primary);
  return { ...record, [lang]: { text, from, sourceHash: hashString(source) } };
}

/**
 * `value` with `lang`'s text written (not translated) as `text`. Other
 * languages keep their translations: those made from `lang` now read stale.
 * An empty text removes that language, unless it is the only one.
 */
export function withSourceText(value: LocalizedText | undefined, lang: DocumentLanguage, text: string, primary: DocumentLanguage): LocalizedText {
  if (value === undefined || (typeof value === 'string' && (lang === primary || value === ''))) return text;
  const record = toRecord(value, primary);
  if (text === '') {
    const rest = { ...record };
    delete rest[lang];
    return Object.keys(rest).length > 0 ? rest : '';
  }
  return { ...record, [lang]: text };
}

function toRecord(value: LocalizedText, primary: DocumentLanguage): Partial<Record<DocumentLanguage, Entry>> {
  return typeof value === 'string' ? { [primary]: value } : { ...value };
}

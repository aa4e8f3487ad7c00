import { hashString } from '../../shared/document/hash.ts';
import { exactTextFor, textFor, translationState, withSourceText, withTranslation, type DocumentLanguage, type LocalizedText, type TranslationState } from '../../shared/model/index.ts';

/**
 * Editing a LocalizedText field in language `lang`, from the form or the
 * translation view:
 * - in the project's first language (`primary`), the text typed is the
 *   source text. Translations made from it keep their source hash, so they
 *   now read stale. A text another language holds as its own (written
 *   alongside, as the starters' Swedish) was in step with the old source,
 *   so it becomes a translation of that old text: stale too. Nothing is
 *   silently kept.
 * - in another language, with a source text to translate from, the text is
 *   a translation of the source (remembering the source's hash), so a later
 *   change of the source marks it stale.
 * Emptying a language's text removes that language.
 */
export function setLocalized(value: LocalizedText | undefined, text: string, lang: DocumentLanguage, primary: DocumentLanguage): LocalizedText {
  const source = value === undefined ? undefined : exactTextFor(value, primary, primary);
  if (lang !== primary) {
    return value !== undefined && source !== undefined && text !== '' ? withTranslation(value, lang, text, primary, primary) : withSourceText(value, lang, text, primary);
  }
  const next = withSourceText(value, lang, text, primary);
  if (source === undefined || source === text || typeof next === 'string') return next;
  const sourceHash = hashString(source);
  const out: Exclude<LocalizedText, string> = { ...next };
  for (const [other, entry] of Object.entries(next) as [DocumentLanguage, (typeof next)[DocumentLanguage]][]) {
    if (other !== primary && typeof entry === 'string') out[other] = { text: entry, from: primary, sourceHash };
  }
  return out;
}

/** The text to edit for `lang`: exact text only (a missing translation shows empty, with the fallback as placeholder). */
export function localizedForEdit(value: LocalizedText | undefined, lang: DocumentLanguage, primary?: DocumentLanguage): { text: string; fallback: string } {
  if (value === undefined) return { text: '', fallback: '' };
  if (typeof value === 'string') return primary === undefined || lang === primary ? { text: value, fallback: '' } : { text: '', fallback: value };
  const exact = exactTextFor(value, lang, lang);
  if (exact !== undefined) return { text: exact, fallback: '' };
  return { text: '', fallback: textFor(value, lang) };
}

/** Where `lang`'s text of a field stands, and the source text a translator needs beside a missing or stale one. */
export interface TranslationNote {
  state: TranslationState;
  /** The language translated from (stale) or the one a document would fall back to (missing). */
  sourceLang: DocumentLanguage | null;
  /** That language's text now. */
  sourceText: string;
}

/** The state of `lang`'s text and, when it is missing or stale, the source text to show beside it. */
export function translationNote(value: LocalizedText | undefined, lang: DocumentLanguage, primary: DocumentLanguage): TranslationNote {
  if (value === undefined) return { state: lang === primary ? 'source' : 'missing', sourceLang: null, sourceText: '' };
  const state = translationState(value, lang, primary);
  if (state === 'source' || state === 'translated') return { state, sourceLang: null, sourceText: '' };
  if (typeof value === 'string') return { state, sourceLang: primary, sourceText: value };
  const entry = value[lang];
  const from = entry !== undefined && typeof entry !== 'string' ? entry.from : exactTextFor(value, primary, primary) !== undefined ? primary : ((Object.keys(value)[0] as DocumentLanguage | undefined) ?? primary);
  return { state, sourceLang: from, sourceText: exactTextFor(value, from, primary) ?? textFor(value, lang) };
}

/** `lang`'s stale translation confirmed as still right for the source as it is now (its source hash renewed). */
export function confirmTranslation(value: LocalizedText, lang: DocumentLanguage, primary: DocumentLanguage): LocalizedText {
  if (typeof value === 'string') return value;
  const entry = value[lang];
  if (entry === undefined || typeof entry === 'string') return value;
  return withTranslation(value, lang, entry.text, entry.from, primary);
}

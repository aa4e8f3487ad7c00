import { exactTextFor, textFor, withSourceText, type DocumentLanguage, type LocalizedText } from '../../shared/model/index.ts';

/**
 * Editing a LocalizedText field in the document pane's language: the text
 * typed is that language's own text (a plain string while it is the
 * project's first language and the only one). Translations made from it
 * keep their source hash, so they now read stale rather than being silently
 * kept; emptying a language's text removes that language.
 */
export function setLocalized(
  value: LocalizedText | undefined,
  text: string,
  lang: DocumentLanguage,
  primary: DocumentLanguage,
): LocalizedText {
  return withSourceText(value, lang, text, primary);
}

/** The text to edit for `lang`: exact text only (a missing translation shows empty, with the fallback as placeholder). */
export function localizedForEdit(value: LocalizedText | undefined, lang: DocumentLanguage, primary?: DocumentLanguage): { text: string; fallback: string } {
  if (value === undefined) return { text: '', fallback: '' };
  if (typeof value === 'string') return primary === undefined || lang === primary ? { text: value, fallback: '' } : { text: '', fallback: value };
  const exact = exactTextFor(value, lang, lang);
  if (exact !== undefined) return { text: exact, fallback: '' };
  return { text: '', fallback: textFor(value, lang) };
}

import type { DocumentLanguage, LocalizedText } from '../../shared/model/index.ts';

/**
 * Editing a LocalizedText field in the document pane's language.
 *
 * Rule (kept simple on purpose): a plain string is "the text in every
 * language". Editing it in the project's first language keeps it a plain
 * string. Editing it in any other language turns it into a per-language
 * value `{ [first]: old, [lang]: new }`. A per-language value is edited in
 * place for the current language; emptying a language's text removes that
 * language (the checklist then reports the gap).
 */
export function setLocalized(
  value: LocalizedText | undefined,
  text: string,
  lang: DocumentLanguage,
  primary: DocumentLanguage,
): LocalizedText {
  if (value === undefined || typeof value === 'string') {
    if (lang === primary || value === undefined || value === '') return text;
    return { [primary]: value, [lang]: text };
  }
  const next: Partial<Record<DocumentLanguage, string>> = { ...value };
  if (text === '' && Object.keys(next).length > 1) delete next[lang];
  else next[lang] = text;
  return next;
}

/** The text to edit for `lang`: exact text only (a missing translation shows empty, with the fallback as placeholder). */
export function localizedForEdit(value: LocalizedText | undefined, lang: DocumentLanguage): { text: string; fallback: string } {
  if (value === undefined) return { text: '', fallback: '' };
  if (typeof value === 'string') return { text: value, fallback: '' };
  const exact = value[lang];
  if (exact !== undefined) return { text: exact, fallback: '' };
  const first = Object.values(value).find((v) => v !== undefined) ?? '';
  return { text: '', fallback: first };
}

import type { DocumentLanguage } from './languages.ts';
import type { LocalizedText } from './schema.ts';

/**
 * The text to show in a document of `lang`. A per-language value without that
 * language falls back to the first one given: the checklist reports the gap,
 * the document still says something true rather than nothing.
 */
export function textFor(value: LocalizedText, lang: DocumentLanguage): string {
  if (typeof value === 'string') return value;
  const exact = value[lang];
  if (exact !== undefined) return exact;
  const first = Object.values(value).find((v) => v !== undefined);
  return first ?? '';
}

/** True when the value needs no translation for `lang` (plain text, or a text for that language). */
export function hasTextFor(value: LocalizedText, lang: DocumentLanguage): boolean {
  return typeof value === 'string' || value[lang] !== undefined;
}

import type { DocumentLanguage } from '../model/languages.ts';
import type { LocalizedText } from '../model/schema.ts';

/**
 * The document languages the interview writes its facts in (purposes,
 * category names, retention …). A project in another language starts from
 * these texts and is translated in the form, like any other fact.
 */
export const INTERVIEW_LANGUAGES = ['en', 'sv'] as const satisfies readonly DocumentLanguage[];
export type InterviewLanguage = (typeof INTERVIEW_LANGUAGES)[number];

/** A fact's text, written natively in each interview language. */
export type FactText = Readonly<Record<InterviewLanguage, string>>;

const isInterviewLanguage = (lang: DocumentLanguage): lang is InterviewLanguage => (INTERVIEW_LANGUAGES as readonly string[]).includes(lang);

/**
 * The text for a project in `languages`: one entry per language the project
 * has and the interview writes, each written in that language (not
 * translated), so no document mixes languages and the form shows the rest as
 * missing. Languages the interview does not write fall back to English.
 */
export function localize(text: Readonly<Partial<Record<DocumentLanguage, string>>>, languages: readonly DocumentLanguage[]): LocalizedText {
  const out: Partial<Record<DocumentLanguage, string>> = {};
  for (const lang of languages) {
    const own = text[lang];
    if (own !== undefined) out[lang] = own;
  }
  if (Object.keys(out).length === 0) {
    const first = languages.find(isInterviewLanguage) ?? 'en';
    out[first] = text[first] ?? text.en ?? '';
  }
  return out;
}

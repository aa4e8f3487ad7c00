import type { DocumentLanguage } from '../../model/languages.ts';

/**
 * The language tag Word expects in `w:lang` for each document language, so
 * Word proofs a Swedish policy in Swedish. Word wants a region; the region is
 * the one a policy in that language is most often written for.
 */
const WORD_LANGUAGE: Readonly<Record<DocumentLanguage, string>> = {
  en: 'en-GB',
  sv: 'sv-SE',
  nb: 'nb-NO',
  da: 'da-DK',
  fi: 'fi-FI',
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
  it: 'it-IT',
  nl: 'nl-NL',
  'pt-BR': 'pt-BR',
  pl: 'pl-PL',
};

/** Word's `w:lang` tag for a document language, such as "sv-SE" for sv. */
export function wordLanguage(lang: DocumentLanguage): string {
  return WORD_LANGUAGE[lang];
}

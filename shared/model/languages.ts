/** Document languages that have a complete set of templates. A test keeps this in step with templates/. */
export const DOCUMENT_LANGUAGES = ['en', 'sv', 'nb', 'da', 'fi', 'de', 'fr', 'es', 'it', 'nl', 'pt-BR', 'pl'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

export function isDocumentLanguage(value: string): value is DocumentLanguage {
  return (DOCUMENT_LANGUAGES as readonly string[]).includes(value);
}

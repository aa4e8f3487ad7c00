import type { DocumentLanguage } from '../model/languages.ts';

/**
 * What an exporter needs besides the document tree: the language, names and
 * dates for headers and footers, and the document language's messages
 * (`document.title`, `document.lastUpdated`, `document.contents`,
 * `document.page`), so exporters never hard-code English.
 */
export interface ExportContext {
  lang: DocumentLanguage;
  /** The name the policy calls the company by (its trading name, else its legal name). */
  companyName: string;
  /** The company's registered legal name: running headers and the author of PDF and Word files, as a lawyer expects. */
  legalName: string;
  /** ISO date of the last update, shown in footers and metadata. */
  lastUpdated: string;
  /** Plain-text message in the document language, `{name}` placeholders filled. */
  message(key: string, params?: Record<string, string>): string;
  /** ISO date → long date in the document language. */
  formatDate(iso: string): string;
}

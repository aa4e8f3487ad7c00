import type { DocumentLanguage } from '../model/languages.ts';

/** A message, optionally with a note for translators where the English is ambiguous. */
export type MessageValue = string | { text: string; note?: string };

/**
 * Everything one document language needs: a template per clause id, shared
 * partials, and the messages (headings, table headers, enum labels). Loaded
 * from `templates/<lang>/` by the Node adapter or bundled by the renderer.
 */
export interface LanguagePack {
  lang: DocumentLanguage;
  clauses: Readonly<Record<string, string>>;
  partials: Readonly<Record<string, string>>;
  messages: Readonly<Record<string, MessageValue>>;
}

export function messageText(value: MessageValue): string {
  return typeof value === 'string' ? value : value.text;
}

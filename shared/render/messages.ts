import { messageText, type LanguagePack } from './language-pack.ts';

/** Raised when a template or exporter asks for a message that its language lacks: never a silent English fallback. */
export class MissingMessageError extends Error {
  constructor(lang: string, key: string) {
    super(`templates/${lang}/messages.json has no message "${key}"`);
  }
}

/** The plain text of message `key` in `pack`, `{name}` placeholders filled from `params`. */
export function formatMessage(pack: LanguagePack, key: string, params: Readonly<Record<string, string>> = {}): string {
  const value = pack.messages[key];
  if (value === undefined) throw new MissingMessageError(pack.lang, key);
  const text = messageText(value);
  return text.includes('{') ? text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole) : text;
}

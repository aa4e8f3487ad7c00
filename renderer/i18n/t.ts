import en from './en.json';

/** A key of the UI message catalogue; every UI language file has the same keys. */
export type MessageKey = keyof typeof en;

type Catalogue = Record<MessageKey, string>;

const catalogues: Record<string, Catalogue> = { en };
let current: Catalogue = en;

/** Switches the UI language (only English ships today; add `<lang>.json` with the same keys to add one). */
export function setUiLanguage(lang: string): void {
  current = catalogues[lang] ?? en;
}

/** The UI string for `key`, with `{name}` placeholders filled from `params`. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = current[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (params[name] !== undefined ? String(params[name]) : match));
}

import en from './en.json';

/** A key of the UI message catalogue; every UI language file has the same keys. */
export type MessageKey = keyof typeof en;

type Catalogue = Record<MessageKey, string>;

const catalogues: Record<string, Catalogue> = { en };
let current: Catalogue = en;
let currentLang = 'en';

/** Switches the UI language (only English ships today; add `<lang>.json` with the same keys to add one). */
export function setUiLanguage(lang: string): void {
  currentLang = catalogues[lang] ? lang : 'en';
  current = catalogues[currentLang] ?? en;
}

/** The UI language's BCP 47 tag, for `Intl` names of countries and languages in the form. */
export function uiLanguage(): string {
  return currentLang;
}

/** The UI string for `key`, with `{name}` placeholders filled from `params`. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = current[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (params[name] !== undefined ? String(params[name]) : match));
}

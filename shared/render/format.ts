import type { DocumentLanguage } from '../model/languages.ts';

/**
 * Locale-aware formatting through Intl, one cached formatter set per
 * language, so no country name or list rule is written by hand.
 */
export interface Formatters {
  country(code: string): string;
  /** `2024-05-01` → "1 May 2024" / "1 maj 2024". */
  date(iso: string): string;
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  plural(n: number): Intl.LDMLPluralRule;
}

const cache = new Map<DocumentLanguage, Formatters>();

export function formatters(lang: DocumentLanguage): Formatters {
  const cached = cache.get(lang);
  if (cached) return cached;
  const regions = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
  const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  const lists = {
    conjunction: new Intl.ListFormat(lang, { type: 'conjunction', style: 'long' }),
    disjunction: new Intl.ListFormat(lang, { type: 'disjunction', style: 'long' }),
  };
  const plurals = new Intl.PluralRules(lang);
  const made: Formatters = {
    country: (code) => regions.of(code) ?? code,
    date: (iso) => dates.format(new Date(`${iso}T00:00:00Z`)),
    list: (items, type = 'conjunction') => lists[type].format(items),
    plural: (n) => plurals.select(n),
  };
  cache.set(lang, made);
  return made;
}

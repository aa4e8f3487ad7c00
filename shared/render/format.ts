import type { DocumentLanguage } from '../model/languages.ts';
import { SequenceMemo } from './memo.ts';

/**
 * Locale-aware formatting through Intl, one cached formatter set per
 * language, so no country name or list rule is written by hand.
 */
export interface Formatters {
  country(code: string): string;
  /** The country as it stands inside a sentence: English writes "in the United States", not "in United States". */
  countryInSentence(code: string): string;
  /** `2024-05-01` → "1 May 2024" / "1 maj 2024". */
  date(iso: string): string;
  /** The first `count` items (all of them when omitted) as a list in running text. */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction', count?: number): string;
  plural(n: number): Intl.LDMLPluralRule;
}

const cache = new Map<string, Formatters>();

/**
 * The locale used for dates and lists: the document language in the
 * company's country ("en-SE" writes "1 September 2026", "en-US" writes
 * "September 1, 2026"), or the bare language when Intl does not know the pair.
 */
export function documentLocale(lang: DocumentLanguage, region?: string): string {
  // A language that names its own region (pt-BR) keeps it: "pt-BR-SE" is no locale.
  if (!region || lang.includes('-')) return lang;
  const tag = `${lang}-${region}`;
  let locale = locales.get(tag);
  if (locale === undefined) {
    // supportedLocalesOf is slow enough to show in the live preview's budget: ask once per pair.
    locale = Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 ? tag : lang;
    locales.set(tag, locale);
  }
  return locale;
}

const locales = new Map<string, string>();

/**
 * The first day of a month as French and Brazilian writers write it, which
 * Intl does not: « 1er décembre 2026 », "1º de dezembro de 2026".
 */
const FIRST_OF_MONTH: Readonly<Partial<Record<string, string>>> = { fr: '1er', 'pt-BR': '1º' };

function formatDate(dates: Intl.DateTimeFormat, lang: DocumentLanguage, date: Date): string {
  const first = FIRST_OF_MONTH[lang];
  if (first === undefined || date.getUTCDate() !== 1) return dates.format(date);
  return dates
    .formatToParts(date)
    .map((part) => (part.type === 'day' ? first : part.value))
    .join('');
}

/**
 * Countries whose English short name takes "the" in running text (the
 * United States, the Netherlands, the Philippines …). Intl gives names
 * without it, which is right for a table cell and wrong in a sentence.
 */
const ENGLISH_THE = new Set('AE BS CD CF CG CK DO FK FO GM KM KY MH MP MV NL PH SB SC TC UM US VG VI GB'.split(' '));

/** Lists formatted are kept up to this many per locale and type: the live preview must not grow the cache with every keystroke. */
const MAX_CACHED_LISTS = 2048;
/** Dates formatted, per locale: a policy states a few, the editor's date fields try a few more. */
const MAX_CACHED_DATES = 1024;

export function formatters(lang: DocumentLanguage, region?: string): Formatters {
  const locale = documentLocale(lang, region);
  const cached = cache.get(locale);
  if (cached) return cached;
  const regions = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const lists = {
    conjunction: new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }),
    disjunction: new Intl.ListFormat(locale, { type: 'disjunction', style: 'long' }),
  };
  const plurals = new Intl.PluralRules(lang);
  // Intl.DisplayNames calls into ICU each time; a policy names the same few countries hundreds of times.
  const names = new Map<string, string>();
  const countryName = (code: string): string => {
    let name = names.get(code);
    if (name === undefined) {
      name = regions.of(code) ?? code;
      names.set(code, name);
    }
    return name;
  };
  // A large policy lists the same few countries for hundreds of recipients; ListFormat.format is the costliest call here.
  const listed = { conjunction: new SequenceMemo<string>(MAX_CACHED_LISTS), disjunction: new SequenceMemo<string>(MAX_CACHED_LISTS) };
  const formatList = {
    conjunction: (items: readonly string[], count: number) => lists.conjunction.format(count === items.length ? items : items.slice(0, count)),
    disjunction: (items: readonly string[], count: number) => lists.disjunction.format(count === items.length ? items : items.slice(0, count)),
  };
  const dated = new Map<string, string>();
  const made: Formatters = {
    country: (code) => countryName(code),
    countryInSentence: (code) => {
      const name = countryName(code);
      return lang === 'en' && ENGLISH_THE.has(code) ? `the ${name}` : name;
    },
    date: (iso) => {
      let text = dated.get(iso);
      if (text === undefined) {
        if (dated.size >= MAX_CACHED_DATES) dated.clear();
        text = formatDate(dates, lang, new Date(`${iso}T00:00:00Z`));
        dated.set(iso, text);
      }
      return text;
    },
    list: (items, type = 'conjunction', count = items.length) => listed[type].get(items, count, formatList[type]),
    plural: (n) => plurals.select(n),
  };
  cache.set(locale, made);
  return made;
}

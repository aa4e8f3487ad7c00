import { COUNTRY_CODES } from '../../shared/model/index.ts';

/** A country as the form offers it: the ISO code stored in the project and its name in the UI language. */
export interface CountryOption {
  value: string;
  label: string;
}

/** Codes people type that are not ISO 3166-1 but mean one country unambiguously. */
const ALIASES: Record<string, string> = { UK: 'GB', EL: 'GR' };

const byLang = new Map<string, { options: CountryOption[]; byName: Map<string, string>; byCode: Map<string, string> }>();

const fold = (text: string, lang: string) => text.normalize('NFC').trim().toLocaleLowerCase(lang);

function tables(lang: string) {
  let entry = byLang.get(lang);
  if (!entry) {
    const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
    const collator = new Intl.Collator(lang, { sensitivity: 'base' });
    const options = [...COUNTRY_CODES].map((value) => ({ value, label: names.of(value) ?? value })).sort((a, b) => collator.compare(a.label, b.label));
    const byName = new Map(options.map((o) => [fold(o.label, lang), o.value]));
    const byCode = new Map(options.map((o) => [o.value, o.label]));
    entry = { options, byName, byCode };
    byLang.set(lang, entry);
  }
  return entry;
}

/** Every ISO country, named in `lang` and sorted by that name the way `lang` sorts. */
export function countryOptions(lang: string): readonly CountryOption[] {
  return tables(lang).options;
}

/** The name of `code` in `lang`; text that is not a known code is returned as it is. */
export function countryName(code: string, lang: string): string {
  return tables(lang).byCode.get(code) ?? code;
}

/**
 * The ISO code for what a user typed or pasted: a code in any case ("se"),
 * a common alias ("UK") or the country's name in `lang` ("Sweden"). Null
 * when it is none of these, so the caller can keep the text and let
 * validation say what is wrong.
 */
export function parseCountry(text: string, lang: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const upper = trimmed.toUpperCase();
  if (COUNTRY_CODES.has(upper)) return upper;
  if (ALIASES[upper]) return ALIASES[upper];
  return tables(lang).byName.get(fold(trimmed, lang)) ?? null;
}

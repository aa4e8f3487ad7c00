/**
 * Limits no real privacy policy reaches, so that a huge or hostile file is
 * refused with one clear line instead of exhausting memory (a 100,000-row
 * table, an 8 MB legal name). Each is documented in the README; the bench
 * prints export times for the large project ×1 and ×10, all within them.
 */
export const LIMITS = {
  /** Characters in one free text (a name, a purpose, a retention text …). */
  textChars: 20_000,
  dataCategories: 500,
  activities: 1_000,
  recipients: 2_500,
  cookies: 10_000,
  changeLog: 1_000,
  /** Lines of a list inside one entry: examples, services, security measures, countries, channels, bases, sources. */
  listItems: 200,
  /** Customised and custom sections. */
  sections: 1_000,
} as const;

/**
 * A whole number as English writes it, digits grouped by commas ("20,000"),
 * as `toLocaleString('en')` gives it without Intl: these messages are made
 * as the schema is built, and the first Intl call of a process loads ICU's
 * data, 10-15 ms that `validate` and `help` otherwise waited for.
 */
export function englishCount(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  return `${n < 0 ? '-' : ''}${digits.replace(/\B(?=(\d{3})+$)/g, ',')}`;
}

/** The message for a list over its limit, naming the limit and what to do. */
export function tooMany(max: number, what: string): string {
  return `expected at most ${englishCount(max)} ${what}: no policy needs more; split the project, or keep the list in a document of its own`;
}

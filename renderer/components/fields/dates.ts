/**
 * Dates as the user writes them: in the order and with the separator of
 * their locale (11/23/2026 in the US, 23.11.2026 in Germany, 2026-11-23 in
 * Sweden), one way for every date in the form. The project stores ISO
 * (YYYY-MM-DD); ISO typed anywhere is always understood too.
 */

type Part = 'year' | 'month' | 'day';

export interface DatePattern {
  order: Part[];
  separator: string;
  /** The pattern in letters, for a placeholder and a message ("MM/DD/YYYY"). */
  letters: string;
}

/** The locale the form formats dates in: the system's, as the browser reports it. */
export function userLocale(): string {
  return typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en';
}

const formatter = (locale: string) => new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });

/** The order and separator of numeric dates in `locale`. */
export function datePattern(locale: string): DatePattern {
  const parts = formatter(locale).formatToParts(new Date(Date.UTC(2026, 10, 23)));
  const order = parts.filter((p): p is Intl.DateTimeFormatPart & { type: Part } => p.type === 'year' || p.type === 'month' || p.type === 'day').map((p) => p.type);
  const separator = parts.find((p) => p.type === 'literal')?.value ?? '-';
  const letter: Record<Part, string> = { year: 'YYYY', month: 'MM', day: 'DD' };
  return { order, separator, letters: order.map((p) => letter[p]).join(separator) };
}

/** An ISO date in the locale's numeric form; anything that is not a real ISO date is returned as it is. */
export function formatDate(iso: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) return iso;
  return formatter(locale).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return year >= 1000 && d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A typed date as ISO: three numbers in the locale's order (or year first, as in ISO); undefined when it is not a real date. */
export function parseDate(text: string, locale: string): string | undefined {
  const numbers = text.match(/\d+/g);
  if (!numbers || numbers.length !== 3) return undefined;
  const order: Part[] = numbers[0]!.length === 4 ? ['year', 'month', 'day'] : datePattern(locale).order;
  const value: Record<Part, number> = { year: 0, month: 0, day: 0 };
  order.forEach((part, i) => (value[part] = Number(numbers[i])));
  if (!isRealDate(value.year, value.month, value.day)) return undefined;
  return `${value.year}-${String(value.month).padStart(2, '0')}-${String(value.day).padStart(2, '0')}`;
}

import type { CookieDuration } from '../library/types.ts';

const DAY = 86_400;

/**
 * A lifetime in seconds as the library states durations: the largest unit
 * that keeps it roughly right (400 days → 1 year). Read a moment after the
 * cookie was set, a lifetime is a little short of what the site asked for,
 * so the units' bounds allow 1%: 3,590 seconds is 1 hour, not 60 minutes.
 */
export function durationFromSeconds(seconds: number): CookieDuration {
  const s = Math.max(0, seconds);
  const t = s * 1.01;
  if (t < 3_600) return { kind: 'fixed', amount: Math.max(1, Math.round(s / 60)), unit: 'minutes' };
  if (t < DAY) return { kind: 'fixed', amount: Math.round(s / 3_600), unit: 'hours' };
  if (t < 60 * DAY) return { kind: 'fixed', amount: Math.round(s / DAY), unit: 'days' };
  if (t < 365 * DAY) return { kind: 'fixed', amount: Math.round(s / (30.44 * DAY)), unit: 'months' };
  return { kind: 'fixed', amount: Math.round(s / (365.25 * DAY)), unit: 'years' };
}

const UNITS: Record<string, Extract<CookieDuration, { kind: 'fixed' }>['unit']> = {
  m: 'minutes', min: 'minutes', mins: 'minutes', minute: 'minutes', minutes: 'minutes',
  h: 'hours', hr: 'hours', hrs: 'hours', hour: 'hours', hours: 'hours',
  d: 'days', day: 'days', days: 'days',
  mo: 'months', month: 'months', months: 'months',
  y: 'years', yr: 'years', yrs: 'years', year: 'years', years: 'years',
};

/**
 * A duration as scanners write it ("Session", "1 year", "13 months", "2y",
 * "400 days", or seconds as a bare number); null when the text says nothing
 * we can read, so the library's duration (or the person) fills it in.
 */
export function parseDurationText(text: string): CookieDuration | null {
  const t = text.trim().toLowerCase();
  if (t === '') return null;
  if (/^session\b/.test(t)) return { kind: 'session' };
  if (/^(persistent|never|until deleted)$/.test(t)) return { kind: 'persistent' };
  if (/^\d+$/.test(t)) return durationFromSeconds(Number(t));
  const m = /^(\d+(?:[.,]\d+)?)\s*([a-z]+)$/.exec(t);
  if (!m) return null;
  const unit = UNITS[m[2]!];
  if (!unit) return null;
  return { kind: 'fixed', amount: Math.round(Number(m[1]!.replace(',', '.'))), unit };
}

import { describe, expect, it } from 'vitest';
import en from '../../renderer/i18n/en.json';
import { COOKIE_CATEGORIES, DATA_SOURCES, JURISDICTIONS, LEGAL_BASES, SAFEGUARDS } from '../../shared/model/index.ts';

/** Keys the form builds from schema values (`jurisdiction.${value}`), which the type checker cannot see. */
const DYNAMIC_KEYS = [
  ...JURISDICTIONS.map((v) => `jurisdiction.${v}`),
  ...LEGAL_BASES.flatMap((v) => [`legalBasis.${v}`, `legalBasis.${v}.help`]),
  ...DATA_SOURCES.flatMap((v) => [`source.${v}`, `source.${v}.help`]),
  ...SAFEGUARDS.map((v) => `safeguard.${v}`),
  ...COOKIE_CATEGORIES.map((v) => `cookieCategory.${v}`),
  ...['email', 'sms', 'phone', 'post', 'push'].map((v) => `channel.${v}`),
  ...['first', 'third'].map((v) => `party.${v}`),
];

describe('UI messages', () => {
  it('have a label for every schema value the form offers', () => {
    const missing = DYNAMIC_KEYS.filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });

  it('label each safeguard with its code first, so consultants match it to the file', () => {
    for (const v of SAFEGUARDS) expect((en as Record<string, string>)[`safeguard.${v}`]?.startsWith(`${v} — `)).toBe(true);
  });
});

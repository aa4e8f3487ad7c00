/** Dates as each language writes them, including what Intl leaves out. */
import { describe, expect, it } from 'vitest';
import { documentLocale, formatters } from '../../../shared/render/format.ts';

describe('dates', () => {
  it('French and Brazilian Portuguese write the first of the month as an ordinal', () => {
    expect(formatters('fr', 'FR').date('2026-12-01')).toBe('1er décembre 2026');
    expect(formatters('fr', 'FR').date('2026-12-02')).toBe('2 décembre 2026');
    expect(formatters('pt-BR', 'BR').date('2026-12-01')).toBe('1º de dezembro de 2026');
    expect(formatters('en', 'GB').date('2026-12-01')).toBe('1 December 2026');
  });

  it('a language that carries its own region keeps it whatever the company’s country', () => {
    expect(documentLocale('pt-BR', 'SE')).toBe('pt-BR');
    expect(documentLocale('en', 'US')).toBe('en-US');
  });
});

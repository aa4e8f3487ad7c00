import type { FactText } from './texts.ts';

/** A country's bookkeeping act: the legal obligation to keep accounting records, and for how long. */
export interface BookkeepingLaw {
  obligation: FactText;
  retention: FactText;
}

/**
 * Bookkeeping acts, only for countries where the act and its period are
 * certain. For any other country the interview leaves the obligation empty
 * and the risk warning asks the person to name their law; it never guesses.
 */
export const BOOKKEEPING_LAWS: Readonly<Partial<Record<string, BookkeepingLaw>>> = {
  // Bokföringslagen (1999:1078) 7 kap. 2 §: archived until the end of the seventh year after the calendar year in which the financial year ended.
  SE: {
    obligation: { en: 'the Swedish Bookkeeping Act (Bokföringslagen, 1999:1078)', sv: 'bokföringslagen (1999:1078)' },
    retention: {
      en: 'Until the end of the seventh year after the year in which the financial year ended, as the Swedish Bookkeeping Act requires',
      sv: 'Till och med det sjunde året efter utgången av det kalenderår då räkenskapsåret avslutades, enligt bokföringslagen',
    },
  },
};

/** Retention for a country without an entry: the criterion, for the person to make exact. */
export const BOOKKEEPING_FALLBACK_RETENTION: FactText = {
  en: 'For as long as the accounting and tax laws that apply to us require',
  sv: 'Så länge som de bokförings- och skatteregler som gäller för oss kräver',
};

import type { Jurisdiction } from '../model/schema.ts';

/**
 * How long each law gives to answer a request to access or exercise rights.
 * `unit: 'month'` for the GDPR family, which counts calendar months, not days.
 */
export interface Deadline {
  law: Jurisdiction;
  amount: number;
  unit: 'day' | 'month';
  /** Days as a comparable number (one month counted as 30). */
  days: number;
}

const LEGAL_DEADLINES: Readonly<Record<Jurisdiction, Omit<Deadline, 'law'>>> = {
  EU: { amount: 1, unit: 'month', days: 30 }, // GDPR Art. 12(3)
  UK: { amount: 1, unit: 'month', days: 30 }, // UK GDPR Art. 12(3)
  CH: { amount: 30, unit: 'day', days: 30 }, // FADP Art. 25, DPO (Ordinance) Art. 18
  'US-CA': { amount: 45, unit: 'day', days: 45 }, // Cal. Civ. Code § 1798.130(a)(2)
  US: { amount: 45, unit: 'day', days: 45 }, // the common period of US state privacy laws
  BR: { amount: 15, unit: 'day', days: 15 }, // LGPD Art. 19, II
  CA: { amount: 30, unit: 'day', days: 30 }, // PIPEDA s. 8(3)
  AU: { amount: 30, unit: 'day', days: 30 }, // APP 12.4: a reasonable period, 30 days in OAIC guidance
};

/**
 * The deadline the policy states for `law`: the company's own promise when it
 * is shorter than the law's, never longer.
 */
export function responseDeadline(law: Jurisdiction, promisedDays: number | undefined): Deadline {
  const legal = LEGAL_DEADLINES[law];
  if (promisedDays !== undefined && promisedDays < legal.days) {
    return { law, amount: promisedDays, unit: 'day', days: promisedDays };
  }
  return { law, ...legal };
}

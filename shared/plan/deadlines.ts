import type { Jurisdiction, UsStateJurisdiction } from '../model/schema.ts';
import { US_STATE_TABLE } from '../laws/us-state-table.ts';

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

/** Each US state's period, from its row of the state table (45 days in most, 90 in Iowa). */
const US_STATE_DEADLINES = Object.fromEntries(US_STATE_TABLE.map((r) => [r.id, { amount: r.deadline.days, unit: 'day', days: r.deadline.days }])) as Record<UsStateJurisdiction, Omit<Deadline, 'law'>>;

const LEGAL_DEADLINES: Readonly<Record<Jurisdiction, Omit<Deadline, 'law'>>> = {
  ...US_STATE_DEADLINES,
  EU: { amount: 1, unit: 'month', days: 30 }, // GDPR Art. 12(3)
  UK: { amount: 1, unit: 'month', days: 30 }, // UK GDPR Art. 12(3)
  CH: { amount: 30, unit: 'day', days: 30 }, // FADP Art. 25, DPO (Ordinance) Art. 18
  'US-CA': { amount: 45, unit: 'day', days: 45 }, // Cal. Civ. Code § 1798.130(a)(2)
  // The next three belong to the Nevada, Washington and Quebec modules; their owner should confirm them.
  'US-NV': { amount: 60, unit: 'day', days: 60 }, // NRS 603A.345(2): 60 days, extendable by 30
  'US-WA': { amount: 45, unit: 'day', days: 45 }, // RCW 19.373.040: 45 days, extendable by 45
  'CA-QC': { amount: 30, unit: 'day', days: 30 }, // Act respecting the protection of personal information in the private sector, s. 32
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

import { lawFor } from '../laws/index.ts';
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

/**
 * The law's own period, from its module (`shared/laws/`, where each is cited
 * beside the law's text); null where no source confirmed one (Washington's
 * My Health My Data Act), so the policy states none rather than a guess.
 * Read when asked, not at load: the law modules import parts of the plan.
 */
function legalDeadline(law: Jurisdiction): Omit<Deadline, 'law'> | null {
  const d = lawFor(law).deadline;
  if (!d) return null;
  // The GDPR family counts calendar months; a month is compared as 30 days.
  if (d.unit === 'month') return { amount: d.amount, unit: 'month', days: d.amount * 30 };
  if (d.unit === 'business-day') throw new Error(`${law}: a response period in business days cannot be stated as days`);
  return { amount: d.amount, unit: 'day', days: d.amount };
}

/**
 * The deadline the policy states for `law`: the company's own promise when it
 * is shorter than the law's, never longer.
 */
export function knownResponseDeadline(law: Jurisdiction, promisedDays: number | undefined): Deadline | null {
  const legal = legalDeadline(law);
  if (!legal) return null;
  if (promisedDays !== undefined && promisedDays < legal.days) {
    return { law, amount: promisedDays, unit: 'day', days: promisedDays };
  }
  return { law, ...legal };
}

/** As `knownResponseDeadline`, for a law whose module always has a period (every law with a section of its own). */
export function responseDeadline(law: Jurisdiction, promisedDays: number | undefined): Deadline {
  const deadline = knownResponseDeadline(law, promisedDays);
  if (!deadline) throw new Error(`shared/laws has no response period for ${law}`);
  return deadline;
}

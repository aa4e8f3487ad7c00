import { CAI, CAI_TOLL_FREE, outsideQuebec, QUEBEC_RESPONSE_DAYS, trackingTechnology } from '../../laws/quebec.ts';
import type { Project } from '../../model/schema.ts';
import type { Deadline } from '../deadlines.ts';
import { clause, GDPR_FAMILY, hasAny, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

/** The 30 days of P-39.1 s. 32, or the company's shorter promise. */
function quebecDeadline(promisedDays: number | undefined): Deadline {
  const days = promisedDays !== undefined && promisedDays < QUEBEC_RESPONSE_DAYS ? promisedDays : QUEBEC_RESPONSE_DAYS;
  return { law: 'CA-QC', amount: days, unit: 'day', days };
}

/**
 * Québec (P-39.1 as amended by Law 25): rights, the 30-day reply and the
 * Commission; the person in charge of the protection of personal information;
 * communication outside Québec; identification, location and profiling
 * technology; decisions based exclusively on automated processing. What each
 * clause must state, and where the law says so, is in `laws/quebec.ts`.
 */
export function planQuebec(project: Project): PlannedSection {
  const dpo = project.company.dpo;
  const countries = outsideQuebec(project);
  // The cookie section asks for consent where the GDPR family applies (cookies.consent); otherwise it offers an opt-out.
  const tracking = trackingTechnology(project, hasAny(project, GDPR_FAMILY));
  return {
    id: 'quebec',
    clauses: present([
      clause('quebec.law', true, { deadline: quebecDeadline(project.rights.responseDays), authority: CAI, tollFree: CAI_TOLL_FREE }),
      clause('quebec.person-in-charge', dpo !== undefined, { person: dpo }),
      clause('quebec.outside', countries.length > 0, { countries }),
      clause('quebec.tracking', tracking !== null, { ...tracking }),
      clause('quebec.automated', project.automatedDecisions.used, { description: project.automatedDecisions.description }),
    ]),
  };
}

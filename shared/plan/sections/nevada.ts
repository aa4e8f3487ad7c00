import { nevada } from '../../laws/nevada.ts';
import type { Project } from '../../model/schema.ts';
import { clause, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

/**
 * Nevada (NRS 603A.345): the right to direct us not to sell covered
 * information, the address to send it to, and the 60-day reply. `sells` is the
 * CCPA's wider sale (activities[].sells); without it, there is no Nevada sale
 * either (NRS 603A.333 counts only an exchange for monetary consideration).
 */
export function planNevada(project: Project): PlannedSection {
  const days = nevada.deadline!.amount;
  const promised = project.rights.responseDays;
  const deadline = promised !== undefined && promised < days ? promised : days;
  return {
    id: 'nevada',
    clauses: present([
      clause('nevada.sale', true, {
        sells: project.activities.some((a) => a.sells),
        deadline: { law: 'US-NV', amount: deadline, unit: 'day', days: deadline },
      }),
    ]),
  };
}

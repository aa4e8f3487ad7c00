import type { Project } from '../../model/schema.ts';
import { clause, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

/** How long data is kept, purpose by purpose (GDPR Art. 13(2)(a)): every activity's retention appears. */
export function planRetention(project: Project): PlannedSection {
  return {
    id: 'retention',
    clauses: present([
      clause('retention.table', true, { rows: project.activities.map((a) => ({ purpose: a.purpose, retention: a.retention })) }),
      clause('retention.after', true),
    ]),
  };
}

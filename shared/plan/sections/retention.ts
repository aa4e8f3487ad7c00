import type { Project } from '../../model/schema.ts';
import { clause, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

/** How long each category is kept (GDPR Art. 13(2)(a)). */
export function planRetention(project: Project): PlannedSection {
  return {
    id: 'retention',
    clauses: present([
      clause('retention.table', true, { rows: project.dataCategories.map((c) => ({ name: c.name, retention: c.retention })) }),
      clause('retention.after', true),
    ]),
  };
}

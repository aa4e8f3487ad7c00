import type { Project } from '../../model/schema.ts';
import { clause, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

/** Direct marketing: the channels used and how to stop it, or that there is none. */
export function planMarketing(project: Project): PlannedSection {
  const { directMarketing, channels } = project.marketing;
  return {
    id: 'marketing',
    clauses: present([
      clause('marketing.direct', directMarketing, { channels }),
      clause('marketing.none', !directMarketing),
    ]),
  };
}

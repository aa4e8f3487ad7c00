import type { Project } from '../../model/schema.ts';
import { clause, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

/** Automated decision-making and profiling (GDPR Art. 13(2)(f), 22): said either way. */
export function planAutomatedDecisions(project: Project): PlannedSection {
  const { used, description } = project.automatedDecisions;
  return {
    id: 'automated-decisions',
    clauses: present([
      clause('automated-decisions.used', used, { description }),
      clause('automated-decisions.none', !used),
    ]),
  };
}

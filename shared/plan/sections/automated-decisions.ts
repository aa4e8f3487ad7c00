import type { Project } from '../../model/schema.ts';
import { clause, hasAny, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

/** Automated decision-making and profiling (GDPR Art. 13(2)(f), 22): said either way. */
export function planAutomatedDecisions(project: Project): PlannedSection {
  const { used, description } = project.automatedDecisions;
  return {
    id: 'automated-decisions',
    clauses: present([
      clause('automated-decisions.used', used, {
        description,
        // A person's review, one's point of view and contesting the decision: GDPR and UK GDPR Art. 22(3);
        // FADP Art. 21(2) gives the point of view and the review by a natural person. No other selectable law does.
        humanReview: hasAny(project, ['EU', 'UK', 'CH']),
        contest: hasAny(project, ['EU', 'UK']),
      }),
      clause('automated-decisions.none', !used),
    ]),
  };
}

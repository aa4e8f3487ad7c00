import type { Project } from '../../model/schema.ts';
import { clause, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';
import { nationalActs } from './national-law.ts';

/** Who we are and what the policy covers. */
export function planAbout(project: Project): PlannedSection {
  const acts = nationalActs(project);
  return {
    id: 'about',
    clauses: present([
      clause('about.controller', true, { services: project.scope.services }),
      clause('about.processor-role', project.role === 'controller-and-processor'),
      // The national acts that supplement the GDPR where the company is and where it offers its services.
      clause('about.national-law', acts.length > 0, { acts }),
    ]),
  };
}

import type { Project } from '../../model/schema.ts';
import { clause, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

/** Who we are and what the policy covers. */
export function planAbout(project: Project): PlannedSection {
  return {
    id: 'about',
    clauses: present([
      clause('about.controller', true, { services: project.scope.services }),
      clause('about.processor-role', project.role === 'controller-and-processor'),
    ]),
  };
}

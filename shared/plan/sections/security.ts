import type { Project } from '../../model/schema.ts';
import { clause, GDPR_FAMILY, hasAny, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

/** How data is protected, and what happens after a breach. */
export function planSecurity(project: Project): PlannedSection {
  const { measures } = project.security;
  return {
    id: 'security',
    clauses: present([
      clause('security.measures', measures.length > 0, { measures }),
      clause('security.general', true),
      clause('security.breach', hasAny(project, GDPR_FAMILY)),
    ]),
  };
}

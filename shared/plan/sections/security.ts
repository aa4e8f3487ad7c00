import type { Project } from '../../model/schema.ts';
import { clause, hasAny, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

/** How data is protected, and what happens after a breach. */
export function planSecurity(project: Project): PlannedSection {
  const { measures } = project.security;
  return {
    id: 'security',
    clauses: present([
      clause('security.measures', measures.length > 0, { measures }),
      clause('security.general', true),
      // GDPR / UK GDPR Art. 33–34; the FADP's rule (Art. 24) differs in trigger and timing, so a Swiss-only policy makes no such promise.
      clause('security.breach', hasAny(project, ['EU', 'UK'])),
    ]),
  };
}

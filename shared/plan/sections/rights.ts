import { JURISDICTIONS, type Project } from '../../model/schema.ts';
import { responseDeadline } from '../deadlines.ts';
import { clause, GDPR_FAMILY, hasAny, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

/** Your rights: the GDPR/UK GDPR list, each selected law's deadline, how to ask, how to complain. */
export function planRights(project: Project): PlannedSection {
  const gdprLaws = project.jurisdictions.filter((j) => j === 'EU' || j === 'UK');
  const bases = new Set(project.dataCategories.map((c) => c.legalBasis));
  // In the canonical order of laws, whatever order the user ticked them in.
  const deadlines = JURISDICTIONS.filter((law) => project.jurisdictions.includes(law)).map((law) => responseDeadline(law, project.rights.responseDays));
  return {
    id: 'rights',
    clauses: present([
      clause('rights.gdpr', gdprLaws.length > 0, {
        laws: gdprLaws,
        // Portability applies only to data processed on consent or contract (Art. 20(1)(a)).
        portability: bases.has('consent') || bases.has('contract'),
        // Objection applies to public task and legitimate interests (Art. 21(1)), and always to direct marketing (Art. 21(2)).
        objection: bases.has('legitimate-interests') || bases.has('public-task') || project.marketing.directMarketing,
        withdrawConsent: bases.has('consent'),
      }),
      clause('rights.how-to', true, { deadlines }),
      clause('rights.complaint', hasAny(project, [...GDPR_FAMILY, 'BR', 'CA', 'AU'])),
    ]),
  };
}

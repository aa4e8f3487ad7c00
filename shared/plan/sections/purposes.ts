import type { Project } from '../../model/schema.ts';
import { clause, GDPR_FAMILY, hasAny, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

/** Why we use each category, and on which legal basis where the law asks for one. */
export function planPurposes(project: Project): PlannedSection {
  // Legal bases are a GDPR/LGPD notion; a US-only policy would only confuse with them.
  const showLegalBasis = hasAny(project, [...GDPR_FAMILY, 'BR']);
  const rows = project.dataCategories.map((c) => ({
    name: c.name,
    purposes: c.purposes,
    legalBasis: c.legalBasis,
  }));
  const interests = project.dataCategories
    .filter((c) => c.legalBasis === 'legitimate-interests')
    .map((c) => ({ name: c.name, interest: c.legitimateInterest }));
  const usesConsent = project.dataCategories.some((c) => c.legalBasis === 'consent');
  return {
    id: 'purposes',
    clauses: present([
      clause('purposes.table', true, { rows, showLegalBasis }),
      clause('purposes.legitimate-interests', showLegalBasis && interests.length > 0, {
        categories: interests,
        // The rights section describes objection only under the GDPR and the UK GDPR.
        objectionInRights: hasAny(project, ['EU', 'UK']),
      }),
      clause('purposes.consent', showLegalBasis && usesConsent),
    ]),
  };
}

import type { Activity, Project } from '../../model/schema.ts';
import { activityCategories, projectIndex, usesConsent, usesCriminalData, usesSpecialCategory, type ProjectIndex } from '../activities.ts';
import { clause, GDPR_FAMILY, hasAny, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

/**
 * One activity as the policy states it. A basis keeps only the details that
 * apply to the data the activity uses: an Art. 9(2) condition only beside
 * special-category data, an Art. 10 authority only beside criminal data.
 */
function activityFacts(activity: Activity, index: ProjectIndex) {
  const special = usesSpecialCategory(activity, index);
  const criminal = usesCriminalData(activity, index);
  return {
    purpose: activity.purpose,
    categories: activityCategories(activity, index).map((c) => c.name),
    bases: activity.legalBases.map((b) => ({
      basis: b.basis,
      interest: b.basis === 'legitimate-interests' ? b.interest : undefined,
      obligation: b.basis === 'legal-obligation' ? b.obligation : undefined,
      specialCondition: special ? b.specialCondition : undefined,
      criminalAuthority: criminal ? b.criminalAuthority : undefined,
    })),
    profiling: activity.profiling,
  };
}

/**
 * How we use your data, activity by activity: purpose, data, legal bases with
 * what each needs (GDPR Art. 13(1)(c)–(d)), profiling; then whether providing
 * the data is required and what happens without it (Art. 13(2)(e)).
 */
export function planPurposes(project: Project): PlannedSection {
  const index = projectIndex(project);
  // Legal bases are a GDPR/LGPD notion; a US-only policy would only confuse with them.
  const showLegalBasis = hasAny(project, [...GDPR_FAMILY, 'BR']);
  const required = project.activities
    .filter((a) => a.requirement !== 'optional')
    .map((a) => ({ purpose: a.purpose, requirement: a.requirement, consequence: a.consequence }));
  const someOptional = project.activities.some((a) => a.requirement === 'optional');
  return {
    id: 'purposes',
    clauses: present([
      clause('purposes.activities', true, { activities: project.activities.map((a) => activityFacts(a, index)), showLegalBasis }),
      clause('purposes.requirements', required.length > 0, { activities: required, someOptional }),
      clause('purposes.legitimate-interests', showLegalBasis && index.basesUsed.has('legitimate-interests'), {
        // "stated with each purpose above" only when every legitimate-interests basis describes its interest (Art. 13(1)(d)).
        allStated: project.activities.every((a) => a.legalBases.every((b) => b.basis !== 'legitimate-interests' || b.interest !== undefined)),
        // The rights section describes objection only under the GDPR and the UK GDPR.
        objectionInRights: hasAny(project, ['EU', 'UK']),
      }),
      clause('purposes.consent', showLegalBasis && usesConsent(project)),
    ]),
  };
}

import { coppaApplies } from '../../laws/coppa.ts';
import type { Project } from '../../model/schema.ts';
import { clause, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';
import { consentAges, consentAgesApply } from './national-law.ts';

/**
 * Children: the minimum age, or how a service meant for children gets a
 * parent's consent. Verifiable parental consent (COPPA, children under 13 in
 * the US) is claimed only when the facts describe how it is obtained. Where
 * COPPA applies (`laws/coppa.ts`), the section also carries the online notice
 * of 16 CFR §312.4(d): the operator's contact details, where the policy says
 * what is collected from children and what is done with it, and the parent's
 * rights of §312.6.
 */
export function planChildren(project: Project): PlannedSection | null {
  const { minimumAge, directedAtChildren, parentalConsent } = project.children;
  if (minimumAge === 0 && !directedAtChildren) return null;
  const coppa = coppaApplies(project).applies;
  const ages = consentAges(project);
  return {
    id: 'children',
    clauses: present([
      clause('children.minimum-age', !directedAtChildren, { minimumAge, parentalConsent }),
      clause('children.directed', directedAtChildren, { minimumAge, parentalConsent }),
      clause('children.coppa', coppa && parentalConsent !== undefined, { parentalConsent }),
      clause('children.coppa-operator', coppa, { phone: project.company.phone }),
      clause('children.coppa-practices', coppa, { madePublic: project.children.publicDisclosure === true, notMadePublic: project.children.publicDisclosure === false }),
      clause('children.coppa-parent-rights', coppa),
      // GDPR Art. 8(1): the age below which a parent consents to an online service, as each EEA country concerned set it (national-law.ts).
      clause('children.national-age', consentAgesApply(project, ages), { ages, differ: new Set(ages.map((a) => a.age)).size > 1 }),
    ]),
  };
}

import type { Project } from '../../model/schema.ts';
import { clause, hasAny, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

/**
 * Children: the minimum age, or how a service meant for children gets a
 * parent's consent. Verifiable parental consent (COPPA, children under 13 in
 * the US) is claimed only when the facts describe how it is obtained.
 */
export function planChildren(project: Project): PlannedSection | null {
  const { minimumAge, directedAtChildren, parentalConsent } = project.children;
  if (minimumAge === 0 && !directedAtChildren) return null;
  const coppaAge = hasAny(project, ['US', 'US-CA']) && (directedAtChildren || minimumAge < 13);
  return {
    id: 'children',
    clauses: present([
      clause('children.minimum-age', !directedAtChildren, { minimumAge, parentalConsent }),
      clause('children.directed', directedAtChildren, { minimumAge, parentalConsent }),
      clause('children.coppa', coppaAge && parentalConsent !== undefined, { parentalConsent }),
    ]),
  };
}

import type { Project } from '../../model/schema.ts';
import { clause, hasAny, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

/** Children: the minimum age, or how a service meant for children gets parental consent. */
export function planChildren(project: Project): PlannedSection | null {
  const { minimumAge, directedAtChildren } = project.children;
  if (minimumAge === 0 && !directedAtChildren) return null;
  // COPPA covers children under 13 in the United States.
  const coppa = hasAny(project, ['US', 'US-CA']) && (directedAtChildren || minimumAge < 13);
  return {
    id: 'children',
    clauses: present([
      clause('children.minimum-age', !directedAtChildren, { minimumAge }),
      clause('children.directed', directedAtChildren, { minimumAge }),
      clause('children.coppa', coppa),
    ]),
  };
}

import type { Project } from '../../model/schema.ts';
import { responseDeadline } from '../deadlines.ts';
import { clause, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

/**
 * Switzerland (revised Federal Act on Data Protection, in force since
 * 1 September 2023). Its transfers (Art. 16–17) are in the transfers section
 * and its representative in the contact section.
 */
export function planSwitzerland(project: Project): PlannedSection {
  return {
    id: 'switzerland',
    clauses: present([clause('switzerland.law', true, { deadline: responseDeadline('CH', project.rights.responseDays) })]),
  };
}

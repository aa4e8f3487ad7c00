import type { Project } from '../../model/schema.ts';
import { responseDeadline } from '../deadlines.ts';
import { clause, present } from '../facts.ts';
import { countriesAbroad } from '../recipients.ts';
import type { PlannedSection } from '../types.ts';

/**
 * Canada (PIPEDA). The OPC's Guidelines for processing personal data across
 * borders (2009) ask that people be told their information may be processed
 * in a foreign country and be accessible there to its authorities.
 */
export function planCanada(project: Project): PlannedSection {
  const abroad = countriesAbroad(project, 'CA');
  return {
    id: 'canada',
    clauses: present([
      clause('canada.law', true, { deadline: responseDeadline('CA', project.rights.responseDays) }),
      clause('canada.abroad', abroad.own.length > 0 || abroad.recipients.length > 0, abroad),
    ]),
  };
}

import type { Project } from '../../model/schema.ts';
import { responseDeadline } from '../deadlines.ts';
import { clause, present } from '../facts.ts';
import { countriesAbroad } from '../recipients.ts';
import type { PlannedSection } from '../types.ts';

/**
 * Australia (Privacy Act 1988 and the Australian Privacy Principles). APP
 * 1.4(f)–(g): whether we are likely to disclose personal information to
 * overseas recipients and, if so, the countries where they are likely to be.
 */
export function planAustralia(project: Project): PlannedSection {
  const abroad = countriesAbroad(project, 'AU');
  return {
    id: 'australia',
    clauses: present([
      clause('australia.law', true, { deadline: responseDeadline('AU', project.rights.responseDays) }),
      clause('australia.overseas', abroad.own.length > 0 || abroad.recipients.length > 0, abroad),
    ]),
  };
}

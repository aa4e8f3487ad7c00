import type { Project } from '../../model/schema.ts';
import { AUTHORITY_FOR_LAW } from '../authorities.ts';
import { responseDeadline } from '../deadlines.ts';
import { clause, present } from '../facts.ts';
import { countriesAbroad } from '../recipients.ts';
import type { PlannedSection } from '../types.ts';

/** Brazil (LGPD). Transfers abroad (Art. 33) from every country the company or a recipient holds or accesses data in. */
export function planBrazil(project: Project): PlannedSection {
  const abroad = countriesAbroad(project, 'BR');
  return {
    id: 'brazil',
    clauses: present([
      clause('brazil.rights', true, { deadline: responseDeadline('BR', project.rights.responseDays) }),
      clause('brazil.transfers', abroad.own.length > 0 || abroad.recipients.length > 0, abroad),
      clause('brazil.authority', true, { authority: AUTHORITY_FOR_LAW.BR }),
    ]),
  };
}

import { JURISDICTIONS, type Project, type RequestChannel } from '../../model/schema.ts';
import { projectIndex, usesConsent } from '../activities.ts';
import { knownResponseDeadline } from '../deadlines.ts';
import { isUsStateLaw } from '../../laws/us-jurisdictions.ts';
import { clause, hasAny, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

/** Every request channel the company gave; by email to the company when it gave none. */
export function requestChannels(project: Project): RequestChannel[] {
  const { requestChannels: channels, email } = project.company;
  return channels.length > 0 ? channels : [{ kind: 'email', email }];
}

/** Your rights: the GDPR/UK GDPR list as the bases in use trigger it, each law's deadline, how to ask, where to turn. */
export function planRights(project: Project): PlannedSection {
  const gdprLaws = project.jurisdictions.filter((j) => j === 'EU' || j === 'UK');
  const bases = projectIndex(project).basesUsed;
  // In the canonical order of laws, whatever order the user ticked them in.
  // Each US state's deadline is in the US state section's table, not repeated here.
  const deadlines = JURISDICTIONS.filter((law) => project.jurisdictions.includes(law) && !isUsStateLaw(law)).flatMap((law) => knownResponseDeadline(law, project.rights.responseDays) ?? []);
  return {
    id: 'rights',
    clauses: present([
      clause('rights.gdpr', gdprLaws.length > 0, {
        laws: gdprLaws,
        // Portability applies only to data processed on consent or contract (GDPR Art. 20(1)(a)).
        portability: bases.has('consent') || bases.has('contract') || usesConsent(project),
        // Objection: public task and legitimate interests (Art. 21(1)), and always direct marketing (Art. 21(2)).
        objection: bases.has('legitimate-interests') || bases.has('public-task') || project.marketing.directMarketing,
        // Consent under Art. 6(1)(a) or explicit consent under Art. 9(2)(a) can be withdrawn at any time (Art. 7(3)).
        withdrawConsent: usesConsent(project),
      }),
      // GDPR Art. 12(5) lets a controller charge for manifestly unfounded or excessive requests; LGPD Art. 18 § 5 does not: say so only where no such law applies.
      clause('rights.how-to', true, { channels: requestChannels(project), deadlines, feeException: !project.jurisdictions.includes('BR') }),
      // A right to complain to an authority: GDPR Art. 77, UK GDPR Art. 77, LGPD Art. 18 §1, PIPEDA s. 11, Privacy Act 1988 s. 36.
      clause('rights.complaint', hasAny(project, ['EU', 'UK', 'BR', 'CA', 'AU'])),
      // The FADP gives no complaint right: anyone may report to the FDPIC, who decides whether to investigate (FADP Art. 49(1)).
      clause('rights.swiss-report', project.jurisdictions.includes('CH')),
    ]),
  };
}

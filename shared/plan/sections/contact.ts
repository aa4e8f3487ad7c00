import type { Project } from '../../model/schema.ts';
import { leadAuthority } from '../../laws/eea-authorities.ts';
import { AUTHORITY_FOR_LAW, EDPB_MEMBERS_URL, type Authority } from '../authorities.ts';
import { isInEea } from '../../model/countries.ts';
import { clause, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';
import { marketAuthorities } from './national-law.ts';

interface AuthorityFact {
  law: string;
  authority: Authority;
}

/**
 * The company's lead authority under the GDPR is the one of its main
 * establishment in the EEA; outside the EEA there is none, and people turn to
 * the authority where they live, so the policy links to the list of them.
 */
function authorities(project: Project): { named: AuthorityFact[]; euGeneric: boolean } {
  const named: AuthorityFact[] = [];
  let euGeneric = false;
  const country = project.company.address.country;
  for (const law of project.jurisdictions) {
    if (law === 'EU') {
      // In Germany, the authority of the company's federal state (company.address.region).
      const lead = isInEea(country) ? leadAuthority(country, project.company.address.region) : undefined;
      if (lead) named.push({ law, authority: lead });
      euGeneric = true;
    } else if (Object.hasOwn(AUTHORITY_FOR_LAW, law)) {
      // US state laws name their Attorney General in the US state section's table instead.
      named.push({ law, authority: AUTHORITY_FOR_LAW[law as keyof typeof AUTHORITY_FOR_LAW] });
    }
  }
  return { named, euGeneric };
}

/** How to reach the company, its DPO, its representatives and the supervisory authorities. */
export function planContact(project: Project): PlannedSection {
  const { dpo, representatives } = project.company;
  // A representative is named only where the company is not established: the template says so (GDPR Art. 27, UK GDPR Art. 27, FADP Art. 14).
  const country = project.company.address.country;
  const establishedIn = { eu: isInEea(country), uk: country === 'GB', ch: country === 'CH' };
  const reps = (['eu', 'uk', 'ch'] as const)
    .map((region) => ({ region, person: representatives[region] }))
    .filter((r) => r.person !== undefined && !establishedIn[r.region]);
  const { named, euGeneric } = authorities(project);
  const markets = marketAuthorities(project);
  return {
    id: 'contact',
    clauses: present([
      clause('contact.company', true),
      clause('contact.dpo', dpo !== undefined, { dpo }),
      clause('contact.representatives', reps.length > 0, { representatives: reps }),
      clause('contact.authorities', named.length > 0 || euGeneric, {
        authorities: named,
        euGeneric,
        edpbUrl: EDPB_MEMBERS_URL,
      }),
      // Where people in each market can complain at home (GDPR Art. 77(1)).
      clause('contact.market-authorities', markets.length > 0, { authorities: markets }),
    ]),
  };
}

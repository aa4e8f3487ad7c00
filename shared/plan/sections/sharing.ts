import type { Project } from '../../model/schema.ts';
import { clause, homeArea, isThirdCountry, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

/** Who receives personal data: the processors table, and disclosures required by law. */
export function planSharing(project: Project): PlannedSection {
  const area = homeArea(project);
  const processors = project.processors.map((p) => ({
    name: p.name,
    activity: p.activity,
    country: p.country,
    safeguard: p.safeguard,
    url: p.url,
    // The safeguard column means something only for transfers under the GDPR family.
    transfer: area !== null && isThirdCountry(p.country, area),
  }));
  return {
    id: 'sharing',
    clauses: present([
      clause('sharing.processors', processors.length > 0, { processors, showSafeguard: area !== null }),
      clause('sharing.no-processors', processors.length === 0),
      clause('sharing.legal', true),
    ]),
  };
}

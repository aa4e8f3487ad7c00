import type { Project } from '../../model/schema.ts';
import { clause, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

/** Who receives personal data: the processors table, and disclosures required by law. */
export function planSharing(project: Project): PlannedSection {
  const processors = project.processors.map((p) => ({
    name: p.name,
    activity: p.activity,
    country: p.country,
    safeguard: p.safeguard,
    url: p.url,
  }));
  return {
    id: 'sharing',
    clauses: present([
      clause('sharing.processors', processors.length > 0, { processors }),
      clause('sharing.no-processors', processors.length === 0),
      clause('sharing.legal', true),
    ]),
  };
}

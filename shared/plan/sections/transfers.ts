import type { Project, Safeguard } from '../../model/schema.ts';
import { clause, homeArea, isThirdCountry, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

/**
 * International transfers (GDPR Chapter V): only when a GDPR-family law
 * applies and a processor sits outside the EEA (or the UK/Switzerland when
 * those laws are selected). Each transfer names its safeguard.
 */
export function planTransfers(project: Project): PlannedSection | null {
  const area = homeArea(project);
  if (area === null) return null;
  const transfers = project.processors
    .filter((p) => isThirdCountry(p.country, area))
    .map((p) => ({ name: p.name, country: p.country, safeguard: p.safeguard }));
  if (transfers.length === 0) return null;
  const safeguards = [...new Set(transfers.map((t) => t.safeguard))].sort() as Safeguard[];
  const unprotected = transfers.filter((t) => t.safeguard === 'none');
  // Safeguards that are documents a person can ask to see (GDPR Art. 13(1)(f)).
  const documents = safeguards.filter((s) => s === 'scc' || s === 'bcr');
  return {
    id: 'transfers',
    clauses: present([
      clause('transfers.list', true, { area, transfers, safeguards }),
      clause('transfers.unprotected', unprotected.length > 0, { transfers: unprotected }),
      clause('transfers.copy', documents.length > 0, { documents }),
    ]),
  };
}

import type { Project, TransferLaw, TransferMechanism } from '../../model/schema.ts';
import { selectedTransferLaws } from '../../model/transfer-areas.ts';
import { clause, present } from '../facts.ts';
import { companyLocations, lawsWithControllerAbroad, transfersUnder, type PlannedTransfer } from '../recipients.ts';
import type { PlannedSection } from '../types.ts';

/** The area each law lets data move in freely, as the `area.*` messages name it. */
const AREA: Readonly<Record<TransferLaw, 'eea' | 'uk' | 'ch'>> = { eu: 'eea', uk: 'uk', ch: 'ch' };

/** Tools that are documents a person can ask to see a copy of (GDPR Art. 13(1)(f), UK GDPR likewise, FADP Art. 19(4)). */
const DOCUMENT_TOOLS: readonly TransferMechanism[] = ['scc', 'idta', 'uk-addendum', 'bcr'];

/** The transfers under one law, split by whether a tool is entered. */
export interface LawTransfers {
  law: TransferLaw;
  area: 'eea' | 'uk' | 'ch';
  /** Transfers that name a tool, stated with it. */
  covered: PlannedTransfer[];
  /** Transfers with no tool entered: stated (who, where) without claiming one, never as a confession. */
  uncovered: PlannedTransfer[];
  /** Each tool used under this law once, in the fixed order of TRANSFER_MECHANISMS, to explain below the table. */
  tools: TransferMechanism[];
}

const MECHANISM_ORDER: readonly TransferMechanism[] = ['adequacy', 'dpf', 'scc', 'idta', 'uk-addendum', 'bcr', 'derogation'];

function lawTransfers(law: TransferLaw, project: Project): LawTransfers | null {
  const all = transfersUnder(law, project);
  if (all.length === 0) return null;
  const covered = all.filter((t) => t.mechanism !== undefined);
  const used = new Set<TransferMechanism | undefined>(covered.map((t) => t.mechanism));
  return {
    law,
    area: AREA[law],
    covered,
    uncovered: all.filter((t) => t.mechanism === undefined),
    tools: MECHANISM_ORDER.filter((m) => used.has(m)),
  };
}

/** Laws whose people see the same countries outside their area, stated in one sentence. */
function groupByCountries(abroad: readonly { law: TransferLaw; countries: string[] }[]): { laws: TransferLaw[]; countries: string[] }[] {
  const groups = new Map<string, { laws: TransferLaw[]; countries: string[] }>();
  for (const a of abroad) {
    const key = a.countries.join();
    const g = groups.get(key);
    if (g) g.laws.push(a.law);
    else groups.set(key, { laws: [a.law], countries: a.countries });
  }
  return [...groups.values()];
}

/**
 * International transfers under each selected law with a transfer regime
 * (GDPR Chapter V, UK GDPR Chapter V, FADP Art. 16–17), computed per law from
 * every country a recipient stores data in or accesses it from, each naming
 * that law's own tool. When the company itself holds data outside the area
 * (a US shop selling to EU customers), that is said first and plainly; the
 * tools of its recipients are then stated as theirs, never as an export from
 * the EEA.
 */
export function planTransfers(project: Project): PlannedSection | null {
  const laws = selectedTransferLaws(project.jurisdictions);
  if (laws.length === 0) return null;
  const abroad = lawsWithControllerAbroad(project);
  const perLaw = present(laws.map((law) => lawTransfers(law, project)));
  if (abroad.length === 0 && perLaw.length === 0) return null;

  const outside = [...new Set(abroad.flatMap((a) => a.countries))];
  // The DPF certifies US organisations only (its adequacy decisions cover "the United States"): state it where we hold data there.
  const dpf = project.company.dpfCertified && outside.includes('US') ? laws : [];
  const documents = DOCUMENT_TOOLS.filter((m) => perLaw.some((l) => l.tools.includes(m)));
  return {
    id: 'transfers',
    clauses: present([
      clause('transfers.controller-location', abroad.length > 0, {
        established: project.company.address.country,
        locations: companyLocations(project),
        abroad: groupByCountries(abroad),
        dpf,
      }),
      clause('transfers.list', perLaw.length > 0, { laws: perLaw, several: perLaw.length > 1 }),
      clause('transfers.copy', documents.length > 0, { documents }),
    ]),
  };
}

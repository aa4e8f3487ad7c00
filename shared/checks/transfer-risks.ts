import type { Project, TransferLaw } from '../model/schema.ts';
import { isAdequateFor, isThirdCountryFor, selectedTransferLaws } from '../model/transfer-areas.ts';
import type { RiskWarning } from './types.ts';

const LAW_NAME: Readonly<Record<TransferLaw, string>> = { eu: 'the GDPR', uk: 'the UK GDPR', ch: 'the Swiss FADP' };

/**
 * Transfers out of the EEA, the UK or Switzerland, per selected law and per
 * country a recipient stores data in or accesses it from: each needs a tool
 * (GDPR Art. 44–49, UK GDPR Art. 44–49, FADP Art. 16–17), and the tool must
 * exist under that law for that country.
 */
export function transferRisks(project: Project): RiskWarning[] {
  const warnings: RiskWarning[] = [];
  const laws = selectedTransferLaws(project.jurisdictions);
  project.recipients.forEach((r, i) => {
    const countries = [...new Set([...r.storedIn, ...r.accessedFrom])];
    for (const law of laws) {
      const third = countries.filter((c) => isThirdCountryFor(law, c));
      if (third.length === 0) continue;
      const path = `recipients[${i}].transfers.${law}`;
      const where = third.join(', ');
      const entry = r.transfers[law];
      if (entry === undefined) {
        // Adequate countries need no tool of their own: the plan states the adequacy decision.
        if (third.every((c) => isAdequateFor(law, c))) continue;
        warnings.push({ path, message: `${r.name} holds or accesses data in ${where}, outside the area ${LAW_NAME[law]} lets data move in freely: enter the transfer tool it relies on.` });
        continue;
      }
      switch (entry.mechanism) {
        case 'none':
          warnings.push({ path: `${path}.mechanism`, message: `no transfer tool is in place for ${r.name} (${where}) under ${LAW_NAME[law]}: put one in place (such as standard contractual clauses) and enter it; the policy will not claim one.` });
          break;
        case 'dpf': {
          const notUs = third.filter((c) => c !== 'US');
          if (notUs.length > 0) warnings.push({ path: `${path}.mechanism`, message: `the Data Privacy Framework covers only certified organisations in the US, not ${notUs.join(', ')}: choose the tool that covers ${r.name} there (such as standard contractual clauses).` });
          break;
        }
        case 'idta':
        case 'uk-addendum':
          if (law !== 'uk') warnings.push({ path: `${path}.mechanism`, message: `the UK IDTA and the UK Addendum are tools of UK law only; under ${LAW_NAME[law]} choose the tool ${r.name} signed (usually the standard contractual clauses).` });
          break;
        case 'derogation':
          if (entry.derogation === undefined) warnings.push({ path: `${path}.derogation`, message: `choose which Article 49 derogation the transfer to ${r.name} relies on.` });
          break;
        case 'adequacy': {
          const notAdequate = third.filter((c) => !isAdequateFor(law, c));
          if (notAdequate.length > 0) warnings.push({ path: `${path}.mechanism`, message: `${notAdequate.join(', ')} has no adequacy decision under ${LAW_NAME[law]}: choose the tool that covers ${r.name} there.` });
          break;
        }
        default:
          break;
      }
    }
  });
  return warnings;
}

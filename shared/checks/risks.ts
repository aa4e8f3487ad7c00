import type { Project } from '../model/schema.ts';
import { basisRisks } from './basis-risks.ts';
import { recipientRisks, unusedCategoryRisks } from './recipient-risks.ts';
import { transferRisks } from './transfer-risks.ts';
import type { RiskWarning } from './types.ts';
import { californiaRisks, childrenRisks } from './us-risks.ts';

/**
 * Risky facts a privacy professional would act on (a transfer without a
 * tool, special-category data without an Art. 9(2) condition, accounting
 * records on a contract basis, an advertising recipient entered as a
 * processor, …), each naming the field that fixes it. In file order:
 * categories, activities, recipients, company, children.
 */
export function riskWarnings(project: Project): RiskWarning[] {
  return [
    ...unusedCategoryRisks(project),
    ...basisRisks(project),
    ...recipientRisks(project),
    ...transferRisks(project),
    ...californiaRisks(project),
    ...childrenRisks(project),
  ];
}

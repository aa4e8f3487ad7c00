import { AUTHORITY_FOR_LAW } from '../authorities.ts';
import { clause, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

/** United Kingdom (UK GDPR and Data Protection Act 2018). Its transfer tools are in the transfers section. */
export function planUnitedKingdom(): PlannedSection {
  return {
    id: 'united-kingdom',
    clauses: present([clause('united-kingdom.law', true, { authority: AUTHORITY_FOR_LAW.UK })]),
  };
}

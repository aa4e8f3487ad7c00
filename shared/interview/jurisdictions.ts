import { isInEea } from '../model/countries.ts';
import type { Jurisdiction } from '../model/schema.ts';

/**
 * The law of the company's own country, where Policy Studio has one: the GDPR
 * for the EEA, the UK GDPR, the FADP, the LGPD, PIPEDA, the Australian
 * Privacy Act. A US company has no one home law: the interview asks in which
 * states it has customers (`questions.ts`).
 */
export function homeJurisdiction(country: string): Jurisdiction | undefined {
  if (isInEea(country)) return 'EU';
  const own: Partial<Record<string, Jurisdiction>> = { GB: 'UK', CH: 'CH', BR: 'BR', CA: 'CA', AU: 'AU' };
  return own[country];
}

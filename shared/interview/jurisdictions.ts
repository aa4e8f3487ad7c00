import { isInEea } from '../model/countries.ts';
import type { Jurisdiction } from '../model/schema.ts';

/**
 * The law of the company's own country, where Policy Studio has one: the GDPR
 * for the EEA, the UK GDPR, the FADP, US state law, the LGPD, PIPEDA, the
 * Australian Privacy Act.
 */
export function homeJurisdiction(country: string): Jurisdiction | undefined {
  if (isInEea(country)) return 'EU';
  const own: Partial<Record<string, Jurisdiction>> = { GB: 'UK', CH: 'CH', US: 'US', BR: 'BR', CA: 'CA', AU: 'AU' };
  return own[country];
}

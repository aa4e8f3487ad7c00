import { CH_ADEQUATE_COUNTRIES, EU_ADEQUATE_COUNTRIES, isInEea, UK_ADEQUATE_COUNTRIES } from './countries.ts';
import type { Jurisdiction, TransferLaw } from './schema.ts';

/** The selected law each transfer regime belongs to. */
export const TRANSFER_LAW_JURISDICTION: Readonly<Record<TransferLaw, Jurisdiction>> = { eu: 'EU', uk: 'UK', ch: 'CH' };

/**
 * True when data held in `country` has left the area the law lets it move in
 * freely: the EEA for the GDPR; the UK or the EEA for the UK GDPR; Switzerland
 * or the EEA for the FADP (UK adequacy regulations and Annex 1 to the Swiss
 * Data Protection Ordinance both cover the EEA states, so those need no tool).
 */
export function isThirdCountryFor(law: TransferLaw, country: string): boolean {
  if (isInEea(country)) return false;
  if (law === 'uk') return country !== 'GB';
  if (law === 'ch') return country !== 'CH';
  return true;
}

/** The transfer regimes among the selected laws, in the fixed order eu, uk, ch. */
export function selectedTransferLaws(jurisdictions: readonly Jurisdiction[]): TransferLaw[] {
  return (['eu', 'uk', 'ch'] as const).filter((law) => jurisdictions.includes(TRANSFER_LAW_JURISDICTION[law]));
}

const ADEQUATE: Readonly<Record<TransferLaw, ReadonlySet<string>>> = { eu: EU_ADEQUATE_COUNTRIES, uk: UK_ADEQUATE_COUNTRIES, ch: CH_ADEQUATE_COUNTRIES };

/** True when `law` recognises `country` as protecting personal data adequately (GDPR Art. 45, UK adequacy regulations, Annex 1 DPO). */
export function isAdequateFor(law: TransferLaw, country: string): boolean {
  return ADEQUATE[law].has(country);
}

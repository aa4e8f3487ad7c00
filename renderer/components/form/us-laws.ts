import { US_STATE_JURISDICTIONS, type Jurisdiction } from '../../../shared/model/index.ts';

const STATES: readonly string[] = US_STATE_JURISDICTIONS;

/** Whether a US law is selected (California's or another state's): the form then asks the CCPA-style questions. */
export function hasUsLaw(jurisdictions: readonly Jurisdiction[]): boolean {
  return jurisdictions.some((j) => j === 'US-CA' || STATES.includes(j));
}

/** Whether a comprehensive state law other than California's is selected (targeted advertising, profiling opt-outs). */
export function hasOtherStateLaw(jurisdictions: readonly Jurisdiction[]): boolean {
  return jurisdictions.some((j) => STATES.includes(j));
}

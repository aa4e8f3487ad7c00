import type { Jurisdiction } from '../model/schema.ts';
import { australia } from './australia.ts';
import { ccpa } from './ccpa.ts';
import { fadp } from './fadp.ts';
import { gdpr } from './gdpr.ts';
import { lgpd } from './lgpd.ts';
import { pipeda } from './pipeda.ts';
import type { Law } from './types.ts';
import { ukGdpr } from './uk-gdpr.ts';
import { usStates } from './us-states.ts';

/** Every law module, by the jurisdiction that selects it: adding a law is adding a module and a line here. */
export const LAWS: Readonly<Record<Jurisdiction, Law>> = {
  EU: gdpr,
  UK: ukGdpr,
  CH: fadp,
  'US-CA': ccpa,
  US: usStates,
  BR: lgpd,
  CA: pipeda,
  AU: australia,
};

/** The module of a law. */
export function lawFor(id: Jurisdiction): Law {
  return LAWS[id];
}

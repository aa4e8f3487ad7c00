import type { Jurisdiction } from '../model/schema.ts';
import { australia } from './australia.ts';
import { ccpa } from './ccpa.ts';
import { fadp } from './fadp.ts';
import { gdpr } from './gdpr.ts';
import { lgpd } from './lgpd.ts';
import { nevada } from './nevada.ts';
import { pipeda } from './pipeda.ts';
import { quebec } from './quebec.ts';
import { caloppa } from './caloppa.ts';
import { coppa } from './coppa.ts';
import { FACT_TRIGGERED_LAW_IDS, type FactTriggeredLawId, type Law, type LawId } from './types.ts';
import { ukGdpr } from './uk-gdpr.ts';
import { US_STATE_LAWS } from './us-states.ts';
import { washingtonHealth } from './washington-health.ts';

/** Every law module, by the jurisdiction that selects it: adding a law is adding a module and a line here. */
export const LAWS: Readonly<Record<Jurisdiction, Law>> = {
  EU: gdpr,
  UK: ukGdpr,
  CH: fadp,
  'US-CA': ccpa,
  ...US_STATE_LAWS,
  'US-NV': nevada,
  'US-WA': washingtonHealth,
  'CA-QC': quebec,
  BR: lgpd,
  CA: pipeda,
  AU: australia,
};

/** Laws the facts bring into play, whatever jurisdictions are selected (`Law.appliesTo` says when). */
export const FACT_TRIGGERED_LAWS: Readonly<Record<FactTriggeredLawId, Law>> = {
  COPPA: coppa,
  CALOPPA: caloppa,
};

export function isFactTriggered(id: string): id is FactTriggeredLawId {
  return (FACT_TRIGGERED_LAW_IDS as readonly string[]).includes(id);
}

/** The module of a law. */
export function lawFor(id: LawId): Law {
  return isFactTriggered(id) ? FACT_TRIGGERED_LAWS[id] : LAWS[id];
}

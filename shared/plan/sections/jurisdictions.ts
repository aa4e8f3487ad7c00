import type { Jurisdiction, Project } from '../../model/schema.ts';
import { present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';
import { planAustralia } from './australia.ts';
import { planBrazil } from './brazil.ts';
import { planCalifornia } from './california.ts';
import { planCanada } from './canada.ts';
import { planNevada } from './nevada.ts';
import { planQuebec } from './quebec.ts';
import { planSwitzerland } from './switzerland.ts';
import { planUnitedKingdom } from './united-kingdom.ts';
import { planUnitedStates } from './united-states.ts';
import { planWashingtonHealth } from './washington-health.ts';

/** One section per selected law with duties of its own, in a fixed order (one module per law). */
export function planJurisdictions(project: Project): PlannedSection[] {
  const has = (j: Jurisdiction) => project.jurisdictions.includes(j);
  return present([
    has('UK') ? planUnitedKingdom() : null,
    has('CH') ? planSwitzerland(project) : null,
    has('US-CA') ? planCalifornia(project) : null,
    planUnitedStates(project),
    has('US-NV') ? planNevada(project) : null,
    has('US-WA') ? planWashingtonHealth(project) : null,
    has('BR') ? planBrazil(project) : null,
    has('CA') ? planCanada(project) : null,
    has('CA-QC') ? planQuebec(project) : null,
    has('AU') ? planAustralia(project) : null,
  ]);
}

import { US_STATE_JURISDICTIONS, type Jurisdiction, type Project, type UsStateJurisdiction } from '../model/schema.ts';

/**
 * Which US laws a project selects, for the modules and sections that only
 * need to know "is any US law in play" (children, consent wording, the
 * interview). Import these rather than listing state ids.
 */

const STATES: ReadonlySet<string> = new Set(US_STATE_JURISDICTIONS);

/** Whether a jurisdiction is one of the comprehensive state laws of the table (not California, Nevada or Washington). */
export function isUsStateLaw(j: Jurisdiction): j is UsStateJurisdiction {
  return STATES.has(j);
}

/** Whether a jurisdiction is any US law: California, a state of the table, Nevada or Washington. */
export function isUsLaw(j: Jurisdiction): boolean {
  return j.startsWith('US-');
}

/** Whether the project selects any US law (for COPPA, which applies wherever a US law is in play). */
export function hasUsJurisdiction(project: Pick<Project, 'jurisdictions'>): boolean {
  return project.jurisdictions.some(isUsLaw);
}

/** The state laws of the table the project selects, in the table's order. */
export function selectedUsStates(project: Pick<Project, 'jurisdictions'>): UsStateJurisdiction[] {
  return US_STATE_JURISDICTIONS.filter((j) => project.jurisdictions.includes(j));
}

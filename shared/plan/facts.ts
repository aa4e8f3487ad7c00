import type { Jurisdiction, Project } from '../model/schema.ts';
import { isInEea } from '../model/countries.ts';
import type { CommonFacts, PlannedClause } from './types.ts';

/** Laws that use the GDPR's vocabulary of legal bases and controller duties. */
export const GDPR_FAMILY: readonly Jurisdiction[] = ['EU', 'UK', 'CH'];

export function hasAny(project: Project, laws: readonly Jurisdiction[]): boolean {
  return project.jurisdictions.some((j) => laws.includes(j));
}

/** A clause, or nothing when its trigger is off: keeps the section planners declarative. */
export function clause(id: string, when: boolean, facts: Record<string, unknown> = {}): PlannedClause | null {
  return when ? { id, facts } : null;
}

export function present<T>(items: readonly (T | null)[]): T[] {
  return items.filter((item): item is T => item !== null);
}

/**
 * The area data may move within freely: the EEA under EU law; the UK or
 * Switzerland when only that law applies (both treat the EEA as adequate).
 */
export type HomeArea = 'eea' | 'uk' | 'ch';

export function homeArea(project: Project): HomeArea | null {
  if (project.jurisdictions.includes('EU')) return 'eea';
  if (project.jurisdictions.includes('UK')) return 'uk';
  if (project.jurisdictions.includes('CH')) return 'ch';
  return null;
}

/**
 * True when sending data to `country` is a transfer under the GDPR family.
 * With EU law selected, the UK and Switzerland are third countries too
 * (adequate ones), so a transfer there still names its safeguard.
 */
export function isThirdCountry(country: string, area: HomeArea): boolean {
  if (isInEea(country)) return false;
  if (area === 'uk') return country !== 'GB';
  if (area === 'ch') return country !== 'CH';
  return true;
}

export function commonFacts(project: Project): CommonFacts {
  const { company } = project;
  const dates = [project.effectiveDate, ...project.changeLog.map((c) => c.date)].sort();
  return {
    company: {
      legalName: company.legalName,
      displayName: company.tradingName ?? company.legalName,
      tradingName: company.tradingName,
      registrationNumber: company.registrationNumber,
      address: company.address,
      email: company.email,
      phone: company.phone,
      website: company.website,
    },
    policy: {
      effectiveDate: project.effectiveDate,
      lastUpdated: dates[dates.length - 1] ?? project.effectiveDate,
      jurisdictions: project.jurisdictions,
    },
  };
}

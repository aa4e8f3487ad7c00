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

/** True when data leaves the area whose law the company follows (EEA for the GDPR). */
export function isThirdCountry(country: string, project: Project): boolean {
  return !isInEea(country) && !(project.jurisdictions.includes('UK') && country === 'GB') && !(project.jurisdictions.includes('CH') && country === 'CH');
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

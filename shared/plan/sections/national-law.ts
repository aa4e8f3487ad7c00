import { leadAuthority } from '../../laws/eea-authorities.ts';
import { GDPR_ART_8, nationalLaw, stated } from '../../laws/eea-national.ts';
import { isInEea } from '../../model/countries.ts';
import type { Project } from '../../model/schema.ts';
import type { Authority } from '../authorities.ts';

/**
 * What the policy says about national law in the EEA, for the company's own
 * country (when it is in the EEA) and each market the user selected. Only
 * under the GDPR, and only facts the table confirms (`stated`): a country
 * the table cannot vouch for is simply not named.
 */

/** The EEA countries whose national law the policy cites: the company's first, then its markets, each once. */
export function concernedCountries(project: Project): string[] {
  if (!project.jurisdictions.includes('EU')) return [];
  const own = project.company.address.country;
  return [...new Set([...(isInEea(own) ? [own] : []), ...project.markets])];
}

export interface ActFact {
  country: string;
  name: string;
}

/** The acts that supplement the GDPR in the countries concerned. */
export function nationalActs(project: Project): ActFact[] {
  return concernedCountries(project).flatMap((country) => {
    const act = stated(nationalLaw(country)?.act);
    return act ? [{ country, name: act.name }] : [];
  });
}

export interface CookieRuleFact {
  country: string;
  provision: string;
}

/** The national rules that require consent before non-essential cookies, in the countries concerned. */
export function cookieRules(project: Project): CookieRuleFact[] {
  return concernedCountries(project).flatMap((country) => {
    const rule = stated(nationalLaw(country)?.cookieRule);
    return rule ? [{ country, provision: rule.provision }] : [];
  });
}

export interface ConsentAgeFact {
  country: string;
  age: number;
  /** The national provision; absent where the GDPR's own age applies (`gdprDefault`) or no source named one. */
  provision?: string;
  /** The country kept the GDPR's 16 (Art. 8(1)), which each language cites in its own words. */
  gdprDefault: boolean;
}

/** The age of digital consent (GDPR Art. 8(1)) in each country concerned that the table knows. */
export function consentAges(project: Project): ConsentAgeFact[] {
  return concernedCountries(project).flatMap((country): ConsentAgeFact[] => {
    const age = stated(nationalLaw(country)?.consentAge);
    if (!age) return [];
    if (age.provision === GDPR_ART_8) return [{ country, age: age.age, gdprDefault: true }];
    return [age.provision === undefined ? { country, age: age.age, gdprDefault: false } : { country, age: age.age, provision: age.provision, gdprDefault: false }];
  });
}

/**
 * Whether the national ages matter to this service: one of them differs from
 * the GDPR's 16, and someone below it may use the service (the service is
 * for children, or its minimum age is below that country's age).
 */
export function consentAgesApply(project: Project, ages: readonly ConsentAgeFact[]): boolean {
  const { minimumAge, directedAtChildren } = project.children;
  if (!ages.some((a) => a.age !== 16)) return false;
  return directedAtChildren || ages.some((a) => minimumAge < a.age);
}

export interface MarketAuthorityFact {
  country: string;
  authority: Authority;
}

/**
 * The authorities of the markets, for people there to complain to at home
 * (GDPR Art. 77(1)); the company's own country is named as its lead
 * authority elsewhere. Germany has one per state, so no single one is named
 * for a German market.
 */
export function marketAuthorities(project: Project): MarketAuthorityFact[] {
  if (!project.jurisdictions.includes('EU')) return [];
  const own = project.company.address.country;
  return project.markets.flatMap((country) => {
    if (country === own || country === 'DE') return [];
    const authority = leadAuthority(country);
    return authority ? [{ country, authority }] : [];
  });
}

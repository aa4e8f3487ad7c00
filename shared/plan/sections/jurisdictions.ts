import type { Project } from '../../model/schema.ts';
import { AUTHORITY_FOR_LAW } from '../authorities.ts';
import { responseDeadline } from '../deadlines.ts';
import { clause, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

const distinctCountries = (project: Project, except: string): string[] =>
  [...new Set(project.processors.map((p) => p.country).filter((c) => c !== except))].sort();

/** California (CCPA as amended by the CPRA). */
function planCalifornia(project: Project): PlannedSection {
  const { sells, sharesForAdvertising } = project.dataSales;
  const sensitive = project.dataCategories.filter((c) => c.sensitive).map((c) => c.name);
  return {
    id: 'california',
    clauses: present([
      clause('california.categories', true, {
        categories: project.dataCategories.map((c) => ({ name: c.name, source: c.source, purposes: c.purposes })),
        recipients: project.processors.map((p) => ({ name: p.name, activity: p.activity })),
      }),
      clause('california.sale', sells || sharesForAdvertising, { sells, sharesForAdvertising }),
      clause('california.no-sale', !sells && !sharesForAdvertising),
      clause('california.rights', true, {
        optOut: sells || sharesForAdvertising,
        limitSensitive: sensitive.length > 0,
        deadline: responseDeadline('US-CA', project.rights.responseDays),
      }),
      clause('california.signals', true, { gpc: project.signals.globalPrivacyControl, dnt: project.signals.doNotTrack }),
      clause('california.agent', true, { authority: AUTHORITY_FOR_LAW['US-CA'] }),
    ]),
  };
}

/** Other US states with comprehensive privacy laws, and Do Not Track (CalOPPA). */
function planUnitedStates(project: Project): PlannedSection {
  return {
    id: 'united-states',
    clauses: present([
      clause('united-states.state-rights', true, {
        deadline: responseDeadline('US', project.rights.responseDays),
        sells: project.dataSales.sells,
        targetedAdvertising: project.dataSales.sharesForAdvertising,
      }),
      // California's section already states the signals; say it once.
      clause('united-states.signals', !project.jurisdictions.includes('US-CA'), {
        gpc: project.signals.globalPrivacyControl,
        dnt: project.signals.doNotTrack,
      }),
    ]),
  };
}

/** Brazil (LGPD). */
function planBrazil(project: Project): PlannedSection {
  const abroad = distinctCountries(project, 'BR');
  return {
    id: 'brazil',
    clauses: present([
      clause('brazil.rights', true, { deadline: responseDeadline('BR', project.rights.responseDays) }),
      clause('brazil.transfers', abroad.length > 0, { countries: abroad }),
      clause('brazil.authority', true, { authority: AUTHORITY_FOR_LAW.BR }),
    ]),
  };
}

/** Switzerland (revised Federal Act on Data Protection, in force since 1 September 2023); its representative is in the contact section. */
function planSwitzerland(project: Project): PlannedSection {
  return {
    id: 'switzerland',
    clauses: present([clause('switzerland.law', true, { deadline: responseDeadline('CH', project.rights.responseDays) })]),
  };
}

/** United Kingdom (UK GDPR and Data Protection Act 2018). */
function planUnitedKingdom(): PlannedSection {
  return {
    id: 'united-kingdom',
    clauses: present([clause('united-kingdom.law', true, { authority: AUTHORITY_FOR_LAW.UK })]),
  };
}

/** Canada (PIPEDA). */
function planCanada(project: Project): PlannedSection {
  const abroad = distinctCountries(project, 'CA');
  return {
    id: 'canada',
    clauses: present([
      clause('canada.law', true, { deadline: responseDeadline('CA', project.rights.responseDays) }),
      clause('canada.abroad', abroad.length > 0, { countries: abroad }),
    ]),
  };
}

/** Australia (Privacy Act 1988 and the Australian Privacy Principles). */
function planAustralia(project: Project): PlannedSection {
  const abroad = distinctCountries(project, 'AU');
  return {
    id: 'australia',
    clauses: present([
      clause('australia.law', true, { deadline: responseDeadline('AU', project.rights.responseDays) }),
      clause('australia.overseas', abroad.length > 0, { countries: abroad }),
    ]),
  };
}

/** One section per selected law with duties of its own, in a fixed order. */
export function planJurisdictions(project: Project): PlannedSection[] {
  const has = (j: Project['jurisdictions'][number]) => project.jurisdictions.includes(j);
  return present([
    has('UK') ? planUnitedKingdom() : null,
    has('CH') ? planSwitzerland(project) : null,
    has('US-CA') ? planCalifornia(project) : null,
    has('US') ? planUnitedStates(project) : null,
    has('BR') ? planBrazil(project) : null,
    has('CA') ? planCanada(project) : null,
    has('AU') ? planAustralia(project) : null,
  ]);
}

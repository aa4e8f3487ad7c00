import type { Jurisdiction, LocalizedText } from '../model/schema.ts';

/** Facts every template may use, under `company` and `policy`. */
export interface CommonFacts {
  company: {
    legalName: string;
    /** The name the policy calls the company by: trading name if given, else legal name. */
    displayName: string;
    tradingName?: string;
    registrationNumber?: string;
    address: { street: string; postalCode: string; city: string; country: string };
    email: string;
    phone?: string;
    website?: string;
  };
  policy: {
    effectiveDate: string;
    /** The newest of the effective date and the change-log dates. */
    lastUpdated: string;
    jurisdictions: Jurisdiction[];
  };
}

/** One clause that applies, with the facts its template states. */
export interface PlannedClause {
  id: string;
  facts: Record<string, unknown>;
}

/** One section of the policy, in document order. */
export interface PlannedSection {
  id: string;
  clauses: PlannedClause[];
}

/** Language-neutral decisions: which sections and clauses apply, and what each says. */
export interface PolicyPlan {
  common: CommonFacts;
  sections: PlannedSection[];
}

/** A line of a table of localisable values, as templates receive it. */
export type Row = Record<string, LocalizedText | string | number | boolean | string[] | LocalizedText[] | undefined>;

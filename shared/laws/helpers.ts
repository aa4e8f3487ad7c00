import type { Activity, Jurisdiction, Project, TransferLaw } from '../model/schema.ts';
import { isThirdCountryFor } from '../model/transfer-areas.ts';
import type { Applicability, ClauseFacts, ClauseRef, FieldRef } from './types.ts';

/** Small builders that keep the law modules declarative. */

export const APPLIES: Applicability = { applies: true };

export function notApplicable(why: string): Applicability {
  return { applies: false, why };
}

/** Applies when `condition` holds, else not applicable for `why`. */
export function appliesIf(condition: boolean, why: string): Applicability {
  return condition ? APPLIES : notApplicable(why);
}

export function ref(clause: string, when?: ClauseRef['when']): ClauseRef {
  return when ? { clause, when } : { clause };
}

/** A field that does not depend on the project. */
export function fixedField(path: string, enter: string): () => FieldRef {
  return () => ({ path, enter });
}

/** A fact of a clause, read as the type the planner gave it. */
export function fact<T>(facts: ClauseFacts, key: string): T | undefined {
  return facts[key] as T | undefined;
}

/** Whether a clause's `key` fact is true. */
export const flag = (key: string) => (facts: ClauseFacts) => facts[key] === true;

/** Whether a clause's `key` fact lists `value` (a law in `rights.gdpr`'s `laws`, say). */
export const lists = (key: string, value: string) => (facts: ClauseFacts) => (fact<unknown[]>(facts, key) ?? []).includes(value);

export function selects(project: Project, law: Jurisdiction): boolean {
  return project.jurisdictions.includes(law);
}

/** Every request channel the policy lists: those entered, else email to the company (the schema's default). */
export function channelsOf(project: Project): Project['company']['requestChannels'] {
  return project.company.requestChannels.length > 0 ? project.company.requestChannels : [{ kind: 'email', email: project.company.email }];
}

/** The first activity (with its index) that matches, for a field path. */
export function firstActivity(project: Project, test: (a: Activity) => boolean): number {
  return project.activities.findIndex(test);
}

/** The first legal-basis entry that matches, as `activities[i].legalBases[j]`. */
export function firstBasisPath(project: Project, test: (b: Activity['legalBases'][number]) => boolean): string | undefined {
  for (const [i, a] of project.activities.entries()) {
    const j = a.legalBases.findIndex(test);
    if (j >= 0) return `activities[${i}].legalBases[${j}]`;
  }
  return undefined;
}

/** Whether a recipient's data reaches a country outside the area `law` lets it move in freely. */
export function recipientAbroad(recipient: Project['recipients'][number], law: TransferLaw): boolean {
  return [...recipient.storedIn, ...recipient.accessedFrom].some((c) => isThirdCountryFor(law, c));
}

/** Whether a recipient abroad under `law` has no transfer tool entered. */
export function withoutTool(recipient: Project['recipients'][number], law: TransferLaw): boolean {
  const entry = recipient.transfers[law];
  return recipientAbroad(recipient, law) && (entry === undefined || entry.mechanism === 'none');
}

/** Sources that are not the person themselves, whose data an Art. 14-type notice covers. */
export const NOT_FROM_PERSON = ['third-party', 'public', 'organisation', 'other-user'] as const;

export function hasSourceNotFromPerson(project: Project): boolean {
  return project.dataCategories.some((c) => c.sources.some((s) => (NOT_FROM_PERSON as readonly string[]).includes(s.kind)));
}

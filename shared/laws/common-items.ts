import { DATA_SOURCES } from '../model/schema.ts';
import { APPLIES, appliesIf, fixedField, hasSourceNotFromPerson, ref } from './helpers.ts';
import { NOT_FROM_PERSON_CLAUSES, SHARING_CLAUSES } from './gdpr-family.ts';
import type { NoticeItem } from './types.ts';

/**
 * Notice items that several laws word alike, each law passing its own id,
 * article and description. The clause ids are the plan's
 * (`plan/sections/*.ts`); the plan refactor should keep them or update these.
 */

/** Every clause that lists data by source (`data-collected.<source>`). */
export const DATA_COLLECTED_CLAUSES: readonly string[] = DATA_SOURCES.map((s) => `data-collected.${s}`);

type Labels = Pick<NoticeItem, 'id' | 'article' | 'description'>;

export function controllerItem(labels: Labels, clauses: readonly string[] = ['about.controller', 'contact.company']): NoticeItem {
  return {
    ...labels,
    appliesWhen: () => APPLIES,
    statedBy: clauses.map((c) => ref(c)),
    field: fixedField('company', 'Enter the company\'s legal name, address and email address.'),
  };
}

export function purposesItem(labels: Labels): NoticeItem {
  return {
    ...labels,
    appliesWhen: () => APPLIES,
    statedBy: [ref('purposes.activities')],
    field: fixedField('activities', 'Enter each processing activity with its purpose and the data it uses.'),
  };
}

export function dataCollectedItem(labels: Labels): NoticeItem {
  return {
    ...labels,
    appliesWhen: () => APPLIES,
    statedBy: DATA_COLLECTED_CLAUSES.map((c) => ref(c)),
    field: fixedField('dataCategories', 'Enter each data category with its sources.'),
  };
}

/** Categories of data not obtained from the person (GDPR Art. 14(1)(d), FADP Art. 19(3)). */
export function categoriesNotFromPersonItem(labels: Labels): NoticeItem {
  return {
    ...labels,
    appliesWhen: (p) => appliesIf(hasSourceNotFromPerson(p), 'all data comes from the person or from their use of the service.'),
    statedBy: NOT_FROM_PERSON_CLAUSES.map((c) => ref(c)),
    field: fixedField('dataCategories', 'Enter each data category with its sources.'),
  };
}

/** Every group of recipients the plan lists, none dropped. */
export function recipientsItem(labels: Labels): NoticeItem {
  return {
    ...labels,
    appliesWhen: (p) => appliesIf(p.recipients.length > 0, 'no recipients are entered.'),
    statedBy: SHARING_CLAUSES.map((c) => ref(c)),
    all: true,
    field: fixedField('recipients', 'Enter each recipient with its role and what it does with the data.'),
  };
}

export function retentionItem(labels: Labels): NoticeItem {
  return {
    ...labels,
    appliesWhen: () => APPLIES,
    statedBy: [ref('retention.table')],
    field: fixedField('activities[0].retention', 'Enter how long each activity keeps its data, and from when.'),
  };
}

export function automatedDecisionsItem(labels: Labels): NoticeItem {
  return {
    ...labels,
    appliesWhen: (p) => appliesIf(p.automatedDecisions.used, 'no automated decisions are made (automatedDecisions.used).'),
    statedBy: [ref('automated-decisions.used')],
    field: fixedField('automatedDecisions.description', 'Describe the automated decision, its logic and what it means for the person.'),
  };
}

/** A named person or office to contact about privacy (LGPD encarregado, PIPEDA accountable person). */
export function privacyContactItem(labels: Labels, enter: string): NoticeItem {
  return {
    ...labels,
    appliesWhen: () => APPLIES,
    statedBy: [ref('contact.dpo')],
    field: fixedField('company.dpo', enter),
  };
}

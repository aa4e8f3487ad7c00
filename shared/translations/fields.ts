import type { LocalizedText, Project } from '../model/schema.ts';

/** One free text of a project that can be translated, with its JSON path (`['dataCategories', 2, 'name']`). */
export interface TranslatableField {
  path: (string | number)[];
  value: LocalizedText;
}

/**
 * Every free text (LocalizedText) of a project, in the order the fields
 * appear in a `.policy` file, with its JSON path. The translation view shows
 * one row per field, the export check and the translators' files address
 * each by its path. A test walks the schema so that a new free-text field
 * cannot be forgotten here.
 */
export function translatableFields(project: Project): TranslatableField[] {
  return TRANSLATABLE_PARTS.flatMap((part) => partFields(project, part));
}

/** The top-level parts of a project that hold free texts, in file order; each part's fields depend on that part alone. */
export const TRANSLATABLE_PARTS = ['company', 'scope', 'dataCategories', 'activities', 'recipients', 'cookies', 'children', 'changeLog', 'automatedDecisions', 'security'] as const;

export type TranslatablePart = (typeof TRANSLATABLE_PARTS)[number];

/** The free texts of one top-level part: the translation gaps keep results per part object, so an edit elsewhere reuses them. */
export function partFields(project: Project, part: TranslatablePart): TranslatableField[] {
  const out: TranslatableField[] = [];
  const add = (path: (string | number)[], value: LocalizedText | undefined): void => {
    if (value !== undefined) out.push({ path, value });
  };
  switch (part) {
    case 'company':
      project.company.requestChannels.forEach((channel, i) => {
        if (channel.kind === 'in-app') add(['company', 'requestChannels', i, 'where'], channel.where);
      });
      break;
    case 'scope':
      project.scope.services.forEach((service, i) => add(['scope', 'services', i], service));
      break;
    case 'dataCategories':
      project.dataCategories.forEach((category, i) => {
        add(['dataCategories', i, 'name'], category.name);
        category.examples.forEach((example, j) => add(['dataCategories', i, 'examples', j], example));
        category.sources.forEach((source, j) => add(['dataCategories', i, 'sources', j, 'detail'], source.detail));
      });
      break;
    case 'activities':
      project.activities.forEach((activity, i) => {
        add(['activities', i, 'purpose'], activity.purpose);
        activity.legalBases.forEach((basis, j) => {
          add(['activities', i, 'legalBases', j, 'interest'], basis.interest);
          add(['activities', i, 'legalBases', j, 'obligation'], basis.obligation);
          add(['activities', i, 'legalBases', j, 'criminalAuthority'], basis.criminalAuthority);
        });
        add(['activities', i, 'consequence'], activity.consequence);
        if (activity.retention.kind === 'text') add(['activities', i, 'retention', 'text'], activity.retention.text);
      });
      break;
    case 'recipients':
      project.recipients.forEach((recipient, i) => {
        add(['recipients', i, 'activity'], recipient.activity);
        add(['recipients', i, 'jointArrangement'], recipient.jointArrangement);
      });
      break;
    case 'cookies':
      project.cookies.forEach((cookie, i) => {
        add(['cookies', i, 'purpose'], cookie.purpose);
        add(['cookies', i, 'duration'], cookie.duration);
      });
      break;
    case 'children':
      add(['children', 'parentalConsent'], project.children.parentalConsent);
      break;
    case 'changeLog':
      project.changeLog.forEach((entry, i) => add(['changeLog', i, 'summary'], entry.summary));
      break;
    case 'automatedDecisions':
      add(['automatedDecisions', 'description'], project.automatedDecisions.description);
      break;
    case 'security':
      project.security.measures.forEach((measure, i) => add(['security', 'measures', i], measure));
      break;
  }
  return out;
}

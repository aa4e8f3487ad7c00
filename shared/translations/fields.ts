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
  const out: TranslatableField[] = [];
  const add = (path: (string | number)[], value: LocalizedText | undefined): void => {
    if (value !== undefined) out.push({ path, value });
  };

  project.company.requestChannels.forEach((channel, i) => {
    if (channel.kind === 'in-app') add(['company', 'requestChannels', i, 'where'], channel.where);
  });
  project.scope.services.forEach((service, i) => add(['scope', 'services', i], service));
  project.dataCategories.forEach((category, i) => {
    add(['dataCategories', i, 'name'], category.name);
    category.examples.forEach((example, j) => add(['dataCategories', i, 'examples', j], example));
    category.sources.forEach((source, j) => add(['dataCategories', i, 'sources', j, 'detail'], source.detail));
  });
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
  project.recipients.forEach((recipient, i) => {
    add(['recipients', i, 'activity'], recipient.activity);
    add(['recipients', i, 'jointArrangement'], recipient.jointArrangement);
  });
  project.cookies.forEach((cookie, i) => {
    add(['cookies', i, 'purpose'], cookie.purpose);
    add(['cookies', i, 'duration'], cookie.duration);
  });
  add(['children', 'parentalConsent'], project.children.parentalConsent);
  project.changeLog.forEach((entry, i) => add(['changeLog', i, 'summary'], entry.summary));
  add(['automatedDecisions', 'description'], project.automatedDecisions.description);
  project.security.measures.forEach((measure, i) => add(['security', 'measures', i], measure));
  return out;
}

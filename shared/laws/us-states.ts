import type { Project, UsStateJurisdiction } from '../model/schema.ts';
import { dataCollectedItem, purposesItem, recipientsItem } from './common-items.ts';
import { APPLIES, appliesIf, fact, fixedField, notApplicable, ref } from './helpers.ts';
import type { Law, NoticeItem } from './types.ts';
import { US_STATE_TABLE, inForceOn, type UsSpecialStatement, type UsStateRow } from './us-state-table.ts';

/**
 * One `Law` per row of the US state table, so the checklist (and
 * `policy-studio check --law US-TX`) reports each state on its own. The
 * notice content follows the Virginia pattern most states copied (categories,
 * purposes, how to exercise rights and appeal, what is shared with whom,
 * sale and targeted advertising); a state's own statements come from its
 * row's `special` list. All of them are stated by the one section
 * "Your US state privacy rights" (`plan/sections/united-states.ts`).
 */

/** Whether the `united-states.table` clause has a row for `state`. */
const tableLists = (state: UsStateJurisdiction) => (facts: Readonly<Record<string, unknown>>) =>
  (fact<readonly { id: string }[]>(facts, 'rows') ?? []).some((r) => r.id === state);

/** Whether a clause's `states` fact names `state`. */
const names = (state: UsStateJurisdiction) => (facts: Readonly<Record<string, unknown>>) => (fact<readonly string[]>(facts, 'states') ?? []).includes(state);

/** Activities that sell personal data of a category the predicate picks. */
export function sellsCategory(project: Project, pick: (c: Project['dataCategories'][number]) => boolean): boolean {
  const picked = new Set(project.dataCategories.filter(pick).map((c) => c.id));
  return project.activities.some((a) => a.sells && a.categories.some((c) => picked.has(c)));
}

/** Sensitive data as the state laws list it: near the GDPR's special categories and the CPRA's sensitive kinds, so either mark counts. */
export const isSensitive = (c: Project['dataCategories'][number]): boolean => c.special !== undefined || c.sensitivePi !== undefined;
export const isBiometric = (c: Project['dataCategories'][number]): boolean => c.special === 'biometric-identification' || c.sensitivePi === 'biometric-identification';

function specialItem(s: UsSpecialStatement): NoticeItem {
  switch (s.kind) {
    case 'texas-sensitive-sale':
      return {
        id: 'sensitive-sale-notice',
        article: s.article,
        description: 'The exact notice "NOTICE: We may sell your sensitive personal data." where sensitive data is sold.',
        appliesWhen: (p) => appliesIf(sellsCategory(p, isSensitive), 'no activity that sells personal data uses a sensitive category.'),
        statedBy: [ref('united-states.texas-notice', (f) => f.sensitive === true)],
        field: fixedField('activities', 'Mark each activity that sells personal data, and the sensitive categories it uses.'),
      };
    case 'texas-biometric-sale':
      return {
        id: 'biometric-sale-notice',
        article: s.article,
        description: 'The exact notice "NOTICE: We may sell your biometric personal data." where biometric data is sold.',
        appliesWhen: (p) => appliesIf(sellsCategory(p, isBiometric), 'no activity that sells personal data uses biometric data.'),
        statedBy: [ref('united-states.texas-notice', (f) => f.biometric === true)],
        field: fixedField('activities', 'Mark each activity that sells personal data, and the biometric categories it uses.'),
      };
    case 'llm-training':
      return {
        id: 'llm-training',
        article: s.article,
        description: 'Whether personal data is collected, used or sold to train large language models.',
        appliesWhen: (p) => appliesIf(p.effectiveDate >= s.from, `the policy takes effect before ${s.from}, when this statement becomes required.`),
        statedBy: [ref('united-states.llm-training')],
        field: fixedField('languageModelTraining', 'Say whether you use, or sell, personal data to train large language models.'),
      };
    case 'third-parties-sold-to':
      return {
        id: 'third-parties-sold-to',
        article: s.article,
        description: 'Every third party to which personal data has been or may be sold, by name.',
        appliesWhen: (p) => appliesIf(p.activities.some((a) => a.sells), 'no activity sells personal data.'),
        statedBy: [ref('united-states.sold-to', (f) => (fact<readonly unknown[]>(f, 'recipients') ?? []).length > 0)],
        field: fixedField('activities', 'Link each activity that sells personal data to the recipients it is sold to.'),
      };
  }
}

/** The `Law` of one state's row. */
export function usStateLaw(row: UsStateRow): Law {
  const listRight = row.rights.includes('third-party-list') ? 'specific' : row.rights.includes('third-party-categories') ? 'categories' : null;
  const items: NoticeItem[] = [
    dataCollectedItem({ id: 'categories', article: row.noticeSection, description: 'The categories of personal data processed, including any sensitive data.' }),
    purposesItem({ id: 'purposes', article: row.noticeSection, description: 'The purpose of processing personal data.' }),
    {
      id: 'rights-and-appeal',
      article: row.noticeSection,
      description: row.appeal ? 'How consumers may exercise their rights, including how to appeal a decision.' : 'How consumers may exercise their rights.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('united-states.table', tableLists(row.id))],
      field: fixedField('jurisdictions', `Keep ${row.state} (${row.id}) among the jurisdictions.`),
    },
    recipientsItem({ id: 'third-parties', article: row.noticeSection, description: 'The categories of personal data shared with third parties, and the categories of those third parties.' }),
    {
      id: 'sale-and-targeted-advertising',
      article: row.noticeSection,
      description: 'That personal data is sold or used for targeted advertising, and how to opt out.',
      appliesWhen: (p) => appliesIf(p.activities.some((a) => a.sells || a.targetedAdvertising || a.sharesForAdvertising), 'no activity sells personal data or uses it for targeted advertising.'),
      statedBy: [ref('united-states.state-rights', (f) => f.sells === true || f.targetedAdvertising === true)],
      field: fixedField('activities', 'Mark each activity that sells personal data or uses it for targeted advertising.'),
    },
  ];
  if (listRight) {
    items.push({
      id: 'third-party-list',
      article: row.noticeSection,
      description: listRight === 'specific' ? 'The right to a list of the specific third parties personal data was disclosed to.' : 'The right to a list of the categories of third parties personal data was disclosed to.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('united-states.third-party-list', names(row.id))],
      field: fixedField('jurisdictions', `Keep ${row.state} (${row.id}) among the jurisdictions.`),
    });
  }
  for (const s of row.special ?? []) items.push(specialItem(s));
  // A law selected before it takes effect: each item says from when it applies.
  const dated = items.map((item): NoticeItem => ({
    ...item,
    appliesWhen: (p) => (inForceOn(row, p.effectiveDate) ? item.appliesWhen(p) : notApplicable(`the ${row.officialName} applies from ${row.effectiveDate}; this policy takes effect on ${p.effectiveDate}.`)),
  }));
  return {
    id: row.id,
    officialName: row.officialName,
    shortName: `${row.state} (${row.shortName})`,
    protects: `Residents of ${row.state} acting as consumers (not in an employment or business context).`,
    deadline: {
      amount: row.deadline.days,
      unit: 'day',
      extension: { amount: row.deadline.extensionDays, unit: 'day', when: `once, when reasonably necessary, telling the consumer within the first ${row.deadline.days} days` },
      source: row.deadline.source,
    },
    authority: { kind: 'named', authority: { id: `ag-${row.id.toLowerCase()}`, name: row.authority.name, website: row.authority.website }, source: row.citation },
    noticeItems: dated,
  };
}

/** Every state's law, by its jurisdiction id. */
export const US_STATE_LAWS = Object.fromEntries(US_STATE_TABLE.map((row) => [row.id, usStateLaw(row)])) as Readonly<Record<UsStateJurisdiction, Law>>;

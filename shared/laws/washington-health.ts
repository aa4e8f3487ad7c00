import type { Project } from '../model/schema.ts';
import { appliesIf, fact, fixedField, ref } from './helpers.ts';
import type { Applicability, ClauseFacts, Law, NoticeItem } from './types.ts';

/**
 * Washington's My Health My Data Act, chapter 19.373 RCW
 * (https://app.leg.wa.gov/RCW/default.aspx?cite=19.373). Checked 2026-12-01
 * in the statute's text as reproduced by FindLaw ("current as of January 01,
 * 2025") and self-law.org: RCW 19.373.020(1)(a)(i)–(v) (what the consumer
 * health data privacy policy discloses), (1)(b) (a link to it on the
 * homepage), 19.373.030(1) (collection only with consent or as necessary for
 * the product or service asked for; sharing only with a separate consent or
 * as necessary; consent withdrawable), 19.373.030(1)(d) (no discrimination
 * for exercising rights).
 *
 * Not read here: the list of rights in RCW 19.373.040, so the policy names
 * that section and says how to use the rights without listing them; and the
 * full definition in RCW 19.373.010(8). Data marked as health data counts;
 * genetic and biometric data are counted too, as summaries of (8)(b) list them.
 */

const HEALTH_KINDS: readonly string[] = ['health', 'genetic', 'biometric-identification'];

/** The data categories that are consumer health data. */
export function consumerHealthData(project: Project): Project['dataCategories'] {
  return project.dataCategories.filter((c) => (c.special !== undefined && HEALTH_KINDS.includes(c.special)) || (c.sensitivePi !== undefined && HEALTH_KINDS.includes(c.sensitivePi)));
}

function processesHealthData(project: Project): Applicability {
  return appliesIf(consumerHealthData(project).length > 0, 'no data category is marked as health, genetic or biometric data (dataCategories[].special, dataCategories[].sensitivePi).');
}

/** An activity that uses consumer health data on a basis other than consent or the contract the consumer asked for (RCW 19.373.030(1)(a)). */
export function activityWithoutMhmdaBasis(project: Project): number {
  const ids = new Set(consumerHealthData(project).map((c) => c.id));
  return project.activities.findIndex((a) => a.categories.some((id) => ids.has(id)) && !a.legalBases.some((b) => b.basis === 'consent' || b.basis === 'contract'));
}

interface HealthRow {
  sources: unknown[];
  purposes: unknown[];
  sharedWith: unknown[];
}
const rows = (f: ClauseFacts) => fact<HealthRow[]>(f, 'rows') ?? [];

/** An item the consumer health data section states, from its table of categories. */
const policyItem = (
  id: string,
  article: string,
  description: string,
  when?: (f: ClauseFacts) => boolean,
  field = fixedField('dataCategories', 'Mark each category of health data (dataCategories[].special or .sensitivePi) and enter where it comes from.'),
): NoticeItem => ({
  id,
  article,
  description,
  appliesWhen: processesHealthData,
  statedBy: [ref('washington-health.policy', when)],
  field,
});

export const washingtonHealth: Law = {
  id: 'US-WA',
  officialName: 'Washington My Health My Data Act (chapter 19.373 RCW)',
  shortName: 'My Health My Data',
  protects: 'Consumers who are Washington residents, or whose consumer health data is collected in Washington, whose consumer health data a regulated entity collects, shares or sells.',
  authority: { kind: 'none', note: 'a violation is an unfair or deceptive act under the Consumer Protection Act (chapter 19.86 RCW), enforced by the Washington Attorney General and by consumers (RCW 19.373.090; not read here)' },
  noticeItems: [
    policyItem('categories-and-purposes', 'RCW 19.373.020(1)(a)(i)', 'The categories of consumer health data collected, and the purposes for which it is collected, including how it will be used.', (f) => rows(f).every((r) => r.purposes.length > 0), fixedField('activities', 'Enter the activities that use each category of health data.')),
    policyItem('sources', 'RCW 19.373.020(1)(a)(ii)', 'The categories of sources from which consumer health data is collected.'),
    policyItem('shared-categories', 'RCW 19.373.020(1)(a)(iii)', 'The categories of consumer health data that are shared.'),
    policyItem('third-parties-and-affiliates', 'RCW 19.373.020(1)(a)(iv)', 'A list of the categories of third parties and specific affiliates with whom consumer health data is shared.', undefined, fixedField('recipients', 'Enter each recipient of health data with its role; name each group company that receives it.')),
    {
      id: 'rights',
      article: 'RCW 19.373.020(1)(a)(v); 19.373.030(1)(c)(iv)',
      description: 'How a consumer can exercise the rights of RCW 19.373.040, and withdraw consent to collection or sharing.',
      appliesWhen: processesHealthData,
      statedBy: [ref('washington-health.rights')],
      field: fixedField('company.requestChannels', 'Enter how consumers make requests.'),
    },
    {
      id: 'consent',
      article: 'RCW 19.373.030(1)(a)–(b)',
      description: 'That consumer health data is collected and shared only with consent or as necessary to provide the product or service the consumer asked for.',
      appliesWhen: processesHealthData,
      statedBy: [ref('washington-health.policy', (_f, p) => activityWithoutMhmdaBasis(p) < 0)],
      field: (p) => {
        const i = activityWithoutMhmdaBasis(p);
        return {
          path: i >= 0 ? `activities[${i}].legalBases` : 'activities',
          enter: 'Washington allows consumer health data to be collected only with consent or as necessary for the service the consumer asked for: base this activity on consent or on the contract.',
        };
      },
    },
  ],
};

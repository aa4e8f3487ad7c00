import { AUTHORITY_FOR_LAW } from '../plan/authorities.ts';
import { countriesAbroad } from '../plan/recipients.ts';
import type { Project } from '../model/schema.ts';
import { DATA_COLLECTED_CLAUSES, dataCollectedItem, purposesItem } from './common-items.ts';
import { APPLIES, appliesIf, fixedField, ref } from './helpers.ts';
import type { Law } from './types.ts';

/**
 * The Privacy Act 1988 (Cth) and its Australian Privacy Principles
 * (Schedule 1). Notice items: APP 1.4(a)–(g), what an APP privacy policy
 * must contain, https://www.legislation.gov.au/C2004A03712/latest/text
 * (Schedule 1, clause 1.4; checked 2025).
 */
const overseas = (p: Project) => {
  const abroad = countriesAbroad(p, 'AU');
  return appliesIf(abroad.own.length + abroad.recipients.length > 0, 'no personal information is disclosed to or held by anyone outside Australia.');
};

export const australia: Law = {
  id: 'AU',
  officialName: 'Privacy Act 1988 (Cth), Schedule 1: Australian Privacy Principles',
  shortName: 'Privacy Act',
  protects: 'Individuals whose personal information an APP entity (an agency, or an organisation with an annual turnover over A$3 million or another that the Act covers) handles (s. 6C, 6D).',
  // APP 12.4(a)(ii): an organisation responds within a reasonable period; the OAIC's APP guidelines (12.65) treat 30 days as reasonable.
  deadline: { amount: 30, unit: 'day', source: 'APP 12.4(a)(ii); OAIC APP guidelines, chapter 12' },
  authority: { kind: 'named', authority: AUTHORITY_FOR_LAW.AU, source: 'Privacy Act 1988 s. 36' },
  noticeItems: [
    dataCollectedItem({ id: 'kinds', article: 'APP 1.4(a)', description: 'The kinds of personal information collected and held.' }),
    {
      id: 'how-collected-and-held',
      article: 'APP 1.4(b)',
      description: 'How personal information is collected and held.',
      appliesWhen: () => APPLIES,
      statedBy: [...DATA_COLLECTED_CLAUSES.map((c) => ref(c)), ref('security.general')],
      all: true,
      field: fixedField('dataCategories', 'Enter each data category with where it comes from.'),
    },
    purposesItem({ id: 'purposes', article: 'APP 1.4(c)', description: 'The purposes for which personal information is collected, held, used and disclosed.' }),
    {
      id: 'access-and-correction',
      article: 'APP 1.4(d)',
      description: 'How a person may access their personal information and seek its correction.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('australia.law')],
      field: fixedField('jurisdictions', 'Keep "AU" among the jurisdictions.'),
    },
    {
      id: 'complaints',
      article: 'APP 1.4(e)',
      description: 'How a person may complain about a breach of the APPs, and how the complaint will be dealt with.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('australia.law')],
      field: fixedField('jurisdictions', 'Keep "AU" among the jurisdictions.'),
    },
    {
      id: 'overseas',
      article: 'APP 1.4(f)',
      description: 'Whether personal information is likely to be disclosed to overseas recipients.',
      appliesWhen: overseas,
      statedBy: [ref('australia.overseas')],
      field: fixedField('recipients', 'Enter where each recipient stores and accesses personal information.'),
    },
    {
      id: 'overseas-countries',
      article: 'APP 1.4(g)',
      description: 'The countries in which overseas recipients are likely to be located.',
      appliesWhen: overseas,
      statedBy: [ref('australia.overseas')],
      field: fixedField('recipients', 'Enter the countries where each recipient stores and accesses personal information.'),
    },
  ],
};

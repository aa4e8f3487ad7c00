import { AUTHORITY_FOR_LAW } from '../plan/authorities.ts';
import { automatedDecisionsItem, categoriesNotFromPersonItem, controllerItem, purposesItem, recipientsItem } from './common-items.ts';
import { APPLIES, appliesIf, fact, fixedField, recipientAbroad, ref, withoutTool } from './helpers.ts';
import type { Law } from './types.ts';

/**
 * The revised Federal Act on Data Protection of 25 September 2020 (FADP,
 * SR 235.1), in force since 1 September 2023. Notice items: Art. 19 (duty to
 * inform on collection), Art. 21 (automated individual decisions) and
 * Art. 14(3) (publishing the representative), from
 * https://www.fedlex.admin.ch/eli/cc/2022/491/en (checked 2025). Art. 20
 * lists the exceptions, which the policy does not rely on.
 */
export const fadp: Law = {
  id: 'CH',
  officialName: 'Federal Act on Data Protection of 25 September 2020 (FADP, SR 235.1)',
  shortName: 'FADP',
  protects: 'Natural persons whose data is processed in a way that has an effect in Switzerland, even when the processing takes place abroad (Art. 3(1)).',
  // FADP Art. 25(7); Data Protection Ordinance (SR 235.11) Art. 18: within 30 days, extendable when the controller says why and by when.
  deadline: { amount: 30, unit: 'day', extension: { amount: 30, unit: 'day', when: 'when the information cannot be given in time, telling the person why and by when' }, source: 'FADP Art. 25(7); DPO Art. 18' },
  authority: { kind: 'named', authority: AUTHORITY_FOR_LAW.CH, source: 'FADP Art. 43, Art. 49' },
  noticeItems: [
    controllerItem({ id: 'controller', article: 'Art. 19(2)(a)', description: 'The controller\'s identity and contact details.' }),
    purposesItem({ id: 'purpose', article: 'Art. 19(2)(b)', description: 'The purpose of processing.' }),
    recipientsItem({ id: 'recipients', article: 'Art. 19(2)(c)', description: 'The recipients or categories of recipients to which personal data is disclosed.' }),
    categoriesNotFromPersonItem({ id: 'categories', article: 'Art. 19(3)', description: 'The categories of personal data processed, for data not collected from the person.' }),
    {
      id: 'abroad',
      article: 'Art. 19(4)',
      description: 'The State to which data is disclosed abroad, and the guarantees of Art. 16(2) or the exception of Art. 17 relied on.',
      appliesWhen: (p) => appliesIf(p.recipients.some((r) => recipientAbroad(r, 'ch')), 'no recipient stores or accesses data outside Switzerland and the EEA.'),
      statedBy: [ref('transfers.list', (f) => (fact<{ law: string; uncovered: unknown[] }[]>(f, 'laws') ?? []).every((l) => l.law !== 'ch' || l.uncovered.length === 0))],
      field: (p) => {
        const i = p.recipients.findIndex((r) => withoutTool(r, 'ch'));
        return { path: i >= 0 ? `recipients[${i}].transfers.ch` : 'recipients', enter: 'Choose the guarantee (adequacy, Swiss-US Data Privacy Framework, standard contractual clauses …) or the Art. 17 exception this transfer relies on under Swiss law.' };
      },
    },
    {
      id: 'representative',
      article: 'Art. 14(3)',
      description: 'The name and address of the representative in Switzerland of a controller established abroad.',
      appliesWhen: (p) => appliesIf(p.company.address.country !== 'CH', 'the company is established in Switzerland, so it needs no representative there.'),
      statedBy: [ref('contact.representatives', (f) => (fact<{ region: string }[]>(f, 'representatives') ?? []).some((r) => r.region === 'ch'))],
      field: fixedField('company.representatives.ch', 'Enter the name and address of your representative in Switzerland (Art. 14), required when you regularly and extensively process data of people in Switzerland.'),
    },
    {
      id: 'rights',
      article: 'Art. 19(2), Art. 25, Art. 32',
      description: 'What the person needs to exercise their rights: access, rectification, erasure, portability and objection.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('switzerland.law')],
      field: fixedField('jurisdictions', 'Keep "CH" among the jurisdictions.'),
    },
    automatedDecisionsItem({ id: 'automated-decisions', article: 'Art. 21(1)', description: 'That a decision is based exclusively on automated processing and has a legal or significant effect on the person.' }),
  ],
};

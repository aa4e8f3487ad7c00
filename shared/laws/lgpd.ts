import { AUTHORITY_FOR_LAW } from '../plan/authorities.ts';
import { controllerItem, privacyContactItem, purposesItem, recipientsItem, retentionItem } from './common-items.ts';
import { APPLIES, appliesIf, fixedField, ref } from './helpers.ts';
import type { Law } from './types.ts';

/**
 * Lei Geral de Proteção de Dados Pessoais, Lei nº 13.709, de 14 de agosto de
 * 2018. Notice items: Art. 9, I–VII and §3 (access to information about the
 * processing), Art. 18 (rights) and Art. 41 §1 (the encarregado), from
 * https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13709.htm
 * (checked 2025).
 */
export const lgpd: Law = {
  id: 'BR',
  officialName: 'Lei Geral de Proteção de Dados Pessoais (Lei nº 13.709/2018)',
  shortName: 'LGPD',
  protects: 'People whose data is processed in Brazil, collected in Brazil, or processed to offer goods or services to people in Brazil (Art. 3).',
  // Art. 19, II: a clear and complete declaration within 15 days of the request.
  deadline: { amount: 15, unit: 'day', source: 'LGPD Art. 19, II' },
  authority: { kind: 'named', authority: AUTHORITY_FOR_LAW.BR, source: 'LGPD Art. 18 §1, Art. 55-A' },
  noticeItems: [
    purposesItem({ id: 'purpose', article: 'Art. 9, I', description: 'The specific purpose of the processing.' }),
    retentionItem({ id: 'form-and-duration', article: 'Art. 9, II', description: 'The form and duration of the processing.' }),
    controllerItem({ id: 'controller-identity', article: 'Art. 9, III', description: 'The identity of the controller.' }, ['about.controller']),
    controllerItem({ id: 'controller-contact', article: 'Art. 9, IV', description: 'The controller\'s contact information.' }, ['contact.company']),
    recipientsItem({ id: 'shared-use', article: 'Art. 9, V', description: 'Shared use of data by the controller, and its purpose.' }),
    controllerItem({ id: 'responsibilities', article: 'Art. 9, VI', description: 'The responsibilities of the agents who carry out the processing.' }, ['about.controller']),
    {
      id: 'rights',
      article: 'Art. 9, VII; Art. 18, I–IX',
      description: 'The data subject\'s rights, with explicit mention of those in Art. 18.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('brazil.rights')],
      field: fixedField('jurisdictions', 'Keep "BR" among the jurisdictions.'),
    },
    {
      id: 'opposition',
      article: 'Art. 18 §2',
      description: 'The right to oppose processing carried out on a basis other than consent, where it does not comply with the law.',
      appliesWhen: () => APPLIES,
      // Stated in brazil.rights beside the Art. 18, I–IX list (LGPD Art. 18 § 2: "opor-se a tratamento realizado com fundamento em uma das hipóteses de dispensa de consentimento").
      statedBy: [ref('brazil.rights')],
      field: fixedField('jurisdictions', 'Keep "BR" among the jurisdictions.'),
    },
    {
      id: 'petition',
      article: 'Art. 18 §1',
      description: 'The right to petition the national authority (ANPD) against the controller.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('rights.complaint'), ref('brazil.authority')],
      field: fixedField('jurisdictions', 'Keep "BR" among the jurisdictions.'),
    },
    {
      id: 'requirement',
      article: 'Art. 9 §3',
      description: 'Where processing is a condition for a product, service or right, that fact, stated prominently.',
      appliesWhen: (p) => appliesIf(p.activities.some((a) => a.requirement !== 'optional'), 'no activity requires the person to provide data.'),
      statedBy: [ref('purposes.requirements')],
      field: fixedField('activities', 'Set "requirement" on each activity that needs the data.'),
    },
    privacyContactItem(
      { id: 'encarregado', article: 'Art. 41 §1', description: 'The identity and contact information of the encarregado (data protection officer).' },
      'Enter your encarregado\'s name and email address (company.dpo); only small-scale processing agents are exempt (Resolução CD/ANPD nº 2/2022, Art. 11).',
    ),
  ],
};

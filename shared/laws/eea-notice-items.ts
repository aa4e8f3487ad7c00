import type { Project } from '../model/schema.ts';
import { cookieRules } from '../plan/sections/national-law.ts';
import { appliesIf, fixedField, ref } from './helpers.ts';
import type { NoticeItem } from './types.ts';

/**
 * What national law in the EEA adds to what a GDPR notice must state, for
 * the company's country and its markets. Only one item so far: the national
 * rules transposing ePrivacy Directive Art. 5(3) let information be stored
 * on a device only after the user had clear and comprehensive information
 * about its purposes and consented (e.g. § 25(1) TDDDG "auf der Grundlage
 * von klaren und umfassenden Informationen"; Regulation 5(3)(b) S.I. No.
 * 336 of 2011 "includes ... the purposes"; Art. 22.2 LSSI "información clara
 * y completa ... sobre los fines"; § 165 Abs. 3 TKG 2021 adds the legal
 * basis and how long the data is kept). The cookie table states each
 * cookie's purpose, provider and duration. The rules of each country are in
 * `eea-national.ts`. Citing a national act, or the age of digital consent,
 * is not something a law requires a notice to state, so neither is an item.
 */
export const EEA_NOTICE_ITEMS: readonly NoticeItem[] = [
  {
    id: 'cookie-information',
    article: 'ePrivacy Directive 2002/58/EC Art. 5(3), as transposed in each country concerned (e.g. § 25 TDDDG, 9 kap. 28 § LEK)',
    description: 'Before cookies that are not strictly necessary, clear and comprehensive information about their purposes, and that they are set only with consent.',
    appliesWhen: (p: Project) =>
      appliesIf(
        p.cookies.some((c) => c.category !== 'necessary') && cookieRules(p).length > 0,
        p.cookies.some((c) => c.category !== 'necessary')
          ? 'no country concerned (the company\'s, or a market in "markets") has a national cookie rule in the table.'
          : 'every cookie listed is strictly necessary, which needs no consent.',
      ),
    statedBy: [ref('cookies.table'), ref('cookies.consent')],
    all: true,
    field: fixedField('cookies', 'Enter each cookie with what it is for, and whether it is strictly necessary.'),
  },
];

import { dataCollectedItem, recipientsItem } from './common-items.ts';
import { APPLIES, appliesIf, fixedField, notApplicable, ref } from './helpers.ts';
import type { Law } from './types.ts';
import { hasUsJurisdiction } from './us-jurisdictions.ts';

/**
 * The California Online Privacy Protection Act of 2003 (CalOPPA), Cal. Bus. &
 * Prof. Code §22575–22579. Notice items: §22575(b)(1)–(6), as amended by
 * AB 370 (2013) with (b)(5) Do Not Track and (b)(6) other parties' tracking;
 * text read in the bill as amended, http://www.leginfo.ca.gov/pub/13-14/bill/asm/ab_0351-0400/ab_370_bill_20130603_amended_sen_v97.htm
 * and https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=BPC&sectionNum=22575
 * (checked 2026-12-01). It binds any operator of a commercial website or
 * online service with visitors who live in California, wherever the operator
 * is: the checklist applies it once any US jurisdiction is selected.
 */
export const caloppa: Law = {
  id: 'CALOPPA',
  officialName: 'California Online Privacy Protection Act of 2003 (Cal. Bus. & Prof. Code §22575–22579)',
  shortName: 'CalOPPA',
  protects: 'Consumers residing in California who use or visit a commercial website or online service that collects their personally identifiable information (§22575(a), §22577).',
  authority: { kind: 'none', note: 'enforced by the California Attorney General under the Unfair Competition Law (Bus. & Prof. Code §17200)' },
  appliesTo: (p) => appliesIf(hasUsJurisdiction(p), 'no US jurisdiction is selected.'),
  noticeItems: [
    dataCollectedItem({ id: 'categories', article: 'Bus. & Prof. Code §22575(b)(1)', description: 'The categories of personally identifiable information collected through the website or online service.' }),
    recipientsItem({ id: 'third-parties', article: 'Bus. & Prof. Code §22575(b)(1)', description: 'The categories of third-party persons or entities with whom that information may be shared.' }),
    {
      id: 'review-and-change',
      article: 'Bus. & Prof. Code §22575(b)(2)',
      description: 'The process, where one exists, for a consumer to review and request changes to their personally identifiable information.',
      appliesWhen: () => APPLIES,
      // The rights sections state the rights to access and correct; rights.how-to how to make the request.
      statedBy: [ref('rights.how-to'), ref('california.rights'), ref('united-states.state-rights')],
      all: true,
      field: fixedField('company.requestChannels', 'Enter how people ask to see or correct their information.'),
    },
    {
      id: 'changes-notified',
      article: 'Bus. & Prof. Code §22575(b)(3)',
      description: 'How the operator tells consumers of material changes to the privacy policy.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('changes.notice'), ref('changes.immediate')],
      field: fixedField('changes.noticeDays', 'Enter how many days before a significant change takes effect you tell users of it.'),
    },
    {
      id: 'effective-date',
      article: 'Bus. & Prof. Code §22575(b)(4)',
      description: 'The effective date of the privacy policy.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('title')],
      field: fixedField('effectiveDate', 'Enter the date the policy takes effect.'),
    },
    {
      id: 'do-not-track',
      article: 'Bus. & Prof. Code §22575(b)(5)',
      description: 'How the operator responds to Do Not Track signals or similar mechanisms, when it collects information about online activities over time and across sites.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('california.signals'), ref('united-states.signals')],
      field: fixedField('signals.doNotTrack', 'Say whether you honour Do Not Track signals.'),
    },
    {
      id: 'third-party-tracking',
      article: 'Bus. & Prof. Code §22575(b)(6)',
      description: 'Whether other parties may collect information about a consumer\'s online activities over time and across sites when they use the service.',
      appliesWhen: (p) =>
        p.cookies.some((c) => c.party === 'third')
          ? APPLIES
          : notApplicable('no third-party cookies are entered, so no other party is recorded as collecting information through the service (cookies[].party).'),
      statedBy: [ref('cookies.third-party')],
      field: fixedField('cookies', 'Enter each third-party cookie with its provider.'),
    },
  ],
};

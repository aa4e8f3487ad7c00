import type { Project } from '../model/schema.ts';
import { DATA_COLLECTED_CLAUSES, purposesItem, recipientsItem, retentionItem } from './common-items.ts';
import { APPLIES, appliesIf, fact, fixedField, notApplicable, ref } from './helpers.ts';
import type { Applicability, Law } from './types.ts';
import { hasUsJurisdiction } from './us-jurisdictions.ts';

/**
 * The Children's Online Privacy Protection Act of 1998 (15 U.S.C. 6501–6506)
 * and the FTC's COPPA Rule, 16 CFR Part 312, as amended at 90 FR 16977
 * (22 April 2025; in effect from 23 June 2025, compliance required by
 * 22 April 2026). Notice items: the online notice of §312.4(d)(1)–(5), read
 * in the eCFR text as amended, https://www.ecfr.gov/current/title-16/part-312#p-312.4(d)
 * (checked 2026-12-01 against the eCFR copy "on 2025-11-17"). The parent's
 * rights it points to are §312.6(a); the retention policy it names is §312.10.
 */

/**
 * Whether the service is one COPPA covers: directed at children (15 U.S.C.
 * 6501(10), §312.2 "website or online service directed to children"), or
 * letting children under 13 take part, which is actual knowledge that it
 * collects from them. A minimum age of 0 means no age limit: a general
 * audience service, with no such knowledge.
 */
export function collectsFromChildrenUnder13(project: Project): boolean {
  const { directedAtChildren, minimumAge } = project.children;
  return directedAtChildren || (minimumAge > 0 && minimumAge < 13);
}

export function coppaApplies(project: Project): Applicability {
  if (!hasUsJurisdiction(project)) return notApplicable('no US jurisdiction is selected.');
  return appliesIf(
    collectsFromChildrenUnder13(project),
    'the service is not directed at children and is not open to children under 13 (children.directedAtChildren, children.minimumAge).',
  );
}

export const coppa: Law = {
  id: 'COPPA',
  officialName: "Children's Online Privacy Protection Act of 1998 (15 U.S.C. 6501–6506) and the COPPA Rule (16 CFR Part 312, as amended in 2025)",
  shortName: 'COPPA',
  protects: 'Children under 13 (15 U.S.C. 6501(1)) whose personal information an operator of a commercial website or online service collects online, and their parents.',
  // §312.6 sets no time limit for answering a parent, so no deadline is declared.
  authority: { kind: 'none', note: 'the Federal Trade Commission enforces the Rule (15 U.S.C. 6505); state attorneys general may sue (15 U.S.C. 6504)' },
  appliesTo: coppaApplies,
  noticeItems: [
    {
      id: 'operator-contact',
      article: '16 CFR §312.4(d)(1)',
      description: 'The name, address, telephone number and email address of the operator who collects or maintains personal information from children.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('children.coppa-operator', (f) => typeof fact<string>(f, 'phone') === 'string')],
      field: fixedField('company.phone', 'Enter a telephone number parents can call about their child\'s information.'),
    },
    {
      id: 'information-collected',
      article: '16 CFR §312.4(d)(2)',
      description: 'What information the operator collects from children.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('children.coppa-practices'), ...DATA_COLLECTED_CLAUSES.map((c) => ref(c))],
      all: true,
      field: fixedField('dataCategories', 'Enter each data category the service collects, with where it comes from.'),
    },
    {
      id: 'made-public',
      article: '16 CFR §312.4(d)(2)',
      description: 'Whether the service enables a child to make personal information publicly available.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('children.coppa-practices', (f) => f.madePublic === true || f.notMadePublic === true)],
      field: fixedField('children.publicDisclosure', 'Say whether children can make personal information public through the service (a public profile, posts, chat or uploads).'),
    },
    purposesItem({ id: 'uses', article: '16 CFR §312.4(d)(2)', description: 'How the operator uses the information it collects from children.' }),
    recipientsItem({
      id: 'disclosures',
      article: '16 CFR §312.4(d)(2)',
      description: 'The operator\'s disclosure practices: the identities and specific categories of any third parties it discloses children\'s information to, and the purposes.',
    }),
    retentionItem({ id: 'retention-policy', article: '16 CFR §312.4(d)(2), §312.10', description: 'The operator\'s data retention policy for children\'s personal information.' }),
    {
      id: 'persistent-identifiers',
      article: '16 CFR §312.4(d)(3), §312.5(c)(7)',
      description: 'The internal operations for which a persistent identifier is collected without consent, and how it is kept from other uses.',
      appliesWhen: () => notApplicable('no persistent identifier collected under the internal-operations exception (§312.5(c)(7)) is entered; Policy Studio has no field for it yet, so an operator that relies on that exception must add this notice itself.'),
      statedBy: [],
      field: () => null,
    },
    {
      id: 'audio-files',
      article: '16 CFR §312.4(d)(4), §312.5(c)(9)',
      description: 'How audio files with a child\'s voice are used, and that they are deleted immediately after the request they were collected for.',
      appliesWhen: () => notApplicable('no audio files of a child\'s voice collected under §312.5(c)(9) are entered; Policy Studio has no field for them yet, so an operator that collects them must add this notice itself.'),
      statedBy: [],
      field: () => null,
    },
    {
      id: 'parent-rights',
      article: '16 CFR §312.4(d)(5), §312.6(a)',
      description: 'That a parent can review the child\'s personal information, have it deleted and refuse further collection or use, and how.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('children.coppa-parent-rights')],
      field: fixedField('company.requestChannels', 'Enter how parents reach you to review or delete their child\'s information.'),
    },
  ],
};

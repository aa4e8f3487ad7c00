import { baseProjectInput } from '../../fixtures/project-builder.ts';
import { eeaCases } from './eea-cases.ts';
import type { Input, ItemCase, Mutate } from './harness.ts';

const act = (p: Input, i: number) => p.activities[i]!;

/** The base project (a Swedish company, a DPO, a US processor under the DPF) under `law`. */
export const baseUnder = (law: 'EU' | 'UK') => (): Input => ({ ...baseProjectInput(), jurisdictions: [law] });

/** A category obtained from the person's employer (GDPR Art. 14). */
const fromEmployer: Mutate = (p) => {
  p.dataCategories.push({ id: 'team', name: 'Team membership', sources: [{ kind: 'organisation', detail: 'Your employer' }] });
  act(p, 0).categories.push('team');
};

/** The cases of the GDPR family, with the transfer key and representative region of the law. */
export function gdprCases(law: 'EU' | 'UK'): ItemCase[] {
  const key = law === 'EU' ? 'eu' : 'uk';
  const postmark = (p: Input) => p.recipients![1]!;
  // Postmark stores data in the US, a third country under both laws.
  const postmarkTool: Mutate = (p) => void (postmark(p).transfers = { [key]: { mechanism: 'dpf' } });
  return [
    { id: 'controller' },
    {
      id: 'representative',
      supply: (p) => {
        p.company.address = { street: '1 Main St', postalCode: '10001', city: 'New York', region: 'NY', country: 'US' };
        p.company.representatives = { [key]: { name: 'Rep Ltd', email: 'rep@example.com' } };
      },
      without: { mutate: (p) => void (p.company.representatives = {}), path: `company.representatives.${key}` },
      notApplicable: law === 'EU' ? () => {} : (p) => void (p.company.address = { street: '1 High St', postalCode: 'EC1A 1AA', city: 'London', country: 'GB' }),
    },
    { id: 'dpo', notApplicable: (p) => void delete p.company.dpo },
    { id: 'purposes-and-basis' },
    {
      id: 'legitimate-interests',
      without: { mutate: (p) => void delete act(p, 1).legalBases[0]!.interest, path: 'activities[1].legalBases[0].interest' },
      notApplicable: (p) => {
        for (const a of p.activities) a.legalBases = [{ basis: 'contract' }];
      },
    },
    {
      id: 'recipients',
      notApplicable: (p) => {
        p.recipients = [];
        for (const a of p.activities) a.recipients = [];
      },
    },
    {
      id: 'transfers',
      supply: postmarkTool,
      without: { mutate: (p) => void (postmark(p).transfers = {}), path: `recipients[1].transfers.${key}` },
      notApplicable: (p) => void (postmark(p).storedIn = ['SE']),
    },
    {
      id: 'transfer-copy',
      supply: (p) => void (postmark(p).transfers = { [key]: { mechanism: 'scc' } }),
      notApplicable: postmarkTool,
    },
    { id: 'retention' },
    { id: 'rights' },
    { id: 'objection', notApplicable: (p) => void (act(p, 1).legalBases = act(p, 2).legalBases = [{ basis: 'contract' }]) },
    { id: 'portability', notApplicable: (p) => void (act(p, 0).legalBases = [{ basis: 'legal-obligation', obligation: 'The Bookkeeping Act' }]) },
    {
      id: 'withdraw-consent',
      supply: (p) => void p.activities.push({ id: 'newsletter', purpose: 'Sending our newsletter', categories: ['account'], legalBases: [{ basis: 'consent' }], retention: { kind: 'text', text: 'Until you unsubscribe' } }),
      notApplicable: () => {},
    },
    { id: 'complaint' },
    {
      id: 'requirement',
      without: { mutate: (p) => void delete act(p, 0).consequence, path: 'activities[0].consequence' },
      notApplicable: (p) => void (act(p, 0).requirement = 'optional'),
    },
    {
      id: 'automated-decisions',
      supply: (p) => void (p.automatedDecisions = { used: true, description: 'Card payments with a high fraud score are declined automatically.' }),
      notApplicable: () => {},
    },
    {
      id: 'source',
      supply: fromEmployer,
      without: { mutate: (p) => void delete p.dataCategories[2]!.sources[0]!.detail, path: 'dataCategories[2].sources[0].detail' },
      notApplicable: () => {},
    },
    { id: 'categories', supply: fromEmployer, notApplicable: () => {} },
    // National law in the EEA adds to the GDPR only.
    ...(law === 'EU' ? eeaCases : []),
  ];
}

import { describeLaw, type Input } from './harness.ts';
import { automatedDecision, fromEmployer, noRecipients, nothing, under, usCompany } from './others.ts';

const postmark = (p: Input) => p.recipients![1]!;

describeLaw('CH', under('CH'), [
  { id: 'controller' },
  { id: 'purpose' },
  { id: 'recipients', notApplicable: noRecipients },
  { id: 'categories', supply: fromEmployer, notApplicable: nothing },
  {
    id: 'abroad',
    supply: (p) => void (postmark(p).transfers = { ch: { mechanism: 'dpf' } }),
    without: { mutate: (p) => void (postmark(p).transfers = {}), path: 'recipients[1].transfers.ch' },
    notApplicable: (p) => void (postmark(p).storedIn = ['DE']),
  },
  {
    id: 'representative',
    supply: (p) => {
      usCompany(p);
      p.company.representatives = { ch: { name: 'Rep AG', email: 'rep@example.ch' } };
    },
    without: { mutate: (p) => void (p.company.representatives = {}), path: 'company.representatives.ch' },
    notApplicable: (p) => void (p.company.address = { street: 'Bahnhofstrasse 1', postalCode: '8001', city: 'Zürich', country: 'CH' }),
  },
  { id: 'rights' },
  { id: 'automated-decisions', supply: automatedDecision, notApplicable: nothing },
]);

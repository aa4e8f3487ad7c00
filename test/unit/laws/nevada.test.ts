import { describeLaw } from './harness.ts';
import { noRecipients, under } from './others.ts';

describeLaw('US-NV', under('US-NV'), [
  { id: 'categories' },
  { id: 'third-parties', notApplicable: noRecipients },
  { id: 'review-and-change' },
  { id: 'changes-notified' },
  { id: 'third-party-tracking', notApplicable: (p) => void (p.cookies = p.cookies!.filter((c) => c.party === 'first')) },
  { id: 'effective-date' },
  { id: 'sale-opt-out' },
]);

import { describeLaw } from './harness.ts';
import { noRecipients, nothing, under } from './others.ts';

describeLaw('US', under('US'), [
  { id: 'categories' },
  { id: 'purposes' },
  { id: 'rights-and-appeal' },
  { id: 'third-parties', notApplicable: noRecipients },
  { id: 'sale-and-targeted-advertising', supply: (p) => void (p.activities[0]!.sells = true), notApplicable: nothing },
]);

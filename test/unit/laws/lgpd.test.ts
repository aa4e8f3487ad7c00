import { describeLaw } from './harness.ts';
import { noRecipients, under } from './others.ts';

describeLaw('BR', under('BR'), [
  { id: 'purpose' },
  { id: 'form-and-duration' },
  { id: 'controller-identity' },
  { id: 'controller-contact' },
  { id: 'shared-use', notApplicable: noRecipients },
  { id: 'responsibilities' },
  { id: 'rights' },
  { id: 'opposition' },
  { id: 'petition' },
  { id: 'requirement', notApplicable: (p) => void (p.activities[0]!.requirement = 'optional') },
  { id: 'encarregado', without: { mutate: (p) => void delete p.company.dpo, path: 'company.dpo' } },
]);

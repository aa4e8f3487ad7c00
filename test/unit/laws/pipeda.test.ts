import { describeLaw } from './harness.ts';
import { allIn, nothing, under } from './others.ts';

describeLaw('CA', under('CA'), [
  { id: 'accountable-person', without: { mutate: (p) => void delete p.company.dpo, path: 'company.dpo' } },
  { id: 'access' },
  { id: 'kinds-and-uses' },
  {
    id: 'related-organizations',
    supply: (p) => {
      p.recipients!.push({ id: 'parent', name: 'Nordlys Group AB', role: 'group-company', activity: 'Group reporting', storedIn: ['SE'] });
      p.activities[0]!.recipients!.push('parent');
    },
    notApplicable: nothing,
  },
  { id: 'abroad', notApplicable: allIn('CA') },
  { id: 'complaint' },
]);

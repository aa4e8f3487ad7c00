import { describeLaw } from './harness.ts';
import { allIn, under } from './others.ts';

describeLaw('AU', under('AU'), [
  { id: 'kinds' },
  { id: 'how-collected-and-held' },
  { id: 'purposes' },
  { id: 'access-and-correction' },
  { id: 'complaints' },
  { id: 'overseas', notApplicable: allIn('AU') },
  { id: 'overseas-countries', notApplicable: allIn('AU') },
]);

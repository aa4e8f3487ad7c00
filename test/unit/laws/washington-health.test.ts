import { describeLaw, type Mutate } from './harness.ts';
import { nothing, under } from './others.ts';

/** Symptoms a user logs, used to run their account and shared with its processors. */
const healthData: Mutate = (p) => {
  p.dataCategories.push({ id: 'symptoms', name: 'Symptoms you log', sources: [{ kind: 'data-subject' }], special: 'health' });
  p.activities[0]!.categories.push('symptoms');
};

describeLaw('US-WA', under('US-WA'), [
  { id: 'categories-and-purposes', supply: healthData, notApplicable: nothing },
  { id: 'sources', supply: healthData, notApplicable: nothing },
  { id: 'shared-categories', supply: healthData, notApplicable: nothing },
  { id: 'third-parties-and-affiliates', supply: healthData, notApplicable: nothing },
  { id: 'rights', supply: healthData, notApplicable: nothing },
  {
    id: 'consent',
    supply: healthData,
    // Used for security on legitimate interests: neither consent nor necessary for the service asked for.
    without: { mutate: (p) => void p.activities[1]!.categories.push('symptoms'), path: 'activities[1].legalBases' },
    notApplicable: nothing,
  },
]);

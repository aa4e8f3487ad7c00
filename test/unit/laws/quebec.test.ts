import { describeLaw } from './harness.ts';
import { allIn, automatedDecision, noRecipients, nothing, under } from './others.ts';

/** Only necessary cookies, no profiling, no precise location: nothing identifies, locates or profiles. */
const noTracking = (p: Parameters<typeof nothing>[0]) => void (p.cookies = p.cookies!.filter((c) => c.category === 'necessary'));

describeLaw('CA-QC', under('CA-QC'), [
  { id: 'purposes' },
  { id: 'means' },
  { id: 'access-and-rectification' },
  { id: 'withdraw-consent' },
  { id: 'collected-for', supply: (p) => void (p.role = 'controller-and-processor'), notApplicable: nothing },
  { id: 'third-persons', notApplicable: noRecipients },
  { id: 'outside-quebec', notApplicable: allIn('CA') },
  { id: 'tracking-technology', notApplicable: noTracking },
  {
    id: 'tracking-activation',
    without: {
      // Profiling on legitimate interests: the facts do not say how a person turns it on.
      mutate: (p) => void (p.activities[2]!.profiling = true),
      path: 'activities[2].legalBases',
    },
    notApplicable: noTracking,
  },
  { id: 'confidentiality-policy' },
  {
    id: 'person-in-charge',
    without: { mutate: (p) => void delete p.company.dpo, path: 'company.dpo' },
  },
  { id: 'automated-decision', supply: automatedDecision, notApplicable: nothing },
  { id: 'commission' },
]);

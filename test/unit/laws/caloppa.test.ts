import { describe, expect, it } from 'vitest';
import { checks } from '../../../shared/checks/checklist.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { generatePolicy } from '../../../shared/pipeline.ts';
import { describeLaw, project } from './harness.ts';
import { noRecipients, under } from './others.ts';

describeLaw('CALOPPA', under('US-VA'), [
  { id: 'categories' },
  { id: 'third-parties', notApplicable: noRecipients },
  { id: 'review-and-change' },
  { id: 'changes-notified' },
  { id: 'effective-date' },
  { id: 'do-not-track' },
  { id: 'third-party-tracking', notApplicable: (p) => void (p.cookies = p.cookies!.filter((c) => c.party === 'first')) },
]);

describe('when CalOPPA applies', () => {
  it('comes with any US law, and not without one', () => {
    const lawsOf = (jurisdictions: ('EU' | 'US-CA' | 'US-NV')[]) => {
      const p = project(under('EU'), (i) => void (i.jurisdictions = jurisdictions));
      return checks(p, generatePolicy(p, 'en', nodeEnv).document).laws.map((l) => l.law);
    };
    expect(lawsOf(['EU'])).toEqual(['EU']);
    expect(lawsOf(['EU', 'US-CA'])).toEqual(['EU', 'US-CA', 'CALOPPA']);
    expect(lawsOf(['US-NV'])).toEqual(['US-NV', 'CALOPPA']);
  });
});

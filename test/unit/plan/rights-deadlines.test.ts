import { describe, expect, it } from 'vitest';
import { findSection } from '../../../shared/document/text.ts';
import type { DocNode } from '../../../shared/document/types.ts';
import { LAWS } from '../../../shared/laws/index.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { generatePolicy } from '../../../shared/pipeline.ts';
import { knownResponseDeadline } from '../../../shared/plan/deadlines.ts';
import { JURISDICTIONS } from '../../../shared/model/schema.ts';
import { flatText } from '../../fixtures/document-text.ts';
import { buildProject } from '../../fixtures/project-builder.ts';

describe('response deadlines', () => {
  it('are the law modules\' own periods, so the policy and the checklist never disagree', () => {
    for (const law of JURISDICTIONS) {
      const stated = knownResponseDeadline(law, undefined);
      const own = LAWS[law].deadline;
      if (!own) expect(stated, law).toBeNull();
      else expect(stated, law).toMatchObject({ amount: own.amount, unit: own.unit === 'month' ? 'month' : 'day' });
    }
  });

  it('leave out a law whose period no source confirmed (Washington\'s health data act) instead of stating a guess', () => {
    const doc = generatePolicy(buildProject({ jurisdictions: ['EU', 'US-WA', 'CA-QC'] }), 'en', nodeEnv).document;
    const rights = flatText(findSection(doc, 'rights') as DocNode);
    expect(rights).toContain('30 days');
    expect(rights).not.toMatch(/Washington/);
  });
});

/** Sentences read as a careful writer would write them, whatever the user typed. */
import { describe, expect, it } from 'vitest';
import { nodeEnv } from '../../../shared/node/env.ts';
import { generatePolicy } from '../../../shared/pipeline.ts';
import { buildProject } from '../../fixtures/project-builder.ts';
import { flatText } from '../../fixtures/document-text.ts';

const text = (patch: Parameters<typeof buildProject>[0], lang: 'en' | 'sv' = 'en') => flatText(generatePolicy(buildProject(patch), lang, nodeEnv).document);

describe('sentences', () => {
  it('English names a country with its article inside a sentence: "established in the United States", "in the Netherlands"', () => {
    const out = text({ company: { ...buildProject().company, address: { street: '1 Main St', postalCode: '97201', city: 'Portland', region: 'OR', country: 'US' }, dataLocations: ['US', 'NL'] } });
    expect(out).toContain('established in the United States');
    expect(out).not.toMatch(/\bin United States\b/);
    expect(out).toMatch(/in the United States and the Netherlands|in the Netherlands and the United States/);
  });

  it('a name or text that ends in a full stop is not followed by a second one', () => {
    const base = buildProject();
    const recipients = [
      { id: 'meta', name: 'Meta Platforms, Inc.', role: 'independent-controller' as const, activity: 'Measures our ads.', storedIn: ['US'], transfers: { eu: { mechanism: 'dpf' as const } } },
    ];
    const activities = base.activities.map((a) => ({ ...a, recipients: ['meta'], sharesForAdvertising: true }));
    for (const lang of ['en', 'sv'] as const) {
      const out = text({ jurisdictions: ['EU', 'US-CA'], recipients, activities }, lang);
      expect(out).toContain('Meta Platforms, Inc.');
      expect(out).not.toMatch(/Inc\.\./);
      expect(out).not.toMatch(/ads\.\./);
    }
  });
});

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

describe('rights and duties stated as the selected laws have them', () => {
  it('a fee for unfounded or excessive requests is mentioned only where no selected law forbids it (LGPD Art. 18 § 5)', () => {
    expect(text({ jurisdictions: ['EU'] })).toContain('free of charge, unless a request is manifestly unfounded or excessive');
    expect(text({ jurisdictions: ['EU', 'BR'] })).toContain('Using your rights is free of charge.');
    expect(text({ jurisdictions: ['EU', 'BR'] })).not.toContain('manifestly unfounded');
  });

  it('the 72-hour breach report is promised under the GDPR, "where feasible", and not under Swiss law alone', () => {
    expect(text({ jurisdictions: ['EU'] })).toContain('without undue delay and, where feasible, within 72 hours');
    expect(text({ jurisdictions: ['CH'] })).not.toContain('72 hours');
  });

  it('objection to legitimate interests is on grounds of the particular situation; direct marketing at any time', () => {
    const out = text({ jurisdictions: ['EU'], marketing: { directMarketing: true, channels: ['email'] } });
    expect(out).toContain('object, on grounds relating to your particular situation, to our use of your data based on our legitimate interests');
    expect(out).toContain('at any time to its use for direct marketing');
  });

  it('"stated with each purpose above" only when every legitimate interest is described', () => {
    expect(text({ jurisdictions: ['EU'] })).toContain('stated with each purpose above');
    const base = buildProject();
    const undescribed = base.activities.map((a) => ({ ...a, legalBases: a.legalBases.map((b) => (b.basis === 'legitimate-interests' ? { basis: b.basis } : b)) }));
    expect(text({ jurisdictions: ['EU'], activities: undescribed })).not.toContain('stated with each purpose above');
  });
});

/** California's sensitive personal information: the right to limit follows what the user says of its use (Cal. Civ. Code §1798.121, 11 CCR §7027(m)). */
import { describe, expect, it } from 'vitest';
import { riskWarnings } from '../../../shared/checks/risks.ts';
import type { ProjectInput } from '../../../shared/model/schema.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { generatePolicy } from '../../../shared/pipeline.ts';
import { baseProjectInput, buildProject } from '../../fixtures/project-builder.ts';
import { flatText } from '../../fixtures/document-text.ts';

type Use = 'permitted-purposes' | 'beyond-permitted' | undefined;

function project(use: Use, activity: { profiling?: boolean; sharesForAdvertising?: boolean } = { profiling: true }) {
  const base = baseProjectInput();
  const patch: Partial<ProjectInput> = {
    jurisdictions: ['EU', 'US-CA'],
    dataCategories: [
      ...base.dataCategories,
      { id: 'login', name: 'Password', sources: [{ kind: 'data-subject' }], sensitivePi: 'account-login', ccpaCategory: 'sensitive', ...(use ? { sensitivePiUse: use } : {}) },
    ],
    activities: [...base.activities, { id: 'fraud', purpose: 'Detecting fraudulent sign-ins', categories: ['login'], legalBases: [{ basis: 'legitimate-interests', interest: 'Security' }], retention: { kind: 'text', text: '1 year' }, ...activity }],
  };
  return buildProject(patch);
}

const california = (use: Use, activity?: { profiling?: boolean; sharesForAdvertising?: boolean }) => {
  const text = flatText(generatePolicy(project(use, activity), 'en', nodeEnv).document);
  return text.slice(text.indexOf('California residents'));
};

describe('California sensitive personal information', () => {
  it('used only for permitted purposes (fraud screening is one): no right to limit, and the policy says so', () => {
    const text = california('permitted-purposes');
    expect(text).toContain('We use it only for the purposes for which the CCPA lets a business use it without offering a choice');
    expect(text).not.toContain('right to limit');
    expect(text).not.toMatch(/\bLimit\b/);
  });

  it('used beyond them: the right to limit', () => {
    const text = california('beyond-permitted', { profiling: false });
    expect(text).toContain('you have the right to limit our use of it');
    expect(text).toMatch(/\bLimit\b/);
  });

  it('shared for advertising is beyond them whatever the answer, and the answer "permitted" is flagged', () => {
    expect(california('permitted-purposes', { sharesForAdvertising: true })).toContain('you have the right to limit our use of it');
    expect(riskWarnings(project('permitted-purposes', { sharesForAdvertising: true })).map((w) => w.path)).toContain('dataCategories[2].sensitivePiUse');
  });

  it('no answer: the policy claims neither "only permitted purposes" nor more than the facts, and a warning asks', () => {
    expect(california(undefined, { profiling: false })).not.toContain('only for the purposes');
    expect(riskWarnings(project(undefined)).find((w) => w.path === 'dataCategories[2].sensitivePiUse')?.message).toMatch(/say whether/);
    expect(riskWarnings(project('permitted-purposes')).some((w) => w.path === 'dataCategories[2].sensitivePiUse')).toBe(false);
  });
});

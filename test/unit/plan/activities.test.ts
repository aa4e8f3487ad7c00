import { describe, expect, it } from 'vitest';
import type { ProjectInput } from '../../../shared/model/schema.ts';
import {
  activityCategories,
  criminalAuthoritiesFor,
  projectIndex,
  sensitivePiCategories,
  specialConditionsFor,
  usesConsent,
} from '../../../shared/plan/activities.ts';
import { plan } from '../../../shared/plan/plan.ts';
import { requestChannels } from '../../../shared/plan/sections/rights.ts';
import type { PolicyPlan } from '../../../shared/plan/types.ts';
import { baseProjectInput, buildProject } from '../../fixtures/project-builder.ts';

const base = baseProjectInput();
const facts = (p: PolicyPlan, clauseId: string) => p.sections.flatMap((s) => s.clauses).find((c) => c.id === clauseId)?.facts;
const ids = (p: PolicyPlan) => p.sections.flatMap((s) => s.clauses.map((c) => c.id));

const sensitive: Partial<ProjectInput> = {
  dataCategories: [
    ...base.dataCategories!,
    { id: 'health', name: 'Health', sources: [{ kind: 'data-subject' }], special: 'health', sensitivePi: 'health' },
    { id: 'record', name: 'Record', sources: [{ kind: 'third-party', detail: 'Police' }], special: 'criminal-offences' },
    { id: 'login', name: 'Password', sources: [{ kind: 'data-subject' }], sensitivePi: 'account-login' },
  ],
  activities: [
    ...base.activities!,
    { id: 'care', purpose: 'Care', categories: ['health'], legalBases: [{ basis: 'contract', specialCondition: 'health-care' }, { basis: 'legal-obligation', specialCondition: 'legal-claims' }], retention: { kind: 'text', text: 't' } },
    { id: 'care2', purpose: 'Care 2', categories: ['health'], legalBases: [{ basis: 'consent', specialCondition: 'explicit-consent' }, { basis: 'consent', specialCondition: 'health-care' }], retention: { kind: 'text', text: 't' } },
    { id: 'vetting', purpose: 'Vetting', categories: ['record', 'account'], legalBases: [{ basis: 'legal-obligation', criminalAuthority: 'Act X', specialCondition: 'legal-claims' }], retention: { kind: 'text', text: 't' } },
  ],
};

describe('activity helpers', () => {
  it('resolves an activity’s categories in its order', () => {
    const p = buildProject(sensitive);
    const vetting = p.activities.find((a) => a.id === 'vetting')!;
    expect(activityCategories(vetting, projectIndex(p)).map((c) => c.id)).toEqual(['record', 'account']);
  });

  it('collects each Art. 9(2) condition of the activities using a category once, and the Art. 10 authorities', () => {
    const index = projectIndex(buildProject(sensitive));
    expect(specialConditionsFor('health', index)).toEqual(['health-care', 'legal-claims', 'explicit-consent']);
    expect(specialConditionsFor('account', index)).toEqual(['legal-claims']);
    expect(criminalAuthoritiesFor('record', index)).toEqual(['Act X']);
    expect(criminalAuthoritiesFor('health', index)).toEqual([]);
  });

  it('lists CPRA sensitive personal information separately from Art. 9 data', () => {
    expect(sensitivePiCategories(buildProject(sensitive)).map((c) => c.id)).toEqual(['health', 'login']);
  });

  it('counts explicit consent under Art. 9(2)(a) as consent', () => {
    expect(usesConsent(buildProject())).toBe(false);
    const explicit = base.activities!.map((a, i) => (i === 0 ? { ...a, legalBases: [{ basis: 'contract' as const, specialCondition: 'explicit-consent' as const }] } : a));
    expect(usesConsent(buildProject({ activities: explicit }))).toBe(true);
  });

  it('builds the index once per project', () => {
    const p = buildProject();
    expect(projectIndex(p)).toBe(projectIndex(p));
  });
});

describe('plan of the data and purpose sections', () => {
  it('keeps only the details a basis and its data need', () => {
    const activities = facts(plan(buildProject(sensitive)), 'purposes.activities')!.activities as { purpose: string; bases: Record<string, unknown>[] }[];
    const vetting = activities.find((a) => a.purpose === 'Vetting')!;
    // Criminal data without Art. 9 data: the Art. 10 authority is stated, the Art. 9(2) condition is not.
    expect(vetting.bases[0]).toMatchObject({ basis: 'legal-obligation', criminalAuthority: 'Act X', specialCondition: undefined });
    const base0 = activities.find((a) => a.purpose === 'Keeping the service secure')!;
    expect(base0.bases[0]).toMatchObject({ basis: 'legitimate-interests', interest: 'Protecting the service and its users against attacks and misuse' });
  });

  it('separates special categories from criminal-offence data', () => {
    const p = plan(buildProject(sensitive));
    expect((facts(p, 'data-collected.special')!.categories as { name: string }[]).map((c) => c.name)).toEqual(['Health']);
    expect((facts(p, 'data-collected.criminal')!.categories as { name: string }[]).map((c) => c.name)).toEqual(['Record']);
    expect(ids(plan(buildProject()))).not.toContain('data-collected.special');
  });

  it('lists a requirement per activity, and says the rest is optional only when some is', () => {
    const f = facts(plan(buildProject()), 'purposes.requirements')!;
    expect(f.activities).toEqual([{ purpose: 'Creating and running your account', requirement: 'contractual', consequence: 'We cannot open an account for you' }]);
    expect(f.someOptional).toBe(true);
    const allRequired = base.activities!.map((a) => ({ ...a, requirement: 'statutory' as const }));
    expect(facts(plan(buildProject({ activities: allRequired })), 'purposes.requirements')!.someOptional).toBe(false);
  });

  it('falls back to the company email when no request channel is given', () => {
    expect(requestChannels(buildProject())).toEqual([{ kind: 'email', email: 'privacy@nordlys.example' }]);
    const company = { ...base.company!, requestChannels: [{ kind: 'post' as const }, { kind: 'web-form' as const, url: 'https://x.example/form' }] };
    expect(requestChannels(buildProject({ company })).map((c) => c.kind)).toEqual(['post', 'web-form']);
  });

  it('plans 600 activities quickly (lookups through the index, not nested scans)', () => {
    const many = Array.from({ length: 600 }, (_, i) => ({ ...base.activities![i % 3]!, id: `a-${i}` }));
    const p = buildProject({ activities: many });
    const start = performance.now();
    plan(p);
    expect(performance.now() - start).toBeLessThan(200);
  });
});

import { describe, expect, it } from 'vitest';
import type { ProjectInput } from '../../../shared/model/schema.ts';
import { plan, SECTION_IDS } from '../../../shared/plan/plan.ts';
import type { PolicyPlan } from '../../../shared/plan/types.ts';
import { baseProjectInput, buildProject } from '../../fixtures/project-builder.ts';

const sections = (p: PolicyPlan) => p.sections.map((s) => s.id);
const clauses = (p: PolicyPlan) => p.sections.flatMap((s) => s.clauses.map((c) => c.id));
const facts = (p: PolicyPlan, clauseId: string) => p.sections.flatMap((s) => s.clauses).find((c) => c.id === clauseId)?.facts;
const base = baseProjectInput();

/** Each trigger, on and off: the clause (or section) appears exactly when its facts say so. */
const TRIGGERS: { name: string; id: string; on: Partial<ProjectInput>; off: Partial<ProjectInput> }[] = [
  { name: 'cookie section when cookies are listed', id: 'cookies', on: {}, off: { cookies: [] } },
  {
    name: 'cookie consent when optional cookies and EU law',
    id: 'cookies.consent',
    on: {},
    off: { cookies: [{ name: 's', provider: 'Us', category: 'necessary', purpose: 'p', duration: 'd', party: 'first' }] },
  },
  {
    name: 'necessary-only wording when only necessary cookies',
    id: 'cookies.necessary-only',
    on: { cookies: [{ name: 's', provider: 'Us', category: 'necessary', purpose: 'p', duration: 'd', party: 'first' }] },
    off: {},
  },
  { name: 'opt-out wording when no consent law applies', id: 'cookies.opt-out', on: { jurisdictions: ['US-VA'] }, off: {} },
  { name: 'transfers when a recipient is outside the EEA under EU law', id: 'transfers', on: {}, off: { recipients: [base.recipients![0]!], activities: base.activities!.map((a) => ({ ...a, recipients: ['hetzner'] })) } },
  { name: 'no transfers section without a GDPR-family law', id: 'transfers', on: {}, off: { jurisdictions: ['US-VA', 'BR'] } },
  { name: 'copy of transfer tools offered for SCCs', id: 'transfers.copy', on: { recipients: [base.recipients![0]!, { ...base.recipients![1]!, transfers: { eu: { mechanism: 'scc' } } }] }, off: {} },
  { name: 'processor table when processors exist', id: 'sharing.processors', on: {}, off: { recipients: base.recipients!.map((r) => ({ ...r, role: 'independent-controller' as const })) } },
  { name: 'no-processor statement when none exist', id: 'sharing.no-processors', on: { recipients: base.recipients!.map((r) => ({ ...r, role: 'independent-controller' as const })) }, off: {} },
  {
    name: 'controller location when the company holds data outside the EEA',
    id: 'transfers.controller-location',
    on: { company: { ...base.company!, dataLocations: ['US'] } },
    off: { company: { ...base.company!, dataLocations: ['SE', 'DE'] } },
  },
  { name: 'children section from the minimum age', id: 'children', on: {}, off: { children: { minimumAge: 0 } } },
  { name: 'parental consent when directed at children', id: 'children.directed', on: { children: { minimumAge: 13, directedAtChildren: true } }, off: {} },
  {
    name: 'COPPA consent under US law, age below 13 and a consent process',
    id: 'children.coppa',
    on: { jurisdictions: ['US-VA'], children: { minimumAge: 12, parentalConsent: 'A parent confirms by card check' } },
    off: { jurisdictions: ['US-VA'], children: { minimumAge: 12 } },
  },
  { name: 'Swiss report to the FDPIC instead of a complaint right', id: 'rights.swiss-report', on: { jurisdictions: ['CH'] }, off: {} },
  { name: 'complaint right under EU law', id: 'rights.complaint', on: {}, off: { jurisdictions: ['CH'] } },
  { name: 'requirements when an activity needs the data', id: 'purposes.requirements', on: {}, off: { activities: base.activities!.map((a) => ({ ...a, requirement: 'optional' as const })) } },
  { name: 'California section', id: 'california', on: { jurisdictions: ['US-CA'] }, off: {} },
  { name: 'US state section', id: 'united-states', on: { jurisdictions: ['US-VA'] }, off: {} },
  { name: 'Brazil section', id: 'brazil', on: { jurisdictions: ['EU', 'BR'] }, off: {} },
  { name: 'Switzerland section', id: 'switzerland', on: { jurisdictions: ['CH'] }, off: {} },
  { name: 'UK section', id: 'united-kingdom', on: { jurisdictions: ['EU', 'UK'] }, off: {} },
  { name: 'Canada section', id: 'canada', on: { jurisdictions: ['CA'] }, off: {} },
  { name: 'Australia section', id: 'australia', on: { jurisdictions: ['AU'] }, off: {} },
  { name: 'change log table when it has entries', id: 'changes.log', on: {}, off: { changeLog: [] } },
  { name: 'advance notice of changes', id: 'changes.notice', on: {}, off: { changes: { noticeDays: 0 } } },
  { name: 'DPO contact', id: 'contact.dpo', on: {}, off: { company: { ...base.company!, dpo: undefined } } },
  {
    name: 'representative when appointed and the company is not established there',
    id: 'contact.representatives',
    on: { company: { ...base.company!, address: { ...base.company!.address, country: 'US' }, representatives: { eu: { name: 'Rep GmbH', email: 'rep@example.eu' } } } },
    off: { company: { ...base.company!, representatives: { eu: { name: 'Rep GmbH', email: 'rep@example.eu' } } } },
  },
  { name: 'direct marketing', id: 'marketing.direct', on: { marketing: { directMarketing: true, channels: ['email'] } }, off: {} },
  { name: 'automated decisions used', id: 'automated-decisions.used', on: { automatedDecisions: { used: true, description: 'Fraud scoring' } }, off: {} },
  { name: 'processor role', id: 'about.processor-role', on: { role: 'controller-and-processor' }, off: {} },
  {
    name: 'California opt-out when an activity shares for ads',
    id: 'california.sale',
    on: { jurisdictions: ['US-CA'], activities: base.activities!.map((a, i) => ({ ...a, sharesForAdvertising: i === 1 })) },
    off: { jurisdictions: ['US-CA'] },
  },
  { name: 'legitimate interests explained', id: 'purposes.legitimate-interests', on: {}, off: { jurisdictions: ['US-VA'] } },
];

describe('plan()', () => {
  it.each(TRIGGERS)('$name', ({ id, on, off }) => {
    const has = (p: PolicyPlan) => (id.includes('.') ? clauses(p) : sections(p)).includes(id);
    expect(has(plan(buildProject(on)))).toBe(true);
    expect(has(plan(buildProject(off)))).toBe(false);
  });

  it('keeps sections in document order and only known ids', () => {
    const ids = sections(plan(buildProject({ jurisdictions: ['EU', 'UK', 'CH', 'US-CA', 'US-VA', 'BR', 'CA', 'AU'] })));
    const order = ids.map((id) => SECTION_IDS.indexOf(id as (typeof SECTION_IDS)[number]));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(ids[0]).toBe('about');
    expect(ids.at(-1)).toBe('contact');
  });

  it('names the tool of each transfer per law, and only transfers leave the area', () => {
    const laws = facts(plan(buildProject()), 'transfers.list')?.laws;
    expect(laws).toEqual([{ law: 'eu', area: 'eea', covered: [{ name: 'Postmark', countries: ['US'], mechanism: 'dpf' }], uncovered: [], tools: ['dpf'] }]);
  });

  it('treats the UK as a third country under EU law but as home under UK law alone', () => {
    const gb = [base.recipients![0]!, { ...base.recipients![1]!, storedIn: ['GB'], transfers: { eu: { mechanism: 'adequacy' as const } } }];
    expect(clauses(plan(buildProject({ recipients: gb })))).toContain('transfers.list');
    expect(sections(plan(buildProject({ recipients: gb, jurisdictions: ['UK'] })))).not.toContain('transfers');
  });

  it('picks the supervisory authority from the company country', () => {
    const authorities = (country: string) => {
      const company = { ...base.company!, address: { ...base.company!.address, country } };
      return facts(plan(buildProject({ company })), 'contact.authorities') as { authorities: { authority: { abbreviation?: string; name: string } }[]; euGeneric: boolean };
    };
    expect(authorities('SE').authorities[0]!.authority.abbreviation).toBe('IMY');
    expect(authorities('FR').authorities[0]!.authority.abbreviation).toBe('CNIL');
    expect(authorities('NO').authorities[0]!.authority.name).toBe('Datatilsynet');
    // Outside the EEA there is no lead authority: people turn to their own, listed by the EDPB.
    expect(authorities('US')).toMatchObject({ authorities: [], euGeneric: true });
  });

  it('states each law its own response deadline, never longer than the law allows', () => {
    const deadlines = (responseDays?: number) =>
      facts(plan(buildProject({ jurisdictions: ['EU', 'US-CA', 'BR', 'CH'], rights: { responseDays } })), 'rights.how-to')?.deadlines;
    // Listed in the fixed order of laws, not the order they were ticked in.
    expect(deadlines()).toEqual([
      { law: 'EU', amount: 1, unit: 'month', days: 30 },
      { law: 'CH', amount: 30, unit: 'day', days: 30 },
      { law: 'US-CA', amount: 45, unit: 'day', days: 45 },
      { law: 'BR', amount: 15, unit: 'day', days: 15 },
    ]);
    expect(deadlines(20)).toEqual([
      { law: 'EU', amount: 20, unit: 'day', days: 20 },
      { law: 'CH', amount: 20, unit: 'day', days: 20 },
      { law: 'US-CA', amount: 20, unit: 'day', days: 20 },
      { law: 'BR', amount: 15, unit: 'day', days: 15 },
    ]);
  });

  it('lists the change log newest first', () => {
    const entries = facts(plan(buildProject()), 'changes.log')?.entries as { date: string }[];
    expect(entries.map((e) => e.date)).toEqual(['2024-06-15', '2024-03-01']);
  });

  it('offers portability and withdrawal of consent only where the legal bases make them apply', () => {
    const gdpr = (p: Partial<ProjectInput>) => facts(plan(buildProject(p)), 'rights.gdpr');
    expect(gdpr({})).toMatchObject({ portability: true, withdrawConsent: false, objection: true });
    const onlyLegal = base.activities!.map((a) => ({ ...a, legalBases: [{ basis: 'legal-obligation' as const }] }));
    expect(gdpr({ activities: onlyLegal })).toMatchObject({ portability: false, withdrawConsent: false, objection: false });
  });
});

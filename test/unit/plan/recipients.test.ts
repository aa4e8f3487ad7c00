import { describe, expect, it } from 'vitest';
import type { ProjectInput } from '../../../shared/model/schema.ts';
import { ccpaRoleOf, companyLocations, countriesAbroad, lawsWithControllerAbroad, recipientIndex, transfersUnder } from '../../../shared/plan/recipients.ts';
import { baseProjectInput, buildProject } from '../../fixtures/project-builder.ts';

type RecipientInput = NonNullable<ProjectInput['recipients']>[number];
const base = baseProjectInput();
const r = (extra: Partial<RecipientInput>): RecipientInput => ({ id: 'x', name: 'X', role: 'processor', activity: 'a', storedIn: ['DE'], ...extra });

describe('ccpaRoleOf', () => {
  const CASES: { name: string; recipient: Partial<RecipientInput>; advertising: boolean; want: string }[] = [
    { name: 'processor', recipient: { role: 'processor' }, advertising: false, want: 'service-provider' },
    { name: 'sub-processor', recipient: { role: 'sub-processor' }, advertising: false, want: 'service-provider' },
    { name: 'processor entered as contractor', recipient: { role: 'processor', ccpaRole: 'contractor' }, advertising: false, want: 'contractor' },
    { name: 'independent controller', recipient: { role: 'independent-controller' }, advertising: false, want: 'third-party' },
    { name: 'joint controller', recipient: { role: 'joint-controller' }, advertising: false, want: 'third-party' },
    { name: 'controller entered as service provider', recipient: { role: 'independent-controller', ccpaRole: 'service-provider' }, advertising: false, want: 'third-party' },
    { name: 'processor receiving data for cross-context advertising', recipient: { role: 'processor' }, advertising: true, want: 'third-party' },
    { name: 'contractor receiving data for cross-context advertising', recipient: { role: 'processor', ccpaRole: 'contractor' }, advertising: true, want: 'third-party' },
  ];
  it.each(CASES)('$name → $want', ({ recipient, advertising, want }) => {
    const project = buildProject({
      recipients: [r(recipient)],
      activities: [{ ...base.activities[0]!, recipients: ['x'], sharesForAdvertising: advertising }],
    });
    expect(ccpaRoleOf(project.recipients[0]!, recipientIndex(project))).toBe(want);
  });

  it('a sale makes the recipient a third party too', () => {
    const project = buildProject({ recipients: [r({})], activities: [{ ...base.activities[0]!, recipients: ['x'], sells: true }] });
    expect(ccpaRoleOf(project.recipients[0]!, recipientIndex(project))).toBe('third-party');
  });
});

describe('transfersUnder', () => {
  it('takes every country a recipient stores data in or accesses it from, per law', () => {
    const project = buildProject({
      jurisdictions: ['EU', 'UK', 'CH'],
      recipients: [r({ name: 'Mixed', storedIn: ['GB', 'DE'], accessedFrom: ['CH', 'IN'], transfers: { eu: { mechanism: 'adequacy' }, uk: { mechanism: 'idta' }, ch: { mechanism: 'none' } } })],
      activities: [{ ...base.activities[0]!, recipients: ['x'] }],
    });
    expect(transfersUnder('eu', project)).toEqual([{ name: 'Mixed', countries: ['GB', 'CH', 'IN'], mechanism: 'adequacy' }]);
    expect(transfersUnder('uk', project)).toEqual([{ name: 'Mixed', countries: ['CH', 'IN'], mechanism: 'idta' }]);
    // "none" is no tool: the transfer stays, the mechanism is absent.
    expect(transfersUnder('ch', project)).toEqual([{ name: 'Mixed', countries: ['GB', 'IN'] }]);
  });

  it('a derogation keeps which one', () => {
    const project = buildProject({ recipients: [r({ storedIn: ['AE'], transfers: { eu: { mechanism: 'derogation', derogation: 'contract-with-data-subject' } } })], activities: [{ ...base.activities[0]!, recipients: ['x'] }] });
    expect(transfersUnder('eu', project)[0]).toMatchObject({ mechanism: 'derogation', derogation: 'contract-with-data-subject' });
  });
});

describe('where the company holds data', () => {
  const us = { ...base.company, address: { street: '1 Main St', postalCode: '97201', city: 'Portland', region: 'OR', country: 'US' } };
  it.each([
    { name: 'an EEA company at home', company: base.company, jurisdictions: ['EU'] as const, want: [] },
    { name: 'a US company under EU law', company: us, jurisdictions: ['EU'] as const, want: [{ law: 'eu', countries: ['US'] }] },
    { name: 'a US company under EU and UK law', company: us, jurisdictions: ['EU', 'UK'] as const, want: [{ law: 'eu', countries: ['US'] }, { law: 'uk', countries: ['US'] }] },
    { name: 'a US company under US law only', company: us, jurisdictions: ['US-VA'] as const, want: [] },
    { name: 'an EEA company storing in Canada', company: { ...base.company, dataLocations: ['SE', 'CA'] }, jurisdictions: ['EU'] as const, want: [{ law: 'eu', countries: ['CA'] }] },
    { name: 'a UK company storing in the EEA, under UK law', company: { ...base.company, address: { ...us.address, country: 'GB' }, dataLocations: ['IE'] }, jurisdictions: ['UK'] as const, want: [] },
  ])('$name', ({ company, jurisdictions, want }) => {
    expect(lawsWithControllerAbroad(buildProject({ company, jurisdictions: [...jurisdictions] }))).toEqual(want);
  });

  it('defaults to the company’s own country', () => {
    expect(companyLocations(buildProject())).toEqual(['SE']);
  });

  it('countries abroad for a national law: the company’s own and every recipient country, without the home country', () => {
    const project = buildProject({ company: { ...base.company, dataLocations: ['SE', 'BR'] }, recipients: [r({ storedIn: ['BR', 'US'], accessedFrom: ['IN'] })], activities: [{ ...base.activities[0]!, recipients: ['x'] }] });
    expect(countriesAbroad(project, 'BR')).toEqual({ own: ['SE'], recipients: ['IN', 'US'] });
  });
});

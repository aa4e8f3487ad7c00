import { describe, expect, it } from 'vitest';
import { runInterview, type Answers } from '../../../shared/interview/index.ts';
import type { LibraryCookie, LibraryService } from '../../../shared/library/index.ts';
import { DOCUMENT_LANGUAGES } from '../../../shared/model/languages.ts';

/** Fictional services, so that these tests pin the interview's mapping and not any vendor's facts. */
const every = (text: string) => Object.fromEntries(DOCUMENT_LANGUAGES.map((l) => [l, `${text} (${l})`])) as LibraryService['activity'];
const service = (over: Partial<LibraryService> & Pick<LibraryService, 'id' | 'kind' | 'role'>): LibraryService => ({
  name: over.id,
  url: `https://${over.id}.example`,
  entity: {},
  storedIn: ['US'],
  accessedFrom: [],
  transfers: {},
  privacyPolicyUrl: `https://${over.id}.example/privacy`,
  activity: every(over.id),
  dataKinds: ['contact'],
  cookies: [],
  source: [`https://${over.id}.example/dpa`],
  checked: '2026-01-01',
  ...over,
});
const cookie: LibraryCookie = { id: 'acme-visit', name: '_acme_', match: 'prefix', provider: 'Acme', serviceId: 'acme-stats', category: 'analytics', purpose: every('Counts visits'), duration: { kind: 'fixed', amount: 2, unit: 'years' }, source: 'test' };
const library = {
  services: [
    service({ id: 'acme-stats', kind: 'analytics', role: 'processor', entity: { eu: 'Acme Europe Ltd', us: 'Acme Inc.' }, transfers: { eu: 'dpf' }, cookies: ['acme-visit'] }),
    service({ id: 'payco', kind: 'payments', role: 'independent-controller', storedIn: ['LU'] }),
    service({ id: 'mailco', kind: 'newsletter', role: 'processor', entity: { us: 'Mailco LLC' } }),
  ],
  cookies: [cookie],
};

const base: Answers = {
  'company-country': 'DE',
  company: { legalName: 'Kleiner Laden GmbH', email: 'info@kleiner-laden.de', street: 'Hauptstraße 1', postalCode: '10115', city: 'Berlin' },
  languages: ['en', 'sv'],
  sells: ['physical-goods'],
  analytics: true,
};

describe('library services in the interview', () => {
  it('become recipients with the library’s role, countries and tools; the EU entity for a European company; a controller’s own policy', () => {
    const { project, stillToEnter } = runInterview({ ...base, services: ['acme-stats', 'payco'] }, { library, today: '2026-03-01' });
    expect(stillToEnter).toEqual([]);
    const [stats, payco] = project.recipients;
    expect(stats).toMatchObject({ id: 'acme-stats', name: 'Acme Europe Ltd', role: 'processor', storedIn: ['US'], transfers: { eu: { mechanism: 'dpf' } }, activity: { en: 'acme-stats (en)', sv: 'acme-stats (sv)' } });
    expect(stats).not.toHaveProperty('privacyPolicyUrl');
    expect(payco).toMatchObject({ role: 'independent-controller', storedIn: ['LU'], transfers: {}, privacyPolicyUrl: 'https://payco.example/privacy' });
    expect(project.activities.find((a) => a.id === 'analytics')!.recipients).toEqual(['acme-stats']);
    expect(project.activities.find((a) => a.id === 'payments')!.recipients).toEqual(['payco']);
  });

  it('bring the cookies they set, their purpose and duration in each language', () => {
    const { project } = runInterview({ ...base, services: ['acme-stats'] }, { library });
    expect(project.cookies).toEqual([{ name: '_acme_*', provider: 'Acme', category: 'analytics', purpose: { en: 'Counts visits (en)', sv: 'Counts visits (sv)' }, duration: { en: '2 years', sv: '2 år' }, party: 'third' }]);
  });

  it('add the activity they imply when no answer did, saying so; without a named entity, the service’s name and a note', () => {
    const { project, notes } = runInterview({ ...base, services: ['mailco'] }, { library });
    expect(project.activities.find((a) => a.id === 'newsletter')?.recipients).toEqual(['mailco']);
    expect(notes.join('\n')).toMatch(/mailco is a newsletter service, so the activity "Send you our newsletter/);
    // A European company, but the vendor names only its US entity: that one, rather than a guess.
    expect(project.recipients[0]!.name).toBe('Mailco LLC');
    const unnamed = runInterview({ ...base, services: ['payco'] }, { library });
    expect(unnamed.project.recipients[0]!.name).toBe('payco');
    expect(unnamed.notes.join('\n')).toMatch(/recipients "payco": the library does not name/);
  });

  it('leaves the bookkeeping law for the person where the interview does not know it for sure', () => {
    const { project, notes } = runInterview(base, { library });
    expect(project.activities.find((a) => a.id === 'bookkeeping')!.legalBases).toEqual([{ basis: 'legal-obligation' }]);
    expect(notes.join('\n')).toMatch(/name your country’s bookkeeping or accounting act/);
  });
});

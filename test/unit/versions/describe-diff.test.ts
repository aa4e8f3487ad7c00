import { describe, expect, it } from 'vitest';
import { DOCUMENT_LANGUAGES } from '../../../shared/model/languages.ts';
import type { Project, ProjectInput } from '../../../shared/model/schema.ts';
import { describeDiff, factsDiff, hasVersionMessages } from '../../../shared/versions/api.ts';
import { baseProjectInput, buildProject } from '../../fixtures/project-builder.ts';

/** The fixture with its names written in English and Swedish, so each language's lines can be read whole. */
function bilingual(patch: Partial<ProjectInput> = {}): Project {
  const base = baseProjectInput();
  return buildProject({
    dataCategories: [
      { id: 'account', name: { en: 'Account details', sv: 'Kontouppgifter' }, examples: ['name'], sources: [{ kind: 'data-subject' }], ccpaCategory: 'identifiers' },
      { id: 'support', name: { en: 'Support conversations', sv: 'Supportärenden' }, examples: ['messages'], sources: [{ kind: 'data-subject' }], ccpaCategory: 'customer-records' },
    ],
    activities: [
      {
        id: 'run-account',
        purpose: { en: 'Running your account', sv: 'Hantera ditt konto' },
        categories: ['account'],
        legalBases: [{ basis: 'contract' }],
        retention: { kind: 'period', amount: 30, unit: 'days', from: 'end-of-contract' },
        recipients: ['hetzner'],
      },
      {
        id: 'support',
        purpose: { en: 'Answering support requests', sv: 'Besvara supportärenden' },
        categories: ['support'],
        legalBases: [{ basis: 'contract' }],
        retention: { kind: 'period', amount: 2, unit: 'years', from: 'last-activity' },
        recipients: ['hetzner'],
      },
    ],
    recipients: [{ id: 'hetzner', name: 'Hetzner Online GmbH', role: 'processor', activity: { en: 'Hosting', sv: 'Drift' }, storedIn: ['DE'] }],
    cookies: [{ name: '_pk_id', provider: 'Matomo', category: 'analytics', purpose: { en: 'Counts visits', sv: 'Räknar besök' }, duration: { en: '13 months', sv: '13 månader' }, party: 'third' }],
    changeLog: base.changeLog,
    ...patch,
  });
}

const whereby = { id: 'whereby', name: 'Whereby AS', role: 'processor' as const, activity: { en: 'Video classes', sv: 'Videolektioner' }, storedIn: ['NO'] };

function lines(from: Project, to: Project) {
  const diff = factsDiff(from, to);
  return { en: describeDiff(diff, 'en'), sv: describeDiff(diff, 'sv') };
}

describe('facts diff in plain words', () => {
  const before = bilingual();

  it('names an added recipient with its countries and what it does', () => {
    const after = bilingual({ recipients: [...before.recipients, whereby] });
    expect(lines(before, after)).toEqual({
      en: ['Added Whereby AS (Norway) for video classes'],
      sv: ['Lagt till Whereby AS (Norge) för videolektioner'],
    });
  });

  it('names a removed recipient, and one that moved its data', () => {
    const withWhereby = bilingual({ recipients: [...before.recipients, whereby] });
    expect(lines(withWhereby, before)).toEqual({ en: ['Removed Whereby AS'], sv: ['Tagit bort Whereby AS'] });
    const moved = bilingual({ recipients: [{ ...before.recipients[0]!, storedIn: ['DE', 'FI'] }] });
    expect(lines(before, moved)).toEqual({
      en: ['Hetzner Online GmbH now stores data in Germany and Finland instead of Germany'],
      sv: ['Hetzner Online GmbH lagrar nu uppgifter i Tyskland och Finland i stället för i Tyskland'],
    });
  });

  it('says a retention period changed in words, not as a replaced table', () => {
    const after = bilingual({ activities: before.activities.map((a) => (a.id === 'support' ? { ...a, retention: { kind: 'period' as const, amount: 3, unit: 'years' as const, from: 'last-activity' as const } } : a)) });
    expect(lines(before, after)).toEqual({
      en: ['We now keep support conversations for three years instead of two'],
      sv: ['Vi sparar nu supportärenden i tre år i stället för två år'],
    });
  });

  it('names what starts the period when that changed too', () => {
    const after = bilingual({ activities: before.activities.map((a) => (a.id === 'support' ? { ...a, retention: { kind: 'period' as const, amount: 6, unit: 'months' as const, from: 'collection' as const } } : a)) });
    expect(lines(before, after)).toEqual({
      en: ['We now keep support conversations for six months from collection instead of two years after your last activity'],
      sv: ['Vi sparar nu supportärenden i sex månader från insamlingen i stället för två år efter din senaste aktivitet'],
    });
  });

  it('names added and removed activities and a recipient added to an activity', () => {
    const after = bilingual({ activities: [{ ...before.activities[0]!, recipients: ['hetzner', 'postmark'] }], recipients: [...before.recipients, { id: 'postmark', name: 'Postmark', role: 'processor', activity: { en: 'Email', sv: 'E-post' }, storedIn: ['US'] }] });
    const withPostmarkAlready = bilingual({ recipients: after.recipients });
    expect(lines(withPostmarkAlready, after)).toEqual({
      en: ['Removed the purpose “Answering support requests”', 'We now share data for “Running your account” with Postmark'],
      sv: ['Tagit bort ändamålet ”Besvara supportärenden”', 'Vi delar nu uppgifter för ”Hantera ditt konto” med Postmark'],
    });
    expect(lines(after, withPostmarkAlready).en).toContain('Added the purpose “Answering support requests”');
  });

  it('names data categories added, removed and renamed', () => {
    const extra = { id: 'payment', name: { en: 'Payment details', sv: 'Betalningsuppgifter' }, examples: ['card number'], sources: [{ kind: 'data-subject' as const }], ccpaCategory: 'customer-records' as const };
    const added = bilingual({ dataCategories: [...before.dataCategories, extra] });
    expect(lines(before, added)).toEqual({ en: ['Added the data category “Payment details”'], sv: ['Lagt till personuppgiftskategorin ”Betalningsuppgifter”'] });
    expect(lines(added, before)).toEqual({ en: ['Removed the data category “Payment details”'], sv: ['Tagit bort personuppgiftskategorin ”Betalningsuppgifter”'] });
    const renamed = bilingual({ dataCategories: before.dataCategories.map((c) => (c.id === 'account' ? { ...c, name: { en: 'Account data', sv: 'Kontodata' } } : c)) });
    expect(lines(before, renamed)).toEqual({ en: ['The data category “Account details” is now called “Account data”'], sv: ['Personuppgiftskategorin ”Kontouppgifter” heter nu ”Kontodata”'] });
  });

  it('names cookies added, removed and lasting longer', () => {
    const session = { name: 'session_id', provider: 'Nordlys', category: 'necessary' as const, purpose: { en: 'Keeps you signed in', sv: 'Håller dig inloggad' }, duration: { en: 'Session', sv: 'Session' }, party: 'first' as const };
    const added = bilingual({ cookies: [...before.cookies, session] });
    expect(lines(before, added)).toEqual({ en: ['Added the cookie session_id (Nordlys)'], sv: ['Lagt till kakan session_id (Nordlys)'] });
    expect(lines(added, before)).toEqual({ en: ['Removed the cookie session_id (Nordlys)'], sv: ['Tagit bort kakan session_id (Nordlys)'] });
    const longer = bilingual({ cookies: [{ ...before.cookies[0]!, duration: { en: '25 months', sv: '25 månader' } }] });
    expect(lines(before, longer)).toEqual({ en: ['The cookie _pk_id now lasts 25 months instead of 13 months'], sv: ['Kakan _pk_id finns nu kvar i 25 månader i stället för 13 månader'] });
  });

  it('names the laws the policy now covers or no longer covers', () => {
    const wider = bilingual({ jurisdictions: ['EU', 'UK'] });
    expect(lines(before, wider)).toEqual({ en: ['The policy now also covers the UK GDPR'], sv: ['Policyn omfattar nu även brittiska UK GDPR'] });
    expect(lines(wider, before)).toEqual({ en: ['The policy no longer covers the UK GDPR'], sv: ['Policyn omfattar inte längre brittiska UK GDPR'] });
  });

  it('says so when nothing changed, and ignores the change log itself', () => {
    const logged = bilingual({ changeLog: [{ date: '2025-01-01', summary: 'Something' }] });
    expect(lines(before, logged)).toEqual({ en: ['No change to the facts'], sv: ['Inga ändringar i uppgifterna'] });
  });

  it('words every document language in that language', () => {
    const after = bilingual({ recipients: [...before.recipients, whereby] });
    const lines = DOCUMENT_LANGUAGES.map((lang) => describeDiff(factsDiff(before, after), lang)[0] ?? '');
    for (const [i, lang] of DOCUMENT_LANGUAGES.entries()) {
      expect(hasVersionMessages(lang), lang).toBe(true);
      expect(lines[i], lang).toContain('Whereby AS');
    }
    // Each language words it its own way: no two share the English sentence.
    expect(lines.filter((l) => l === lines[0]).length).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { findSection } from '../../../shared/document/text.ts';
import type { PolicyDocument } from '../../../shared/document/types.ts';
import type { DocumentLanguage } from '../../../shared/model/languages.ts';
import type { ProjectInput } from '../../../shared/model/schema.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { generatePolicy } from '../../../shared/pipeline.ts';
import { flatText } from '../../fixtures/document-text.ts';
import { baseProjectInput, buildProject } from '../../fixtures/project-builder.ts';

/** The languages whose wording these tests pin; every language's facts and clauses are covered by templates-plan and the property tests. */
const WORDED_LANGUAGES = ['en', 'sv'] as const satisfies readonly DocumentLanguage[];

const doc = (patch: Partial<ProjectInput> = {}, lang: DocumentLanguage = 'en') => generatePolicy(buildProject(patch), lang, nodeEnv).document;
const section = (d: PolicyDocument, id: string) => {
  const s = findSection(d, id);
  if (!s) throw new Error(`no section "${id}" in the document`);
  return flatText(s);
};
const country = (code: string, lang: DocumentLanguage) => new Intl.DisplayNames([lang], { type: 'region' }).of(code)!;

describe.each(WORDED_LANGUAGES)('generated sections (%s)', (lang) => {
  const d = doc({}, lang);

  it('who we are: legal name, trading name, registration number, address', () => {
    const text = section(d, 'about');
    for (const fact of ['Nordlys Software AB', 'Nordlys', '559123-4567', 'Sveavägen 12', '111 57 Stockholm', 'the Nordlys planning app', country('SE', lang)]) {
      expect(text).toContain(fact);
    }
  });

  it('what we collect: every category with its examples', () => {
    const text = section(d, 'data-collected');
    for (const fact of ['Account details', 'name', 'email address', 'Usage data', 'IP address', 'pages viewed']) expect(text).toContain(fact);
  });

  it('purposes: every activity, and the legitimate interest', () => {
    const text = section(d, 'purposes');
    for (const fact of ['Creating and running your account', 'Keeping the service secure', 'Improving the service', 'Understanding how the service is used so we can fix problems']) {
      expect(text).toContain(fact);
    }
  });

  it('sharing: the processors table with name, activity and country', () => {
    const text = section(d, 'sharing');
    for (const fact of ['Hetzner Online GmbH', 'Hosting', country('DE', lang), 'Postmark', 'Sending transactional email', country('US', lang)]) expect(text).toContain(fact);
  });

  it('transfers: names the provider outside the EEA, its country and its safeguard', () => {
    const text = section(d, 'transfers');
    expect(text).toContain('Postmark');
    expect(text).toContain(country('US', lang));
    expect(text).toMatch(/Data Privacy Framework/);
    expect(text).not.toContain('Hetzner');
  });

  it('cookies: every cookie with provider, purpose and duration', () => {
    const text = section(d, 'cookies');
    for (const fact of ['session_id', 'Keeps you signed in', 'Session', '_pk_id', 'Matomo', 'Counts visits', '13 months']) expect(text).toContain(fact);
  });

  it('retention: each activity with its period', () => {
    const text = section(d, 'retention');
    expect(text).toContain(lang === 'sv' ? '30 dagar efter att avtalet med dig har upphört' : '30 days after our contract with you ends');
    expect(text).toContain(lang === 'sv' ? '13 månader från det att vi samlade in uppgifterna' : '13 months from when we collect it');
  });

  it('rights: the GDPR deadline of one month', () => {
    expect(section(d, 'rights')).toContain(lang === 'sv' ? 'en månad' : 'one month');
  });

  it('children: the minimum age', () => {
    expect(section(d, 'children')).toContain('16');
  });

  it('security: every measure', () => {
    const text = section(d, 'security');
    expect(text).toContain('Encryption in transit and at rest');
    expect(text).toContain('Two-factor authentication for staff');
  });

  it('changes: notice period and the change log', () => {
    const text = section(d, 'changes');
    expect(text).toContain('30');
    expect(text).toContain('Added Postmark for email');
    expect(text).toContain('First version');
  });

  it('contact: email, phone, DPO and the Swedish authority with its address', () => {
    const text = section(d, 'contact');
    for (const fact of ['privacy@nordlys.example', '+46 8 123 456 78', 'Karin Lind', 'dpo@nordlys.example', 'Integritetsskyddsmyndigheten', 'IMY', 'Box 8114, 104 20 Stockholm']) {
      expect(text).toContain(fact);
    }
  });

  it('title: last updated is the newest change-log date, in the document language', () => {
    const title = section(d, 'title');
    expect(title).toContain(new Intl.DateTimeFormat(`${lang}-SE`, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2024-06-15T00:00:00Z')));
  });

  it('carries section and clause ids in the document', () => {
    const cookies = findSection(d, 'cookies')!;
    expect(cookies.attrs).toMatchObject({ sectionId: 'cookies', origin: 'generated' });
    expect(cookies.attrs?.generatedHash).toMatch(/^[0-9a-f]{16}$/);
    expect(cookies.content?.filter((n) => n.type === 'policyClause').map((n) => n.attrs?.clauseId)).toContain('cookies.table');
  });

  it('California: rights with the 45-day deadline, and the opt-out only when an activity shares for advertising', () => {
    const base = buildProject();
    const sharing = base.activities.map((a, i) => (i === 0 ? { ...a, sharesForAdvertising: true } : a));
    const text = section(doc({ jurisdictions: ['US-CA'], activities: sharing }, lang), 'california');
    const without = section(doc({ jurisdictions: ['US-CA'] }, lang), 'california');
    expect(text).toContain('45');
    const optOut = lang === 'sv' ? /Rätt att säga nej/ : /Opt out/;
    expect(text).toMatch(optOut);
    expect(without).not.toMatch(optOut);
  });

  it('Brazil: LGPD with 15 days and the ANPD', () => {
    const text = section(doc({ jurisdictions: ['BR'] }, lang), 'brazil');
    expect(text).toContain('15');
    expect(text).toContain('Autoridade Nacional de Proteção de Dados');
  });

  it('Switzerland: FADP deadline of 30 days', () => {
    expect(section(doc({ jurisdictions: ['CH'] }, lang), 'switzerland')).toContain('30');
  });

  it('a representative is named with the region', () => {
    const base = baseProjectInput().company!;
    const company = { ...base, address: { ...base.address, country: 'US' }, representatives: { eu: { name: 'EU Rep GmbH', email: 'rep@example.eu' } } };
    const text = section(doc({ company }, lang), 'contact');
    expect(text).toContain('EU Rep GmbH');
    expect(text).toContain('rep@example.eu');
  });
});

describe('statements follow the facts', () => {
  it('says nothing about cookies when none are listed', () => {
    const d = doc({ cookies: [] });
    expect(findSection(d, 'cookies')).toBeUndefined();
    expect(flatText(d).toLowerCase()).not.toContain('cookie');
  });

  it('a necessary-only site does not ask for consent', () => {
    const text = section(doc({ cookies: [{ name: 'sid', provider: 'Us', category: 'necessary', purpose: 'Sign-in', duration: 'Session', party: 'first' }] }), 'cookies');
    expect(text).toContain('only cookies that are strictly necessary');
    expect(text).not.toContain('cookie banner');
  });

  it('says there is no direct marketing when there is none, and names channels when there is', () => {
    expect(section(doc(), 'marketing')).toContain('do not use your personal data to send you direct marketing');
    expect(section(doc({ marketing: { directMarketing: true, channels: ['email', 'sms'] } }), 'marketing')).toContain('email and text message');
  });

  it('a US-only policy shows no legal-basis column', () => {
    const text = section(doc({ jurisdictions: ['US-VA'] }), 'purposes');
    expect(text).not.toContain('Legal basis');
    expect(section(doc(), 'purposes')).toContain('Legal basis');
  });
});

describe('addresses follow the country’s convention', () => {
  const contact = (address: Record<string, string>) => {
    const base = baseProjectInput().company!;
    return section(doc({ company: { ...base, address: address as never } }), 'contact');
  };

  it('US: city, state and ZIP code', () => {
    expect(contact({ street: '1120 NW Couch Street', postalCode: '97209', city: 'Portland', region: 'OR', country: 'US' })).toContain('Portland, OR 97209');
  });

  it('UK: town then postcode', () => {
    expect(contact({ street: '1 High Street', postalCode: 'SW1A 1AA', city: 'London', country: 'GB' })).toContain('London SW1A 1AA');
  });

  it('a region kept from an earlier country does not print where addresses have none', () => {
    const text = contact({ street: 'Sveavägen 12', postalCode: '111 57', city: 'Stockholm', region: 'OR', country: 'SE' });
    expect(text).toContain('111 57 Stockholm');
    expect(text).not.toContain('OR');
  });

  it('Sweden: postal code then city', () => {
    expect(contact({ street: 'Sveavägen 12', postalCode: '111 57', city: 'Stockholm', country: 'SE' })).toContain('111 57 Stockholm');
  });
});

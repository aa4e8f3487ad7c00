/**
 * What a reader sees about recipients and transfers, in every document
 * language: each role says what that kind of recipient truly does, each
 * transfer names its own law's tool, and nothing states a fact the project
 * lacks (no processor wording for a controller, no confession for "none").
 */
import { describe, expect, it } from 'vitest';
import type { DocumentLanguage } from '../../../shared/model/languages.ts';
import { DEROGATIONS, TRANSFER_LAWS, TRANSFER_MECHANISMS, type ProjectInput, type TransferLaw } from '../../../shared/model/schema.ts';
import { baseProjectInput } from '../../fixtures/project-builder.ts';
import { messageOf, recipientSections } from '../../fixtures/recipient-sections.ts';

/** The languages whose wording these tests pin; every language's facts and clauses are covered by templates-plan and the property tests. */
const WORDED_LANGUAGES = ['en', 'sv'] as const satisfies readonly DocumentLanguage[];

type RecipientInput = NonNullable<ProjectInput['recipients']>[number];
type ActivityInput = ProjectInput['activities'][number];

const base = baseProjectInput();
const country = (code: string, lang: DocumentLanguage) => new Intl.DisplayNames([lang], { type: 'region' }).of(code)!;
const LAW_JURISDICTION = { eu: 'EU', uk: 'UK', ch: 'CH' } as const;

const recipient = (r: Partial<RecipientInput> & Pick<RecipientInput, 'id' | 'name' | 'role'>): RecipientInput => ({ activity: 'Doing something', storedIn: ['DE'], ...r });
const activityWith = (recipients: string[], extra: Partial<ActivityInput> = {}): ActivityInput => ({ ...base.activities[0]!, id: 'main', recipients, ...extra });
const withRecipients = (recipients: RecipientInput[], patch: Partial<ProjectInput> = {}): Partial<ProjectInput> => ({
  recipients,
  activities: [activityWith(recipients.map((r) => r.id))],
  ...patch,
});

/** Words that would say a recipient acts for us on our instructions. */
const INSTRUCTIONS: Record<(typeof WORDED_LANGUAGES)[number], RegExp> = { en: /on our instructions|on our behalf/i, sv: /enligt våra instruktioner|för vår räkning/i };
/** Words that would confess a missing transfer tool. */
const CONFESSION: Record<(typeof WORDED_LANGUAGES)[number], RegExp> = {
  en: /not yet|no safeguard|none in place|without a (safeguard|tool)|have not put/i,
  sv: /ännu inte|saknas|ingen skyddsåtgärd|inte infört/i,
};

describe.each(WORDED_LANGUAGES)('recipients and transfers (%s)', (lang) => {
  describe('roles', () => {
    const NON_PROCESSOR_ROLES = ['independent-controller', 'joint-controller', 'group-company', 'public-authority', 'professional-adviser', 'business-transfer', 'other'] as const;

    it.each(NON_PROCESSOR_ROLES)('a %s alone is named, and never said to act on our instructions', (role) => {
      const sharing = recipientSections(withRecipients([recipient({ id: 'x', name: 'Xylo Partner Ltd', role, activity: 'Handling returns' })]), lang).get('sharing')!;
      expect(sharing).toContain('Xylo Partner Ltd');
      expect(sharing).toContain('Handling returns');
      expect(sharing).not.toMatch(INSTRUCTIONS[lang]);
    });

    it.each(['processor', 'sub-processor'] as const)('a %s is said to act on our instructions under an agreement', (role) => {
      const sharing = recipientSections(withRecipients([recipient({ id: 'x', name: 'Xylo Hosting', role })]), lang).get('sharing')!;
      expect(sharing).toMatch(INSTRUCTIONS[lang]);
      expect(sharing).toMatch(lang === 'en' ? /data processing agreement/ : /personuppgiftsbiträdesavtal/);
      expect(sharing).toMatch(role === 'sub-processor' ? (lang === 'en' ? /sub-processor/ : /underbiträde/) : /./);
    });

    it('processors and controllers together: the controller is in its own list, with its own policy linked and printed', () => {
      const sharing = recipientSections(
        withRecipients([
          recipient({ id: 'host', name: 'Hetzner Online GmbH', role: 'processor' }),
          recipient({ id: 'pay', name: 'PayPal (Europe) S.à r.l.', role: 'independent-controller', activity: 'Payments', storedIn: ['LU'], privacyPolicyUrl: 'https://www.paypal.com/privacy' }),
        ]),
        lang,
      ).get('sharing')!;
      const [processorPart, rest] = sharing.split('PayPal');
      expect(processorPart).toContain('Hetzner');
      expect(rest).toContain('https://www.paypal.com/privacy');
      expect(sharing).toMatch(lang === 'en' ? /independent controllers/ : /självständigt personuppgiftsansvariga/);
      // The false v1 sentence next to a processor list.
      expect(sharing).not.toMatch(/Those companies use the information under their own privacy policies/);
    });

    it('a joint controller: the essence of the arrangement, and rights against each under the GDPR only', () => {
      const joint = recipient({ id: 'j', name: 'Meta Platforms Ireland Ltd', role: 'joint-controller', jointArrangement: 'We are responsible for collecting the data on our page; Meta for what follows' });
      const eu = recipientSections(withRecipients([joint]), lang).get('sharing')!;
      expect(eu).toContain('We are responsible for collecting the data on our page');
      expect(eu).toMatch(lang === 'en' ? /against each of us/ : /mot var och en av oss/);
      expect(eu).not.toMatch(INSTRUCTIONS[lang]);
      const us = recipientSections(withRecipients([joint], { jurisdictions: ['US-VA'] }), lang).get('sharing')!;
      expect(us).not.toMatch(lang === 'en' ? /against each of us/ : /mot var och en av oss/);
    });

    it("a recipient's website is printed, not only linked on its name", () => {
      const sharing = recipientSections({}, lang).get('sharing')!;
      expect(sharing).toContain('https://postmarkapp.com');
    });

    it('no processors: says so; with processors it does not', () => {
      const none = recipientSections(withRecipients([recipient({ id: 'c', name: 'Carrier AB', role: 'independent-controller' })]), lang).get('sharing')!;
      const some = recipientSections({}, lang).get('sharing')!;
      const sentence = lang === 'en' ? /We do not use processors/ : /Vi anlitar inga personuppgiftsbiträden/;
      expect(none).toMatch(sentence);
      expect(some).not.toMatch(sentence);
    });
  });

  describe('countries', () => {
    it('stored in one country, accessed from another: both stated, and the access country is the transfer', () => {
      const r = recipient({ id: 'x', name: 'Support Desk Oy', role: 'processor', storedIn: ['FI'], accessedFrom: ['IN'], transfers: { eu: { mechanism: 'scc' } } });
      const s = recipientSections(withRecipients([r]), lang);
      expect(s.get('sharing')).toContain(country('FI', lang));
      expect(s.get('sharing')).toContain(country('IN', lang));
      const transfers = s.get('transfers')!;
      expect(transfers).toContain('Support Desk Oy');
      expect(transfers).toContain(country('IN', lang));
      expect(transfers).not.toContain(country('FI', lang));
    });

    it('a recipient inside the EEA only: no transfers section', () => {
      const s = recipientSections(withRecipients([recipient({ id: 'x', name: 'Berlin Host', role: 'processor', storedIn: ['DE'], accessedFrom: ['FR'] })]), lang);
      expect(s.has('transfers')).toBe(false);
    });
  });

  describe('transfer tools, per law', () => {
    const MECHANISMS = TRANSFER_MECHANISMS.filter((m) => m !== 'none');
    const cases = TRANSFER_LAWS.flatMap((law) => MECHANISMS.map((mechanism) => ({ law, mechanism })));

    it.each(cases)('$mechanism under $law names that law’s tool and explains it', ({ law, mechanism }) => {
      const r = recipient({ id: 'x', name: 'Far Away Inc.', role: 'processor', storedIn: ['US'], transfers: { [law]: { mechanism } } });
      const transfers = recipientSections(withRecipients([r], { jurisdictions: [LAW_JURISDICTION[law]] }), lang).get('transfers')!;
      expect(transfers).toContain(messageOf(lang, `mechanism.${law}.${mechanism}`));
      expect(transfers).toContain(messageOf(lang, `mechanismExplained.${law}.${mechanism}`));
      expect(transfers).toContain(country('US', lang));
    });

    it.each(TRANSFER_LAWS.flatMap((law) => DEROGATIONS.map((derogation) => ({ law, derogation }))))('derogation $derogation under $law is named in words', ({ law, derogation }) => {
      const r = recipient({ id: 'x', name: 'Hotel Partner', role: 'independent-controller', storedIn: ['AE'], transfers: { [law]: { mechanism: 'derogation', derogation } } });
      const transfers = recipientSections(withRecipients([r], { jurisdictions: [LAW_JURISDICTION[law]] }), lang).get('transfers')!;
      expect(transfers).toContain(messageOf(lang, `derogation.${law}.${derogation}`));
    });

    it('DPF is the UK Extension under UK law and the Swiss-US framework under Swiss law, never the EU-US one alone', () => {
      const r = recipient({ id: 'x', name: 'Postmark', role: 'processor', storedIn: ['US'], transfers: { uk: { mechanism: 'dpf' }, ch: { mechanism: 'dpf' } } });
      const uk = recipientSections(withRecipients([r], { jurisdictions: ['UK'] }), lang).get('transfers')!;
      expect(uk).toContain(messageOf(lang, 'mechanism.uk.dpf'));
      const ch = recipientSections(withRecipients([r], { jurisdictions: ['CH'] }), lang).get('transfers')!;
      expect(ch).toContain('Swiss-US Data Privacy Framework');
      expect(ch).not.toContain(messageOf(lang, 'mechanism.uk.dpf'));
    });

    it('a UK+EU policy states the UK IDTA for UK law and the EU clauses for EU law', () => {
      const r = recipient({ id: 'x', name: 'Acme India Pvt Ltd', role: 'processor', storedIn: ['IN'], transfers: { eu: { mechanism: 'scc' }, uk: { mechanism: 'idta' } } });
      const transfers = recipientSections(withRecipients([r], { jurisdictions: ['EU', 'UK'] }), lang).get('transfers')!;
      const [euPart, ukPart] = transfers.split(messageOf(lang, 'transferLaw.uk'));
      expect(euPart).toContain(messageOf(lang, 'transferLaw.eu'));
      expect(euPart).toContain(messageOf(lang, 'mechanism.eu.scc'));
      expect(ukPart).toContain(messageOf(lang, 'mechanism.uk.idta'));
      expect(ukPart).not.toContain(messageOf(lang, 'mechanism.eu.scc'));
    });

    it.each([
      ['"none"', { eu: { mechanism: 'none' as const } }],
      ['no entry', {}],
    ])('mechanism %s: the transfer is stated, with no tool claimed and no confession', (_name, transfers) => {
      const r = recipient({ id: 'x', name: 'Unprotected Inc.', role: 'processor', storedIn: ['IN'], transfers });
      const text = recipientSections(withRecipients([r]), lang).get('transfers')!;
      expect(text).toContain('Unprotected Inc.');
      expect(text).toContain(country('IN', lang));
      expect(text).not.toMatch(CONFESSION[lang]);
      for (const m of TRANSFER_MECHANISMS.filter((x) => x !== 'none')) expect(text).not.toContain(messageOf(lang, `mechanismExplained.eu.${m}`));
    });
  });

  describe('where the company itself holds data', () => {
    const usCompany = (extra: Partial<ProjectInput['company']> = {}): Partial<ProjectInput> => ({
      company: { ...base.company, address: { street: '1 Market St', postalCode: '94105', city: 'San Francisco', region: 'CA', country: 'US' }, ...extra },
      jurisdictions: ['EU', 'US-CA'],
    });

    it('a US company selling to the EEA says it holds the data in the United States', () => {
      const transfers = recipientSections(usCompany(), lang).get('transfers')!;
      expect(transfers).toContain(country('US', lang));
      expect(transfers).toContain(lang === 'en' ? 'We are established in the United States' : `Vi är etablerade i ${country('US', lang)}`);
    });

    it('dataLocations outside the home area are stated for an EEA company too', () => {
      const transfers = recipientSections({ company: { ...base.company, dataLocations: ['SE', 'CA'] } }, lang).get('transfers')!;
      expect(transfers).toContain(country('CA', lang));
    });

    it('an EEA company holding data at home: no such statement', () => {
      const transfers = recipientSections({}, lang).get('transfers') ?? '';
      expect(transfers).not.toMatch(lang === 'en' ? /We are established in/ : /Vi är etablerade i/);
    });

    it.each([true, false])('dpfCertified %s: its own DPF certification stated only when true', (dpfCertified) => {
      const transfers = recipientSections(usCompany({ dpfCertified }), lang).get('transfers')!;
      const claim = lang === 'en' ? /We are self-certified/ : /Vi har självcertifierat oss/;
      if (dpfCertified) expect(transfers).toMatch(claim);
      else expect(transfers).not.toMatch(claim);
    });
  });

  describe('California', () => {
    const ads: Partial<ProjectInput> = {
      jurisdictions: ['US-CA'],
      recipients: [
        recipient({ id: 'host', name: 'Hetzner Online GmbH', role: 'processor' }),
        recipient({ id: 'google', name: 'Google Ads', role: 'processor', storedIn: ['US'] }),
        recipient({ id: 'meta', name: 'Meta Platforms', role: 'independent-controller', storedIn: ['US'], ccpaRole: 'service-provider' }),
      ],
      activities: [
        activityWith(['host']),
        { ...base.activities[1]!, id: 'ads', purpose: 'Showing you our ads elsewhere', recipients: ['google', 'meta'], sharesForAdvertising: true },
      ],
    };

    it('Google and Meta receiving data for cross-context behavioral advertising are third parties, never service providers', () => {
      const ca = recipientSections(ads, lang).get('california')!;
      const providers = ca.split('\n').filter((l) => l.startsWith(lang === 'en' ? 'Service providers:' : 'Tjänsteleverantörer:'));
      expect(providers.join()).toContain('Hetzner');
      expect(providers.join()).not.toMatch(/Google|Meta/);
      const thirdParties = ca.split('\n').filter((l) => l.startsWith(lang === 'en' ? 'Third parties:' : 'Tredje parter:'));
      expect(thirdParties.join()).toMatch(/Google Ads/);
      expect(thirdParties.join()).toMatch(/Meta Platforms/);
    });

    it('sharing from an activity: the categories shared and with whom; the opt-out right', () => {
      const ca = recipientSections(ads, lang).get('california')!;
      expect(ca).toMatch(lang === 'en' ? /cross-context behavioral advertising: Usage data \(Internet or other electronic network activity\), with these third parties: Google Ads and Meta Platforms/ : /Användningsdata|Usage data/);
      expect(ca).toMatch(lang === 'en' ? /Opt out/ : /säga nej/);
      expect(ca).not.toMatch(lang === 'en' ? /We do not sell personal information/ : /Vi säljer inte personuppgifter/);
    });

    it('no sale and no sharing: the no-sale statement, no opt-out right', () => {
      const ca = recipientSections({ jurisdictions: ['US-CA'] }, lang).get('california')!;
      expect(ca).toMatch(lang === 'en' ? /We do not sell personal information/ : /Vi säljer inte personuppgifter/);
      expect(ca).not.toMatch(lang === 'en' ? /Opt out/ : /Rätt att säga nej/);
    });

    it('the statutory category labels, sources and contractor wording', () => {
      const ca = recipientSections(
        { jurisdictions: ['US-CA'], recipients: [recipient({ id: 'c', name: 'Packing Co', role: 'processor', ccpaRole: 'contractor' })], activities: [activityWith(['c'])] },
        lang,
      ).get('california')!;
      expect(ca).toContain(messageOf(lang, 'ccpaCategory.identifiers'));
      expect(ca).toContain(messageOf(lang, 'ccpaSource.data-subject'));
      expect(ca).toMatch(lang === 'en' ? /Contractors: Packing Co/ : /Uppdragstagare: Packing Co/);
    });

    it('sensitive personal information: right to limit only when used beyond the permitted purposes', () => {
      const spi = { ...base.dataCategories[0]!, id: 'login', name: 'Password', sensitivePi: 'account-login' as const };
      const permitted = recipientSections({ jurisdictions: ['US-CA'], dataCategories: [...base.dataCategories, spi], activities: [activityWith([], { categories: ['login'] })], recipients: [] }, lang).get('california')!;
      const beyond = recipientSections({ jurisdictions: ['US-CA'], dataCategories: [...base.dataCategories, spi], activities: [activityWith([], { categories: ['login'], profiling: true })], recipients: [] }, lang).get('california')!;
      const limit = lang === 'en' ? /Limit/ : /Rätt att begränsa/;
      expect(permitted).toContain('Password');
      expect(permitted).not.toMatch(limit);
      expect(beyond).toMatch(limit);
    });

    it('every request channel is listed', () => {
      const ca = recipientSections(
        {
          jurisdictions: ['US-CA'],
          company: {
            ...base.company,
            requestChannels: [
              { kind: 'email', email: 'privacy@nordlys.example' },
              { kind: 'web-form', url: 'https://nordlys.example/privacy-request' },
              { kind: 'phone', phone: '+1 800 555 0100', tollFree: true },
              { kind: 'in-app', where: 'Settings › Privacy' },
            ],
          },
        },
        lang,
      ).get('california')!;
      for (const fact of ['privacy@nordlys.example', 'https://nordlys.example/privacy-request', '+1 800 555 0100', 'Settings › Privacy']) expect(ca).toContain(fact);
      expect(ca).toMatch(lang === 'en' ? /toll-free/ : /avgiftsfritt/);
    });
  });

  describe('other laws: data abroad from every recipient country and the company’s own', () => {
    it.each([
      ['brazil', 'BR'],
      ['canada', 'CA'],
      ['australia', 'AU'],
    ] as const)('%s names accessedFrom countries and the company’s data locations', (section, j) => {
      const r = recipient({ id: 'x', name: 'Desk', role: 'processor', storedIn: ['DE'], accessedFrom: ['PH'] });
      const text = recipientSections(withRecipients([r], { jurisdictions: [j], company: { ...base.company, dataLocations: ['SE', 'NO'] } }), lang).get(section)!;
      for (const c of ['DE', 'PH', 'NO']) expect(text).toContain(country(c, lang));
    });

    it('US states: targeted advertising from an activity', () => {
      const on = recipientSections({ jurisdictions: ['US-VA'], activities: [activityWith([], { targetedAdvertising: true })] }, lang).get('united-states')!;
      const off = recipientSections({ jurisdictions: ['US-VA'] }, lang).get('united-states')!;
      const sentence = lang === 'en' ? /We use personal data for targeted advertising/ : /Vi använder personuppgifter för riktad reklam/;
      expect(on).toMatch(sentence);
      expect(off).not.toMatch(sentence);
    });
  });
});

/** Guards against a test above passing on an empty text. */
it('the helper renders every section it plans', () => {
  const s = recipientSections({ jurisdictions: ['EU', 'UK', 'CH', 'US-CA', 'US-VA', 'BR', 'CA', 'AU'] }, 'en');
  expect([...s.keys()]).toEqual(['sharing', 'transfers', 'united-kingdom', 'switzerland', 'california', 'united-states', 'brazil', 'canada', 'australia']);
  for (const text of s.values()) expect(text.length).toBeGreaterThan(50);
});

export type { TransferLaw };

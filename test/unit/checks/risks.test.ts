import { describe, expect, it } from 'vitest';
import { riskWarnings } from '../../../shared/checks/risks.ts';
import { projectSchema, type ProjectInput } from '../../../shared/model/schema.ts';
import { baseProjectInput } from '../../fixtures/project-builder.ts';

type Input = ProjectInput;
type Mutate = (p: Input) => void;

function project(...mutations: Mutate[]) {
  const input = structuredClone(baseProjectInput());
  for (const m of mutations) m(input);
  return projectSchema.parse(input);
}

const act = (p: Input, i: number) => p.activities[i]!;
const rec = (p: Input, i: number) => p.recipients![i]!;
const cat = (p: Input, i: number) => p.dataCategories[i]!;

const euUkCh: Mutate = (p) => void (p.jurisdictions = ['EU', 'UK', 'CH']);
const healthCategory: Mutate = (p) => {
  cat(p, 0).special = 'health';
};
const criminalCategory: Mutate = (p) => {
  cat(p, 0).special = 'criminal-offences';
};
const california: Mutate = (p) => {
  p.jurisdictions = ['EU', 'US-CA'];
};
const adsOnRunAccount: Mutate = (p) => {
  act(p, 0).sharesForAdvertising = true;
};

interface Case {
  name: string;
  /** Facts that carry the risk. */
  on: Mutate[];
  /** The same facts with the risk fixed the way the message says. */
  off: Mutate[];
  path: string;
  says: RegExp;
}

const CASES: Case[] = [
  {
    name: 'third-country transfer with no entry for the law',
    on: [(p) => void (rec(p, 1).transfers = {})],
    off: [(p) => void (rec(p, 1).transfers = { eu: { mechanism: 'scc' } })],
    path: 'recipients[1].transfers.eu',
    says: /Postmark.*US.*transfer tool/,
  },
  {
    name: 'transfer tool "none"',
    on: [(p) => void (rec(p, 1).transfers = { eu: { mechanism: 'none' } })],
    off: [(p) => void (rec(p, 1).transfers = { eu: { mechanism: 'scc' } })],
    path: 'recipients[1].transfers.eu.mechanism',
    says: /no transfer tool is in place/,
  },
  {
    name: 'a country data is accessed from counts, per law (UK selected)',
    on: [euUkCh, (p) => void Object.assign(rec(p, 0), { accessedFrom: ['IN'], transfers: { eu: { mechanism: 'scc' }, ch: { mechanism: 'scc' } } })],
    off: [euUkCh, (p) => void Object.assign(rec(p, 0), { accessedFrom: ['IN'], transfers: { eu: { mechanism: 'scc' }, ch: { mechanism: 'scc' }, uk: { mechanism: 'idta' } } })],
    path: 'recipients[0].transfers.uk',
    says: /Hetzner.*IN/,
  },
  {
    name: 'DPF for a country other than the US',
    on: [(p) => void Object.assign(rec(p, 1), { storedIn: ['US'], accessedFrom: ['IN'] })],
    off: [(p) => void Object.assign(rec(p, 1), { storedIn: ['US'], accessedFrom: ['IN'], transfers: { eu: { mechanism: 'scc' } } })],
    path: 'recipients[1].transfers.eu.mechanism',
    says: /Data Privacy Framework.*not IN/,
  },
  {
    name: 'UK IDTA under EU law',
    on: [(p) => void (rec(p, 1).transfers = { eu: { mechanism: 'idta' } })],
    off: [(p) => void (rec(p, 1).transfers = { eu: { mechanism: 'scc' } })],
    path: 'recipients[1].transfers.eu.mechanism',
    says: /UK law only/,
  },
  {
    name: 'UK Addendum under Swiss law',
    on: [(p) => void (p.jurisdictions = ['CH']), (p) => void (rec(p, 1).transfers = { ch: { mechanism: 'uk-addendum' } })],
    off: [(p) => void (p.jurisdictions = ['CH']), (p) => void (rec(p, 1).transfers = { ch: { mechanism: 'scc' } })],
    path: 'recipients[1].transfers.ch.mechanism',
    says: /Swiss FADP/,
  },
  {
    name: 'derogation without which one',
    on: [(p) => void (rec(p, 1).transfers = { eu: { mechanism: 'derogation' } })],
    off: [(p) => void (rec(p, 1).transfers = { eu: { mechanism: 'derogation', derogation: 'explicit-consent' } })],
    path: 'recipients[1].transfers.eu.derogation',
    says: /Article 49 derogation/,
  },
  {
    name: 'EU adequacy claimed for a country without a decision',
    on: [(p) => void (rec(p, 1).transfers = { eu: { mechanism: 'adequacy' } })],
    off: [(p) => void Object.assign(rec(p, 1), { storedIn: ['JP'], transfers: { eu: { mechanism: 'adequacy' } } })],
    path: 'recipients[1].transfers.eu.mechanism',
    says: /no adequacy decision under the GDPR/,
  },
  {
    name: 'UK adequacy claimed for a country the UK has not recognised (Monaco: Swiss-adequate only)',
    on: [(p) => void Object.assign(p, { jurisdictions: ['UK'] }), (p) => void Object.assign(rec(p, 1), { storedIn: ['MC'], transfers: { uk: { mechanism: 'adequacy' } } })],
    off: [(p) => void Object.assign(p, { jurisdictions: ['CH'] }), (p) => void Object.assign(rec(p, 1), { storedIn: ['MC'], transfers: { ch: { mechanism: 'adequacy' } } })],
    path: 'recipients[1].transfers.uk.mechanism',
    says: /no adequacy decision under the UK GDPR/,
  },
  {
    name: 'a transfer to an adequate country with no tool entered (the decision covers it)',
    on: [(p) => void Object.assign(rec(p, 1), { storedIn: ['IN'], transfers: {} })],
    off: [(p) => void Object.assign(p, { jurisdictions: ['CH'] }), (p) => void Object.assign(rec(p, 1), { storedIn: ['GB'], transfers: {} })],
    path: 'recipients[1].transfers.eu',
    says: /enter the transfer tool/,
  },
  {
    name: 'special category without an Art. 9(2) condition',
    on: [healthCategory],
    off: [healthCategory, (p) => void (act(p, 0).legalBases = [{ basis: 'consent', specialCondition: 'explicit-consent' }])],
    path: 'activities[0].legalBases[0].specialCondition',
    says: /special-category.*Art\. 9\(2\)/,
  },
  {
    name: 'special category on legitimate interests alone',
    on: [(p) => void (cat(p, 1).special = 'biometric-identification')],
    off: [(p) => void (cat(p, 1).special = 'biometric-identification'), (p) => {
      for (const i of [1, 2]) act(p, i).legalBases = [{ basis: 'consent', specialCondition: 'explicit-consent' }];
    }],
    path: 'activities[1].legalBases',
    says: /legitimate interests alone/,
  },
  {
    name: 'criminal-offence data without the authorising law',
    on: [criminalCategory],
    off: [criminalCategory, (p) => void (act(p, 0).legalBases = [{ basis: 'legal-obligation', obligation: 'The Security Act', criminalAuthority: 'The Security Act, ch. 3' }])],
    path: 'activities[0].legalBases[0].criminalAuthority',
    says: /criminal-offence.*Art\. 10/,
  },
  {
    name: 'legitimate interests without the interest',
    on: [(p) => void (act(p, 1).legalBases = [{ basis: 'consent' }, { basis: 'legitimate-interests' }])],
    off: [(p) => void (act(p, 1).legalBases = [{ basis: 'consent' }, { basis: 'legitimate-interests', interest: 'Security' }])],
    path: 'activities[1].legalBases[1].interest',
    says: /describe the interest/,
  },
  {
    name: 'legal obligation without the law',
    on: [(p) => void (act(p, 0).legalBases = [{ basis: 'legal-obligation' }])],
    off: [(p) => void (act(p, 0).legalBases = [{ basis: 'legal-obligation', obligation: 'The Bookkeeping Act' }])],
    path: 'activities[0].legalBases[0].obligation',
    says: /name the law/,
  },
  {
    name: 'accounting records on a contract basis (English purpose)',
    on: [(p) => void (act(p, 0).purpose = 'Keeping accounting records')],
    off: [(p) => void Object.assign(act(p, 0), { purpose: 'Keeping accounting records', legalBases: [{ basis: 'legal-obligation', obligation: 'The Bookkeeping Act' }] })],
    path: 'activities[0].legalBases',
    says: /accounting or tax records/,
  },
  {
    // Only the purpose counts: a payment activity may use "invoice address" on the contract while another activity keeps the records by law.
    name: 'accounting records on a contract basis (a category example alone does not count)',
    on: [(p) => void (act(p, 0).purpose = { en: 'Invoicing', sv: 'Fakturering' })],
    off: [(p) => void (cat(p, 0).examples = [{ en: 'invoice address', sv: 'fakturaadress' }])],
    path: 'activities[0].legalBases',
    says: /accounting or tax records/,
  },
  {
    name: 'accounting records on a contract basis (Swedish purpose, bokföring)',
    on: [(p) => void (act(p, 0).purpose = { en: 'Records', sv: 'Bokföring enligt lag' })],
    off: [(p) => void (act(p, 0).purpose = { en: 'Records', sv: 'Kundtjänst' })],
    path: 'activities[0].legalBases',
    says: /accounting or tax records/,
  },
  {
    name: 'advertising recipient entered as a processor',
    on: [adsOnRunAccount],
    off: [adsOnRunAccount, (p) => void (rec(p, 1).role = 'independent-controller'), (p) => void (rec(p, 1).privacyPolicyUrl = 'https://postmark.example/privacy'), (p) => void (rec(p, 0).role = 'independent-controller'), (p) => void (rec(p, 0).privacyPolicyUrl = 'https://hetzner.example/privacy')],
    path: 'recipients[1].role',
    says: /not a processor/,
  },
  {
    name: 'selling recipient entered as a CCPA service provider',
    on: [(p) => void (act(p, 0).sells = true), (p) => void Object.assign(rec(p, 1), { role: 'other', ccpaRole: 'service-provider' })],
    off: [(p) => void (act(p, 0).sells = true), (p) => void Object.assign(rec(p, 1), { role: 'other', ccpaRole: 'third-party' })],
    path: 'recipients[1].ccpaRole',
    says: /third party.*7050\(b\)/,
  },
  {
    name: 'independent controller without its privacy policy',
    on: [(p) => void (rec(p, 1).role = 'independent-controller')],
    off: [(p) => void Object.assign(rec(p, 1), { role: 'independent-controller', privacyPolicyUrl: 'https://postmark.example/privacy' })],
    path: 'recipients[1].privacyPolicyUrl',
    says: /own privacy policy/,
  },
  {
    name: 'joint controller without the arrangement',
    on: [(p) => void (rec(p, 1).role = 'joint-controller')],
    off: [(p) => void Object.assign(rec(p, 1), { role: 'joint-controller', jointArrangement: 'We answer all requests' })],
    path: 'recipients[1].jointArrangement',
    says: /Art\. 26\(2\)/,
  },
  {
    name: 'CCPA with one request channel',
    on: [california, (p) => void (p.company.requestChannels = [{ kind: 'phone', phone: '+1 800 555 0100', tollFree: true }])],
    off: [california, (p) => void (p.company.requestChannels = [{ kind: 'phone', phone: '+1 800 555 0100', tollFree: true }, { kind: 'web-form', url: 'https://nordlys.example/privacy' }])],
    path: 'company.requestChannels',
    says: /two or more/,
  },
  {
    name: 'CCPA without a toll-free number',
    on: [california, (p) => void (p.company.requestChannels = [{ kind: 'email', email: 'a@b.example' }, { kind: 'phone', phone: '+46 8 1' }])],
    off: [california, (p) => void (p.company.requestChannels = [{ kind: 'email', email: 'a@b.example' }, { kind: 'phone', phone: '+1 800 555 0100', tollFree: true }])],
    path: 'company.requestChannels',
    says: /toll-free/,
  },
  {
    name: 'CCPA, exclusively online: an email address suffices, but is needed',
    on: [california, (p) => void Object.assign(p.company, { onlineOnly: true, requestChannels: [{ kind: 'web-form', url: 'https://nordlys.example/privacy' }] })],
    off: [california, (p) => void Object.assign(p.company, { onlineOnly: true, requestChannels: [] })],
    path: 'company.requestChannels',
    says: /email/,
  },
  {
    name: 'CCPA category missing',
    on: [california, (p) => void delete cat(p, 1).ccpaCategory],
    off: [california],
    path: 'dataCategories[1].ccpaCategory',
    says: /CCPA category "Usage data"/,
  },
  {
    name: 'minimum age under 13 with US law and no parental consent',
    on: [(p) => void (p.jurisdictions = ['US-VA']), (p) => void (p.children = { minimumAge: 10 })],
    off: [(p) => void (p.jurisdictions = ['US-VA']), (p) => void (p.children = { minimumAge: 10, parentalConsent: 'A parent confirms by card' })],
    path: 'children.parentalConsent',
    says: /verifiable consent/,
  },
  {
    name: 'minimum age under 13 with California law; no COPPA warning without US law',
    on: [(p) => void (p.jurisdictions = ['US-CA']), (p) => void (p.children = { minimumAge: 12 })],
    off: [(p) => void (p.jurisdictions = ['EU']), (p) => void (p.children = { minimumAge: 12 })],
    path: 'children.parentalConsent',
    says: /verifiable consent/,
  },
  {
    name: 'recipient not linked to any activity',
    on: [(p) => void (act(p, 0).recipients = ['hetzner'])],
    off: [],
    path: 'recipients[1]',
    says: /Postmark is not linked/,
  },
  {
    name: 'data category not used by any activity',
    on: [(p) => void p.dataCategories.push({ id: 'orders', name: 'Orders', sources: [{ kind: 'data-subject' }] })],
    off: [(p) => void p.dataCategories.push({ id: 'orders', name: 'Orders', sources: [{ kind: 'data-subject' }] }), (p) => void act(p, 0).categories.push('orders')],
    path: 'dataCategories[2]',
    says: /"Orders" is not used/,
  },
];

describe('riskWarnings', () => {
  it('finds nothing to warn about in the complete fixture', () => {
    expect(riskWarnings(project())).toEqual([]);
  });

  describe.each(CASES)('$name', ({ on, off, path, says }) => {
    it('warns, naming the field that fixes it', () => {
      const warnings = riskWarnings(project(...on)).filter((w) => w.path === path);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]?.message).toMatch(says);
    });
    it('is quiet once the fact is fixed', () => {
      expect(riskWarnings(project(...off)).filter((w) => w.path === path && says.test(w.message))).toEqual([]);
    });
  });

  it('writes each warning as one sentence on one line', () => {
    const warnings = riskWarnings(project(...CASES.flatMap((c) => c.on)));
    expect(warnings.length).toBeGreaterThan(5);
    for (const w of warnings) {
      expect(w.message).not.toMatch(/\n/);
      expect(w.message).toMatch(/\.$/);
    }
  });

  it('checks a recipient under each selected law separately', () => {
    const p = project((q) => void (q.jurisdictions = ['EU', 'UK', 'CH']), (q) => void (rec(q, 1).transfers = { eu: { mechanism: 'dpf' } }));
    expect(riskWarnings(p).map((w) => w.path)).toEqual(['recipients[1].transfers.uk', 'recipients[1].transfers.ch']);
  });
});

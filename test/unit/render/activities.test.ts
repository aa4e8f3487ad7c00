/**
 * The data, purposes, retention, rights and children sections say exactly
 * what the facts hold, in every document language: each clause appears with
 * its fact and not without it. Several tests fail on the v1 wording (inferred
 * data "given by you", a review right under US law alone, a complaint right
 * under Swiss law alone, verifiable parental consent claimed without a process).
 */
import { describe, expect, it } from 'vitest';
import type { DocNode, PolicyDocument } from '../../../shared/document/types.ts';
import type { DocumentLanguage } from '../../../shared/model/languages.ts';
import {
  DATA_SOURCES,
  LEGAL_BASES,
  NAMED_SOURCES,
  RETENTION_STARTS,
  RETENTION_UNITS,
  SPECIAL_CATEGORIES,
  SPECIAL_CONDITIONS,
  type DataSource,
  type ProjectInput,
  type RequestChannel,
  type RetentionStart,
  type RetentionUnit,
} from '../../../shared/model/schema.ts';
import { templateHtmlToNodes } from '../../../shared/document/template-html.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { plan } from '../../../shared/plan/plan.ts';
import { createRenderer } from '../../../shared/render/engine.ts';
import { messageText } from '../../../shared/render/language-pack.ts';
import { flatText } from '../../fixtures/document-text.ts';
import { baseProjectInput, buildProject } from '../../fixtures/project-builder.ts';

/** The languages whose wording these tests pin; every language's facts and clauses are covered by templates-plan and the property tests. */
const WORDED_LANGUAGES = ['en', 'sv'] as const satisfies readonly DocumentLanguage[];

type Activities = NonNullable<ProjectInput['activities']>;
type Categories = NonNullable<ProjectInput['dataCategories']>;

const base = baseProjectInput();
/** The sections these tests are about, rendered alone, so that the recipients' sections (another area) cannot mask them. */
const SECTIONS = new Set(['about', 'data-collected', 'purposes', 'retention', 'rights', 'children', 'automated-decisions', 'marketing', 'cookies', 'security', 'changes', 'contact']);
const doc = (patch: Partial<ProjectInput>, lang: DocumentLanguage): PolicyDocument => {
  const project = buildProject(patch);
  const p = plan(project);
  const renderer = createRenderer(nodeEnv.languagePack(lang), project.company.address.country);
  const html = p.sections.filter((s) => SECTIONS.has(s.id)).map((s) => renderer.renderSection(s, p.common)).join('');
  return { type: 'doc', content: templateHtmlToNodes(html) } as PolicyDocument;
};
const msg = (lang: DocumentLanguage, key: string): string => {
  const value = nodeEnv.languagePack(lang).messages[key];
  if (value === undefined) throw new Error(`no message ${key} in ${lang}`);
  return messageText(value);
};

function clauses(node: DocNode, out: DocNode[] = []): DocNode[] {
  if (node.type === 'policyClause') out.push(node);
  for (const child of node.content ?? []) clauses(child, out);
  return out;
}
/** The text of one clause, or undefined when the document does not have it. */
const clauseText = (d: PolicyDocument, id: string): string | undefined => {
  const found = clauses(d).filter((c) => c.attrs?.clauseId === id);
  return found.length === 0 ? undefined : found.map(flatText).join(' ');
};
const allText = (d: PolicyDocument) => flatText(d);

/** A project whose one activity uses `categories` on `legalBases` (both replaced wholesale). */
const withActivity = (activity: Partial<Activities[number]>, categories?: Categories, extra: Partial<ProjectInput> = {}): Partial<ProjectInput> => ({
  dataCategories: categories ?? base.dataCategories,
  activities: [
    {
      id: 'only',
      purpose: 'The only purpose',
      categories: [(categories ?? base.dataCategories!)[0]!.id],
      legalBases: [{ basis: 'contract' }],
      retention: { kind: 'text', text: 'As typed by us' },
      ...activity,
    },
  ],
  recipients: [],
  ...extra,
});

const category = (id: string, patch: Partial<Categories[number]> = {}): Categories[number] => ({ id, name: `Name of ${id}`, sources: [{ kind: 'data-subject' }], ...patch });

describe.each(WORDED_LANGUAGES)('in %s', (lang) => {
  describe('data collected, by source', () => {
    it.each(DATA_SOURCES)('a category from %s is listed under that source only', (kind: DataSource) => {
      const cats = [category('c', { sources: [{ kind, detail: 'Acme Data Ltd' }] })];
      const d = doc(withActivity({}, cats), lang);
      expect(clauseText(d, `data-collected.${kind}`)).toContain('Name of c');
      for (const other of DATA_SOURCES.filter((k) => k !== kind)) expect(clauseText(d, `data-collected.${other}`), other).toBeUndefined();
      // The name of the source is stated for a named source (Art. 14(2)(f)), and only there.
      if (NAMED_SOURCES.includes(kind)) expect(clauseText(d, `data-collected.${kind}`)).toContain('Acme Data Ltd');
      else expect(allText(d)).not.toContain('Acme Data Ltd');
    });

    it('inferred data is not said to be given by the person', () => {
      const cats = [category('interests', { name: 'Your interests', sources: [{ kind: 'inferred' }] })];
      const text = allText(doc(withActivity({}, cats), lang));
      expect(text).toContain('Your interests');
      expect(text).not.toContain(lang === 'en' ? 'You give us the following information yourself' : 'Följande uppgifter lämnar du själv');
    });

    it('a category with several sources appears under each', () => {
      const cats = [category('c', { sources: [{ kind: 'data-subject' }, { kind: 'organisation', detail: 'your school' }, { kind: 'third-party', detail: 'Credit Bureau AB' }] })];
      const d = doc(withActivity({}, cats), lang);
      for (const kind of ['data-subject', 'organisation', 'third-party']) expect(clauseText(d, `data-collected.${kind}`), kind).toContain('Name of c');
      expect(clauseText(d, 'data-collected.organisation')).toContain('your school');
      expect(clauseText(d, 'data-collected.third-party')).toContain('Credit Bureau AB');
    });
  });

  describe('sensitive data', () => {
    it.each(SPECIAL_CATEGORIES.filter((k) => k !== 'criminal-offences'))('special category %s is named as such', (special) => {
      const cats = [category('s', { special })];
      const text = clauseText(doc(withActivity({}, cats), lang), 'data-collected.special');
      expect(text).toContain('Name of s');
      expect(text).toContain(msg(lang, `specialCategory.${special}`));
    });

    it.each(SPECIAL_CONDITIONS)('the Art. 9(2) condition %s is stated beside the data and the basis', (specialCondition) => {
      const cats = [category('s', { special: 'health' })];
      const d = doc(withActivity({ legalBases: [{ basis: 'consent', specialCondition }] }, cats), lang);
      const words = msg(lang, `specialConditionInSentence.${specialCondition}`);
      expect(clauseText(d, 'data-collected.special')).toContain(words);
      expect(clauseText(d, 'purposes.activities')).toContain(words);
    });

    it('no sensitive clause without sensitive data, and no condition beside ordinary data', () => {
      const d = doc(withActivity({ legalBases: [{ basis: 'consent', specialCondition: 'explicit-consent' }] }, [category('plain')]), lang);
      expect(clauseText(d, 'data-collected.special')).toBeUndefined();
      expect(clauseText(d, 'data-collected.criminal')).toBeUndefined();
      expect(allText(d)).not.toContain(msg(lang, 'specialConditionInSentence.explicit-consent'));
    });

    it('under US law alone, sensitive data is not described in GDPR Art. 9 terms', () => {
      const cats = [category('s', { special: 'health' })];
      const text = clauseText(doc(withActivity({ legalBases: [{ basis: 'consent', specialCondition: 'explicit-consent' }] }, cats, { jurisdictions: ['US-VA'] }), lang), 'data-collected.special');
      expect(text).toContain('Name of s');
      expect(text).not.toContain(msg(lang, 'specialConditionInSentence.explicit-consent'));
      expect(text).not.toMatch(/special categories|särskilda kategorierna/);
    });

    it('criminal-offence data is stated separately, with the law that authorises it', () => {
      const cats = [category('crime', { special: 'criminal-offences' })];
      const d = doc(withActivity({ legalBases: [{ basis: 'legal-obligation', criminalAuthority: 'the Security Act' }] }, cats), lang);
      expect(clauseText(d, 'data-collected.criminal')).toContain('Name of crime');
      expect(clauseText(d, 'data-collected.criminal')).toContain('the Security Act');
      expect(clauseText(d, 'data-collected.special')).toBeUndefined();
    });
  });

  describe('purposes, activity by activity', () => {
    it.each(LEGAL_BASES)('the basis %s is stated with its activity', (basis) => {
      const d = doc(withActivity({ legalBases: [{ basis }] }), lang);
      const text = clauseText(d, 'purposes.activities');
      expect(text).toContain('The only purpose');
      expect(text).toContain(msg(lang, `legalBasis.${basis}`));
      for (const other of LEGAL_BASES.filter((b) => b !== basis)) expect(text, other).not.toContain(msg(lang, `legalBasis.${other}`));
    });

    it('several bases on one activity are all stated', () => {
      const text = clauseText(doc(withActivity({ legalBases: [{ basis: 'consent' }, { basis: 'contract' }] }), lang), 'purposes.activities');
      expect(text).toContain(msg(lang, 'legalBasis.consent'));
      expect(text).toContain(msg(lang, 'legalBasis.contract'));
    });

    it('the legitimate interest weighed and the legal obligation are stated, and only with their basis', () => {
      const on = clauseText(doc(withActivity({ legalBases: [{ basis: 'legitimate-interests', interest: 'Stopping fraud' }, { basis: 'legal-obligation', obligation: 'the Bookkeeping Act' }] }), lang), 'purposes.activities');
      expect(on).toContain('Stopping fraud');
      expect(on).toContain('the Bookkeeping Act');
      const off = clauseText(doc(withActivity({ legalBases: [{ basis: 'contract', interest: 'Stopping fraud', obligation: 'the Bookkeeping Act' }] }), lang), 'purposes.activities');
      expect(off).not.toContain('Stopping fraud');
      expect(off).not.toContain('the Bookkeeping Act');
    });

    it('the weighing clause appears with legitimate interests only', () => {
      expect(clauseText(doc(withActivity({ legalBases: [{ basis: 'legitimate-interests', interest: 'x' }] }), lang), 'purposes.legitimate-interests')).toBeDefined();
      expect(clauseText(doc(withActivity({ legalBases: [{ basis: 'contract' }] }), lang), 'purposes.legitimate-interests')).toBeUndefined();
    });

    it('profiling is said where an activity involves it, and not otherwise', () => {
      const word = lang === 'en' ? 'profiling' : 'profilering';
      expect(clauseText(doc(withActivity({ profiling: true }), lang), 'purposes.activities')).toContain(word);
      expect(clauseText(doc(withActivity({ profiling: false }), lang), 'purposes.activities')).not.toContain(word);
    });

    it('a US-only policy states purposes without legal bases', () => {
      const text = clauseText(doc(withActivity({ legalBases: [{ basis: 'contract' }] }, undefined, { jurisdictions: ['US-VA'] }), lang), 'purposes.activities');
      expect(text).toContain('The only purpose');
      expect(text).not.toContain(msg(lang, 'legalBasis.contract'));
    });

    it.each(['statutory', 'contractual', 'contract-entry'] as const)('requirement %s is stated with its consequence; the rest is optional', (requirement) => {
      const patch: Partial<ProjectInput> = {
        activities: [
          { id: 'req', purpose: 'Required purpose', categories: ['account'], legalBases: [{ basis: 'contract' }], requirement, consequence: 'We cannot deliver', retention: { kind: 'text', text: 't' } },
          { id: 'opt', purpose: 'Optional purpose', categories: ['usage'], legalBases: [{ basis: 'consent' }], requirement: 'optional', retention: { kind: 'text', text: 't' } },
        ],
        recipients: [],
      };
      const text = clauseText(doc(patch, lang), 'purposes.requirements');
      expect(text).toContain('Required purpose');
      expect(text).toContain(msg(lang, `requirement.${requirement}`));
      expect(text).toContain('We cannot deliver.');
      expect(text).not.toContain('Optional purpose');
      expect(text).toContain(lang === 'en' ? 'For our other purposes, you are not required' : 'För våra övriga ändamål är du inte skyldig');
    });

    it('no requirement clause when providing data is optional everywhere', () => {
      expect(clauseText(doc(withActivity({ requirement: 'optional' }), lang), 'purposes.requirements')).toBeUndefined();
    });
  });

  describe('retention', () => {
    const UNIT: Record<(typeof WORDED_LANGUAGES)[number], Record<RetentionUnit, [string, string]>> = {
      en: { days: ['day', 'days'], months: ['month', 'months'], years: ['year', 'years'] },
      sv: { days: ['dag', 'dagar'], months: ['månad', 'månader'], years: ['år', 'år'] },
    };
    const FROM: Record<(typeof WORDED_LANGUAGES)[number], Record<RetentionStart, string>> = {
      en: {
        collection: 'from when we collect it',
        'end-of-contract': 'after our contract with you ends',
        'last-activity': 'after your last activity with us',
        'end-of-financial-year': 'from the end of the financial year',
      },
      sv: {
        collection: 'från det att vi samlade in uppgifterna',
        'end-of-contract': 'efter att avtalet med dig har upphört',
        'last-activity': 'efter din senaste aktivitet hos oss',
        'end-of-financial-year': 'från räkenskapsårets utgång',
      },
    };
    const cases = RETENTION_UNITS.flatMap((unit) => RETENTION_STARTS.flatMap((from) => [1, 3].map((amount) => ({ unit, from, amount }))));
    it.each(cases)('$amount $unit from $from reads naturally', ({ unit, from, amount }) => {
      const text = clauseText(doc(withActivity({ retention: { kind: 'period', amount, unit, from } }), lang), 'retention.table');
      const [one, other] = UNIT[lang][unit];
      expect(text).toContain(`${amount} ${amount === 1 ? one : other} ${FROM[lang][from]}`);
    });

    it('a retention typed as text is kept as typed, per language', () => {
      const text = clauseText(doc(withActivity({ retention: { kind: 'text', text: { en: 'Until you leave', sv: 'Tills du lämnar' } } }), lang), 'retention.table');
      expect(text).toContain(lang === 'en' ? 'Until you leave' : 'Tills du lämnar');
    });

    it("every activity's retention appears", () => {
      const text = clauseText(doc({}, lang), 'retention.table')!;
      for (const a of base.activities!) expect(text).toContain(a.purpose as string);
      expect(text).toContain('13 months');
    });
  });

  describe('rights', () => {
    const gdpr = (bases: Activities[number]['legalBases'], extra: Partial<ProjectInput> = {}) => clauseText(doc(withActivity({ legalBases: bases }, undefined, extra), lang), 'rights.gdpr') ?? '';
    const PORTABILITY = { en: 'Data portability', sv: 'Rätt till dataportabilitet' }[lang];
    const OBJECTION = { en: 'Objection', sv: 'Rätt att invända' }[lang];
    const WITHDRAW = { en: 'Withdrawal of consent', sv: 'Rätt att återkalla samtycke' }[lang];

    it.each([
      { bases: ['consent'], portability: true, objection: false, withdraw: true },
      { bases: ['contract'], portability: true, objection: false, withdraw: false },
      { bases: ['legitimate-interests'], portability: false, objection: true, withdraw: false },
      { bases: ['public-task'], portability: false, objection: true, withdraw: false },
      { bases: ['legal-obligation'], portability: false, objection: false, withdraw: false },
      { bases: ['vital-interests'], portability: false, objection: false, withdraw: false },
    ] as const)('bases $bases: portability $portability, objection $objection, withdrawal $withdraw', ({ bases, portability, objection, withdraw }) => {
      const text = gdpr(bases.map((basis) => ({ basis })));
      expect(text.includes(PORTABILITY)).toBe(portability);
      expect(text.includes(OBJECTION)).toBe(objection);
      expect(text.includes(WITHDRAW)).toBe(withdraw);
    });

    it('direct marketing gives the objection right on any basis', () => {
      expect(gdpr([{ basis: 'contract' }], { marketing: { directMarketing: true, channels: ['email'] } })).toContain(OBJECTION);
    });

    it('explicit consent for special-category data can be withdrawn', () => {
      const d = doc(withActivity({ legalBases: [{ basis: 'legal-obligation', specialCondition: 'explicit-consent' }] }, [category('h', { special: 'health' })]), lang);
      expect(clauseText(d, 'rights.gdpr')).toContain(WITHDRAW);
    });

    const REVIEW = { en: 'have a person review', sv: 'omprövat av en människa' }[lang];
    const CONTEST = { en: 'contest the decision', sv: 'bestrida beslutet' }[lang];
    it.each([
      { jurisdictions: ['EU'], review: true, contest: true },
      { jurisdictions: ['UK'], review: true, contest: true },
      { jurisdictions: ['CH'], review: true, contest: false },
      { jurisdictions: ['US-VA'], review: false, contest: false },
      { jurisdictions: ['US-CA', 'BR', 'CA', 'AU'], review: false, contest: false },
    ] as const)('automated decisions under $jurisdictions: review $review, contest $contest', ({ jurisdictions, review, contest }) => {
      const text = clauseText(doc({ jurisdictions: [...jurisdictions], automatedDecisions: { used: true, description: 'We score loans.' } }, lang), 'automated-decisions.used');
      expect(text).toContain('We score loans.');
      expect(text!.includes(REVIEW)).toBe(review);
      expect(text!.includes(CONTEST)).toBe(contest);
    });

    it('under Swiss law alone there is no complaint right, but a report to the FDPIC', () => {
      const d = doc({ jurisdictions: ['CH'] }, lang);
      expect(clauseText(d, 'rights.complaint')).toBeUndefined();
      expect(allText(d)).not.toMatch(/right to complain|rätt att lämna klagomål/);
      expect(clauseText(d, 'rights.swiss-report')).toContain('FDPIC');
    });

    it.each([['EU'], ['UK'], ['BR'], ['CA'], ['AU']] as const)('under %s there is a complaint right', (law) => {
      expect(clauseText(doc({ jurisdictions: [law] }, lang), 'rights.complaint')).toBeDefined();
    });

    const CHANNELS: [RequestChannel, string][] = [
      [{ kind: 'email', email: 'rights@example.com' }, 'rights@example.com'],
      [{ kind: 'web-form', url: 'https://example.com/ask' }, 'https://example.com/ask'],
      [{ kind: 'phone', phone: '+1 800 555 0199', tollFree: true }, `+1 800 555 0199 (${lang === 'en' ? 'toll-free' : 'avgiftsfritt nummer'})`],
      [{ kind: 'phone', phone: '+46 8 555 01', tollFree: false }, '+46 8 555 01'],
      [{ kind: 'post' }, 'Sveavägen 12'],
      [{ kind: 'in-app', where: { en: 'Settings › Privacy', sv: 'Inställningar › Integritet' } }, lang === 'en' ? 'Settings › Privacy' : 'Inställningar › Integritet'],
    ];
    it.each(CHANNELS)('the request channel %o is listed', (channel, shown) => {
      const company = { ...base.company!, requestChannels: [channel] };
      const text = clauseText(doc({ company }, lang), 'rights.how-to')!;
      expect(text).toContain(shown);
      if (channel.kind === 'phone' && !channel.tollFree) expect(text).not.toMatch(/toll-free|avgiftsfritt/);
    });

    it('every channel given is listed, and without any the company email', () => {
      const company = { ...base.company!, requestChannels: CHANNELS.map(([c]) => c) };
      const all = clauseText(doc({ company }, lang), 'rights.how-to')!;
      for (const [, shown] of CHANNELS) expect(all).toContain(shown);
      expect(all).not.toContain('privacy@nordlys.example');
      expect(clauseText(doc({}, lang), 'rights.how-to')).toContain('privacy@nordlys.example');
    });
  });

  describe('children', () => {
    const VERIFIABLE = { en: 'verifiable', sv: 'verifierbart' }[lang];
    it('minimum age 10 under US law without a consent process claims no verifiable consent', () => {
      const d = doc({ jurisdictions: ['US-VA'], children: { minimumAge: 10 } }, lang);
      expect(flatText(d)).not.toContain(VERIFIABLE);
      expect(clauseText(d, 'children.minimum-age')).toContain('10');
    });

    it('with a consent process, the process is stated and COPPA consent claimed', () => {
      const d = doc({ jurisdictions: ['US-VA'], children: { minimumAge: 10, parentalConsent: 'A parent signs a form we check by phone' } }, lang);
      expect(clauseText(d, 'children.minimum-age')).toContain('A parent signs a form we check by phone.');
      expect(clauseText(d, 'children.coppa')).toContain(VERIFIABLE);
    });

    it('no COPPA clause outside US law, even with a process', () => {
      expect(clauseText(doc({ children: { minimumAge: 10, parentalConsent: 'A form' } }, lang), 'children.coppa')).toBeUndefined();
    });

    it('a service directed at children states the consent process when given', () => {
      const d = doc({ jurisdictions: ['EU', 'US-VA'], children: { minimumAge: 13, directedAtChildren: true, parentalConsent: 'Card check' } }, lang);
      expect(clauseText(d, 'children.directed')).toContain('Card check.');
      expect(clauseText(d, 'children.coppa')).toBeDefined();
    });
  });

  it('third-party cookie providers are not all said to use data under their own policies', () => {
    expect(clauseText(doc({}, lang), 'cookies.third-party')).not.toMatch(/own privacy polic|egna integritetspolicy/);
  });
});

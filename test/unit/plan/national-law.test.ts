/**
 * National law in the EEA in the policy: the supplementary act, the cookie
 * rule, the age of digital consent and the authorities, for the company's
 * country and each market, only under the GDPR and only where the table
 * (shared/laws/eea-national.ts) confirms the fact.
 */
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, projectSchema, type Project, type ProjectInput } from '../../../shared/model/schema.ts';
import type { DocumentLanguage } from '../../../shared/model/languages.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { generatePolicy } from '../../../shared/pipeline.ts';
import { plan } from '../../../shared/plan/plan.ts';
import type { PlannedClause } from '../../../shared/plan/types.ts';
import { flatText } from '../../fixtures/document-text.ts';
import { baseProjectInput } from '../../fixtures/project-builder.ts';

/** The base project (a Swedish company, EU, an analytics cookie, minimum age 16) with `patch` on top. */
function build(patch: Partial<ProjectInput> = {}): Project {
  return projectSchema.parse({ ...baseProjectInput(), schemaVersion: SCHEMA_VERSION, ...patch });
}

function clauseOf(p: Project, id: string): PlannedClause | undefined {
  return plan(p).sections.flatMap((s) => s.clauses).find((c) => c.id === id);
}

function text(p: Project, lang: DocumentLanguage): string {
  return flatText(generatePolicy(p, lang, nodeEnv).document);
}

const bavaria = { street: 'Promenade 1', postalCode: '91522', city: 'Ansbach', region: 'BY', country: 'DE' };
const newYork = { street: '1 Main St', postalCode: '10001', city: 'New York', region: 'NY', country: 'US' };

describe('the supplementary act', () => {
  it('a Swedish policy cites dataskyddslagen (2018:218), in Swedish and in English', () => {
    const p = build();
    expect(clauseOf(p, 'about.national-law')?.facts.acts).toEqual([{ country: 'SE', name: 'dataskyddslagen (2018:218)' }]);
    expect(text(p, 'sv')).toContain('Utöver dataskyddsförordningen tillämpar vi de nationella lagar som kompletterar den i följande länder: Sverige: dataskyddslagen (2018:218)');
    expect(text(p, 'en')).toContain('Sweden: dataskyddslagen (2018:218)');
  });

  it('each market adds its act, after the company’s own', () => {
    const acts = clauseOf(build({ markets: ['DE', 'FR'] }), 'about.national-law')?.facts.acts;
    expect(acts).toEqual([
      { country: 'SE', name: 'dataskyddslagen (2018:218)' },
      { country: 'DE', name: 'Bundesdatenschutzgesetz (BDSG)' },
      { country: 'FR', name: 'loi n° 78-17 du 6 janvier 1978 relative à l’informatique, aux fichiers et aux libertés' },
    ]);
  });

  it('names no act the table cannot confirm (Finland’s is kept for review only)', () => {
    const acts = clauseOf(build({ markets: ['FI'] }), 'about.national-law')?.facts.acts as { country: string }[];
    expect(acts.map((a) => a.country)).toEqual(['SE']);
  });

  it('cites nothing national without the GDPR, or for a company outside the EEA with no markets', () => {
    expect(clauseOf(build({ jurisdictions: ['UK'] }), 'about.national-law')).toBeUndefined();
    const us = build({ company: { ...baseProjectInput().company, address: newYork } });
    expect(clauseOf(us, 'about.national-law')).toBeUndefined();
    expect(clauseOf(build({ company: { ...baseProjectInput().company, address: newYork }, markets: ['IE'] }), 'about.national-law')?.facts.acts).toEqual([
      { country: 'IE', name: 'Data Protection Act 2018' },
    ]);
  });
});

describe('the cookie rule', () => {
  it('the consent sentence of a Swedish policy cites 9 kap. 28 § LEK', () => {
    const sv = text(build(), 'sv');
    expect(sv).toContain('Kravet på samtycke följer av 9 kap. 28 § lagen (2022:482) om elektronisk kommunikation');
  });

  it('with markets, lists each country’s rule', () => {
    const p = build({ markets: ['DE', 'NL'] });
    expect(clauseOf(p, 'cookies.national-rule')?.facts.rules).toEqual([
      { country: 'SE', provision: '9 kap. 28 § lagen (2022:482) om elektronisk kommunikation' },
      { country: 'DE', provision: '§ 25 TDDDG' },
      { country: 'NL', provision: 'artikel 11.7a Telecommunicatiewet' },
    ]);
    const de = text(p, 'de');
    expect(de).toContain('Deutschland: § 25 TDDDG');
    expect(de).toContain('Niederlande: artikel 11.7a Telecommunicatiewet');
  });

  it('cites Belgium’s article 10/2, and nothing for a market whose rule the table cannot vouch for', () => {
    const p = build({ markets: ['BE', 'PL'] });
    const rules = clauseOf(p, 'cookies.national-rule')?.facts.rules as { country: string; provision: string }[];
    expect(rules.map((r) => r.country)).toEqual(['SE', 'BE']);
    expect(text(p, 'en')).toContain('Belgium: article 10/2 de la loi du 30 juillet 2018');
  });

  it('is not cited when every cookie is strictly necessary', () => {
    const p = build({ cookies: [baseProjectInput().cookies![0]!] });
    expect(clauseOf(p, 'cookies.national-rule')).toBeUndefined();
  });
});

describe('the age of digital consent', () => {
  it('is not mentioned where nobody under the national age may use the service', () => {
    // Sweden's age is 13; the service is for 16 and over.
    expect(clauseOf(build(), 'children.national-age')).toBeUndefined();
  });

  it('lists each country’s age, and says they differ, when children between them may use the service', () => {
    const p = build({ markets: ['DE', 'DK'], children: { minimumAge: 13 } });
    expect(clauseOf(p, 'children.national-age')?.facts).toEqual({
      ages: [
        { country: 'SE', age: 13, provision: 'dataskyddslagen (2018:218)', gdprDefault: false },
        { country: 'DE', age: 16, gdprDefault: true },
        { country: 'DK', age: 15, provision: 'databeskyttelseslovens § 6, stk. 2', gdprDefault: false },
      ],
      differ: true,
    });
    const en = text(p, 'en');
    expect(en).toContain('which differs between the countries where we offer our services: Sweden: 13 (dataskyddslagen (2018:218)) Germany: 16 (GDPR Art. 8(1)) Denmark: 15');
    expect(en).toContain('Below that age, consent must be given or authorised by a parent or guardian.');
    // The GDPR's own age is cited in the words of each language.
    expect(text(p, 'de')).toContain('Deutschland: 16 (Art. 8 Abs. 1 DSGVO)');
    expect(text(p, 'sv')).toContain('Tyskland: 16 (artikel 8.1 i dataskyddsförordningen)');
  });

  it('an Estonian market adds Estonia’s 13 under its own act', () => {
    const p = build({ markets: ['EE'], children: { minimumAge: 13, directedAtChildren: true, parentalConsent: 'A parent confirms by email.' } });
    expect(clauseOf(p, 'children.national-age')?.facts).toEqual({
      ages: [
        { country: 'SE', age: 13, provision: 'dataskyddslagen (2018:218)', gdprDefault: false },
        { country: 'EE', age: 13, provision: 'isikuandmete kaitse seaduse § 8 lõige 1', gdprDefault: false },
      ],
      differ: false,
    });
    expect(text(p, 'en')).toContain('Estonia: 13 (isikuandmete kaitse seaduse § 8 lõige 1)');
  });

  it('a service for children cites the age even in one country', () => {
    const p = build({ children: { minimumAge: 13, directedAtChildren: true, parentalConsent: 'A parent confirms by email.' } });
    expect(clauseOf(p, 'children.national-age')?.facts).toEqual({ ages: [{ country: 'SE', age: 13, provision: 'dataskyddslagen (2018:218)', gdprDefault: false }], differ: false });
  });

  it('says nothing where every country concerned keeps the GDPR’s 16', () => {
    const p = build({ company: { ...baseProjectInput().company, address: bavaria }, markets: ['NL'], children: { minimumAge: 13 } });
    expect(clauseOf(p, 'children.national-age')).toBeUndefined();
  });
});

describe('the authorities', () => {
  it('a Bavarian company names the BayLDA, not a list', () => {
    const p = build({ company: { ...baseProjectInput().company, address: bavaria } });
    const facts = clauseOf(p, 'contact.authorities')?.facts as { authorities: { authority: { abbreviation?: string } }[] };
    expect(facts.authorities.map((a) => a.authority.abbreviation)).toEqual(['BayLDA']);
    expect(text(p, 'de')).toContain('Bayerisches Landesamt für Datenschutzaufsicht (BayLDA), Postfach 1349, 91504 Ansbach');
  });

  it('a German company without its state names no authority, only where to find them', () => {
    const p = build({ company: { ...baseProjectInput().company, address: { ...bavaria, region: undefined } } });
    const facts = clauseOf(p, 'contact.authorities')?.facts as { authorities: unknown[]; euGeneric: boolean };
    expect(facts.authorities).toEqual([]);
    expect(facts.euGeneric).toBe(true);
  });

  it('a Swedish policy names Integritetsskyddsmyndigheten (IMY), and people may complain at home', () => {
    const sv = text(build(), 'sv');
    expect(sv).toContain('Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm');
    expect(sv).toContain('tillsynsmyndigheten i det land där du bor eller arbetar');
  });

  it('lists the authority of each market except Germany’s sixteen', () => {
    const p = build({ markets: ['FR', 'DE', 'IE'] });
    const facts = clauseOf(p, 'contact.market-authorities')?.facts as { authorities: { country: string; authority: { id: string } }[] };
    expect(facts.authorities.map((a) => [a.country, a.authority.id])).toEqual([
      ['FR', 'cnil'],
      ['IE', 'dpc'],
    ]);
    expect(text(p, 'fr')).toContain('France : Commission nationale de l\'informatique et des libertés (CNIL)');
  });
});

describe('markets in the project file', () => {
  it('accepts EEA countries only, each once', () => {
    expect(projectSchema.safeParse({ ...baseProjectInput(), schemaVersion: SCHEMA_VERSION, markets: ['US'] }).success).toBe(false);
    expect(projectSchema.safeParse({ ...baseProjectInput(), schemaVersion: SCHEMA_VERSION, markets: ['DE', 'DE'] }).success).toBe(false);
    expect(build().markets).toEqual([]);
  });
});

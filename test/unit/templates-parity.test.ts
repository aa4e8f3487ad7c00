/**
 * Every document language must be complete and in step with the others:
 * the same clause and partial files, the same message keys, a template for
 * every clause the plan can produce (and no template the plan never uses),
 * every message key the templates name, and a policy that renders.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../shared/document/types.ts';
import { DOCUMENT_LANGUAGES, type DocumentLanguage } from '../../shared/model/languages.ts';
import {
  COOKIE_CATEGORIES,
  DATA_SOURCES,
  JURISDICTIONS,
  LEGAL_BASES,
  SAFEGUARDS,
  type Project,
  type ProjectInput,
} from '../../shared/model/schema.ts';
import { nodeEnv } from '../../shared/node/env.ts';
import { TEMPLATES_DIR } from '../../shared/node/template-files.ts';
import { generatePolicy } from '../../shared/pipeline.ts';
import { plan, SECTION_IDS } from '../../shared/plan/plan.ts';
import { baseProjectInput, buildProject } from '../fixtures/project-builder.ts';

// ---------------------------------------------------------------------------
// What is on disk

/** Folders under templates/ that are not document languages. */
const NOT_LANGUAGES = new Set(['starters']);

/** The title block is rendered for every document (`renderTitle`), not chosen by the plan. */
const ALWAYS_RENDERED = new Set(['title']);

type Messages = Record<string, unknown>;

interface LanguageFolder {
  lang: string;
  clauses: Map<string, string>;
  partials: Map<string, string>;
  messages: Messages;
}

const languageNames: string[] = readdirSync(TEMPLATES_DIR)
  .filter((name) => !NOT_LANGUAGES.has(name) && statSync(join(TEMPLATES_DIR, name)).isDirectory())
  .sort();

function readHbs(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir).sort()) {
    if (file.endsWith('.hbs')) out.set(file.slice(0, -'.hbs'.length), readFileSync(join(dir, file), 'utf8'));
  }
  return out;
}

function readMessages(lang: string): Messages {
  const file = join(TEMPLATES_DIR, lang, 'messages.json');
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8')) as Messages;
}

const folders: LanguageFolder[] = languageNames.map((lang) => ({
  lang,
  clauses: readHbs(join(TEMPLATES_DIR, lang, 'clauses')),
  partials: readHbs(join(TEMPLATES_DIR, lang, 'partials')),
  messages: readMessages(lang),
}));

/** The text of a message in either form: a string, or `{ "text", "note" }`. */
function messageText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && typeof (value as { text?: unknown }).text === 'string') {
    return (value as { text: string }).text;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// A spread of projects that, between them, switch on every trigger of the plan

const base = baseProjectInput();
const baseCompany = base.company;

const farProcessors: ProjectInput['processors'] = [
  { name: 'Hetzner Online GmbH', activity: 'Hosting', country: 'DE', safeguard: 'none' },
  { name: 'Unprotected Inc.', activity: 'Customer support', country: 'US', safeguard: 'none' },
  { name: 'Postmark', activity: 'Sending transactional email', country: 'US', safeguard: 'dpf', url: 'https://postmarkapp.com' },
  { name: 'Acme India', activity: 'Software development', country: 'IN', safeguard: 'scc' },
  { name: 'Tokyo Backup KK', activity: 'Backups', country: 'JP', safeguard: 'adequacy' },
  { name: 'Group Services Pte', activity: 'Group IT', country: 'SG', safeguard: 'bcr' },
  { name: 'Travel Partner Ltd', activity: 'Booking hotels you ask for', country: 'AE', safeguard: 'derogation' },
  { name: 'Swiss Analytics AG', activity: 'Statistics', country: 'CH', safeguard: 'adequacy' },
  { name: 'London Mail Ltd', activity: 'Newsletters', country: 'GB', safeguard: 'adequacy' },
  { name: 'Brasil Dados', activity: 'Payments', country: 'BR', safeguard: 'scc' },
  { name: 'Maple Hosting', activity: 'Hosting', country: 'CA', safeguard: 'adequacy' },
  { name: 'Sydney Support', activity: 'Support', country: 'AU', safeguard: 'scc' },
];

const everyCookieCategory: ProjectInput['cookies'] = [
  { name: 'session_id', provider: 'Nordlys', category: 'necessary', purpose: 'Keeps you signed in', duration: 'Session', party: 'first' },
  { name: 'lang', provider: 'Nordlys', category: 'functional', purpose: 'Remembers your language', duration: '1 year', party: 'first' },
  { name: '_pk_id', provider: 'Matomo', category: 'analytics', purpose: 'Counts visits', duration: '13 months', party: 'third' },
  { name: '_fbp', provider: 'Meta', category: 'marketing', purpose: 'Measures ads', duration: '3 months', party: 'third' },
];

const everySourceAndBasis: ProjectInput['dataCategories'] = [
  ...LEGAL_BASES.map((legalBasis, i) => ({
    name: { en: `Category ${legalBasis}`, sv: `Kategori ${legalBasis}` },
    examples: i % 2 === 0 ? [{ en: 'an example', sv: 'ett exempel' }] : [],
    source: DATA_SOURCES[i % DATA_SOURCES.length]!,
    sourceDetail: i % 3 === 0 ? undefined : { en: 'A partner', sv: 'En partner' },
    purposes: [{ en: 'A purpose', sv: 'Ett ändamål' }, 'Another purpose'],
    legalBasis,
    legitimateInterest: legalBasis === 'legitimate-interests' ? 'Keeping the service safe' : undefined,
    retention: { en: '2 years', sv: '2 år' },
    sensitive: i === 0,
    required: i === 1,
  })),
  // A legitimate interest without its description (the plan allows it; the template must cope).
  { name: 'Logs', source: 'automatic', purposes: ['Security'], legalBasis: 'legitimate-interests', retention: '30 days' },
];

const person = (name: string, country: string): NonNullable<ProjectInput['company']['dpo']> => ({
  name,
  email: `${name.toLowerCase().replace(/\W+/g, '.')}@example.com`,
  phone: '+1 555 0100',
  address: { street: 'Main Street 1', postalCode: '12345', city: 'Somewhere', country },
});

const PROJECTS: readonly [string, Partial<ProjectInput>][] = [
  ['the base project', {}],
  ['no cookies', { cookies: [] }],
  ['strictly necessary cookies only', { cookies: [everyCookieCategory[0]!] }],
  ['cookies of every category', { cookies: everyCookieCategory }],
  ['optional cookies without a GDPR-family law (opt-out)', { jurisdictions: ['US'], cookies: everyCookieCategory }],
  ['controller and processor', { role: 'controller-and-processor' }],
  ...JURISDICTIONS.map((j): [string, Partial<ProjectInput>] => [`only ${j}`, { jurisdictions: [j] }]),
  [
    'every jurisdiction, every processor, every cookie',
    { jurisdictions: [...JURISDICTIONS], processors: farProcessors, cookies: everyCookieCategory, role: 'controller-and-processor' },
  ],
  ['processors outside the EEA, one without a safeguard', { processors: farProcessors }],
  ['UK law only, with transfers', { jurisdictions: ['UK'], processors: farProcessors }],
  ['Swiss law only, with transfers', { jurisdictions: ['CH'], processors: farProcessors }],
  ['no processors', { processors: [] }],
  ['no processors, every jurisdiction', { processors: [], jurisdictions: [...JURISDICTIONS] }],
  ['directed at children, EU and US', { jurisdictions: ['EU', 'US'], children: { minimumAge: 13, directedAtChildren: true } }],
  ['young minimum age, California', { jurisdictions: ['US-CA'], children: { minimumAge: 10 } }],
  ['no age limit', { children: { minimumAge: 0 } }],
  ['automated decisions used', { automatedDecisions: { used: true, description: { en: 'We score credit applications.', sv: 'Vi kreditbedömer ansökningar.' } } }],
  ['automated decisions not used', { automatedDecisions: { used: false } }],
  ['direct marketing on every channel', { marketing: { directMarketing: true, channels: ['email', 'sms', 'phone', 'post', 'push'] } }],
  ['direct marketing off', { marketing: { directMarketing: false, channels: [] } }],
  ['sells data, California and US', { jurisdictions: ['US-CA', 'US'], dataSales: { sells: true, sharesForAdvertising: false } }],
  [
    'shares for advertising, US only, signals reversed',
    { jurisdictions: ['US'], dataSales: { sells: false, sharesForAdvertising: true }, signals: { doNotTrack: 'honored', globalPrivacyControl: 'not-honored' } },
  ],
  [
    'sells and shares, California, signals reversed',
    { jurisdictions: ['US-CA'], dataSales: { sells: true, sharesForAdvertising: true }, signals: { doNotTrack: 'honored', globalPrivacyControl: 'not-honored' } },
  ],
  ['changes take effect immediately', { changes: { noticeDays: 0 } }],
  ['one day of notice, one day to answer', { changes: { noticeDays: 1 }, rights: { responseDays: 1 }, jurisdictions: [...JURISDICTIONS] }],
  ['empty change log', { changeLog: [] }],
  ['sensitive and required categories from every source on every basis', { dataCategories: everySourceAndBasis, jurisdictions: [...JURISDICTIONS] }],
  ['only consent, no marketing (no objection right)', {
    dataCategories: [{ name: 'Newsletter address', source: 'data-subject', purposes: ['Newsletter'], legalBasis: 'consent', retention: 'Until you unsubscribe' }],
  }],
  [
    'minimal company: no DPO, trading name, number, phone, website, services or measures',
    {
      company: { legalName: 'Minimal AB', address: baseCompany.address, email: 'hello@minimal.example' },
      scope: { services: [] },
      security: { measures: [] },
    },
  ],
  ['website but no named services', { scope: { services: [] } }],
  [
    'company outside the EEA with a DPO and representatives in the EU, the UK and Switzerland',
    {
      jurisdictions: ['EU', 'UK', 'CH', 'BR'],
      company: {
        ...baseCompany,
        address: { street: '1 Market Street', postalCode: '94105', city: 'San Francisco', country: 'US' },
        dpo: person('Dana Officer', 'US'),
        representatives: { eu: person('EU Rep', 'IE'), uk: { name: 'UK Rep Ltd' }, ch: { name: 'CH Rep AG', email: 'ch@rep.example' } },
      },
    },
  ],
  ['company in Germany (no single lead authority)', { company: { ...baseCompany, address: { street: 'Unter den Linden 1', postalCode: '10117', city: 'Berlin', country: 'DE' } } }],
  ['company in Switzerland with a Swiss representative on file', { jurisdictions: ['CH'], company: { ...baseCompany, address: { street: 'Bahnhofstrasse 1', postalCode: '8001', city: 'Zürich', country: 'CH' }, representatives: { ch: { name: 'CH Rep AG' } } } }],
];

const projects: { name: string; project: Project }[] = PROJECTS.map(([name, patch]) => ({ name, project: buildProject(patch) }));

/** Clause ids, section ids and planned clause ids over the whole spread. */
const producedClauses = new Set<string>();
const producedSections = new Set<string>();
for (const { project } of projects) {
  for (const section of plan(project).sections) {
    producedSections.add(section.id);
    for (const c of section.clauses) producedClauses.add(c.id);
  }
}

/** Every literal clause id written in the plan's sources (`clause('id', …)`), so a new clause cannot hide from the spread. */
function clauseIdsInPlanSources(): string[] {
  const dir = fileURLToPath(new URL('../../shared/plan/sections/', import.meta.url));
  const ids = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const m of source.matchAll(/\bclause\(\s*'([^']+)'/g)) ids.add(m[1]!);
    for (const m of source.matchAll(/\bclause\(\s*"([^"]+)"/g)) ids.add(m[1]!);
  }
  // `data-collected.${source}` is built from DATA_SOURCES.
  for (const source of DATA_SOURCES) ids.add(`data-collected.${source}`);
  return [...ids].sort();
}

// ---------------------------------------------------------------------------
// Message keys the templates and the code name

/** The values each `{{enum "prefix" …}}` / `{{list … kind="enum" prefix="…"}}` prefix can be given by the plan. */
const ENUM_DOMAINS: Readonly<Record<string, readonly string[]>> = {
  legalBasis: LEGAL_BASES,
  sourceShort: DATA_SOURCES,
  safeguard: SAFEGUARDS,
  safeguardDocument: ['scc', 'bcr'], // the safeguards a person can ask a copy of
  area: ['eea', 'uk', 'ch'], // HomeArea in shared/plan/facts.ts
  cookieCategory: COOKIE_CATEGORIES,
  cookieCategoryInSentence: COOKIE_CATEGORIES,
  cookieCategoryExplained: COOKIE_CATEGORIES,
  party: ['first', 'third'],
  lawName: ['EU', 'UK'], // rights.gdpr lists only the EU and UK GDPR
  lawShort: JURISDICTIONS,
  channel: ['email', 'sms', 'phone', 'post', 'push'], // project.marketing.channels
  representativeRegion: ['eu', 'uk', 'ch'],
};

/** Keys used by helpers, the engine and the exporters rather than by templates. */
const CODE_KEYS: readonly string[] = [
  // transfers.list explains each safeguard for the area whose law applies: {{msg "safeguardExplained" area safeguard}}
  ...['eea', 'uk', 'ch'].flatMap((area) => SAFEGUARDS.map((s) => `safeguardExplained.${area}.${s}`)),
  'document.title',
  'document.lastUpdated',
  'document.effective',
  'document.contents',
  'document.page',
  'document.otherLanguages',
  'unit.day.one',
  'unit.day.other',
  'unit.month.one',
  'unit.month.other',
  ...SECTION_IDS.map((id) => `section.${id}`),
];

interface TemplateRefs {
  keys: Set<string>;
  prefixes: Set<string>;
}

/** Static message keys (`t "key"`) and enum prefixes (`enum "prefix"`, `prefix="…"`) in one template. */
function messageRefs(source: string): TemplateRefs {
  const keys = new Set<string>();
  const prefixes = new Set<string>();
  for (const m of source.matchAll(/[{(]\s*t\s+(["'])([^"']+)\1/g)) keys.add(m[2]!);
  for (const m of source.matchAll(/[{(]\s*enum\s+(["'])([^"']+)\1/g)) prefixes.add(m[2]!);
  for (const m of source.matchAll(/\bprefix=(["'])([^"']+)\1/g)) prefixes.add(m[2]!);
  return { keys, prefixes };
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

// ---------------------------------------------------------------------------
// Reading a rendered document

function textOf(node: DocNode): string {
  if (typeof node.text === 'string') return node.text;
  const sep = node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'tableHeader' ? '\n' : '';
  return (node.content ?? []).map(textOf).join('') + sep;
}

function headings(node: DocNode, out: string[] = []): string[] {
  if (node.type === 'heading') out.push(textOf(node).trim());
  else for (const child of node.content ?? []) headings(child, out);
  return out;
}

// ---------------------------------------------------------------------------

describe('template languages', () => {
  it('has at least English and one other language, and no stray folder', () => {
    expect(languageNames).toContain('en');
    expect(languageNames.length).toBeGreaterThan(1);
  });

  it('DOCUMENT_LANGUAGES lists exactly the template language folders', () => {
    expect([...DOCUMENT_LANGUAGES].sort(), 'shared/model/languages.ts DOCUMENT_LANGUAGES vs folders in templates/').toEqual(languageNames);
  });

  it('every language folder has clauses/, partials/ and messages.json', () => {
    const problems: string[] = [];
    for (const lang of languageNames) {
      for (const part of ['clauses', 'partials', 'messages.json']) {
        if (!existsSync(join(TEMPLATES_DIR, lang, part))) problems.push(`templates/${lang}/${part} is missing`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every language has the same clause files, partial files and message keys as every other', () => {
    const problems: string[] = [];
    for (const a of folders) {
      for (const b of folders) {
        if (a === b) continue;
        for (const id of b.clauses.keys()) if (!a.clauses.has(id)) problems.push(`templates/${a.lang}/clauses/${id}.hbs is missing (templates/${b.lang} has it)`);
        for (const id of b.partials.keys()) if (!a.partials.has(id)) problems.push(`templates/${a.lang}/partials/${id}.hbs is missing (templates/${b.lang} has it)`);
        for (const key of Object.keys(b.messages)) {
          if (!(key in a.messages)) problems.push(`templates/${a.lang}/messages.json has no key "${key}" (templates/${b.lang} has it)`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('no message is empty, and each is a string or {"text", "note"}', () => {
    const problems: string[] = [];
    for (const { lang, messages } of folders) {
      for (const [key, value] of Object.entries(messages)) {
        const text = messageText(value);
        if (text === undefined) problems.push(`templates/${lang}/messages.json "${key}" is neither a string nor {"text", "note"}`);
        else if (text.trim() === '') problems.push(`templates/${lang}/messages.json "${key}" is empty`);
        if (typeof value === 'object' && value !== null) {
          const extra = Object.keys(value).filter((k) => k !== 'text' && k !== 'note');
          if (extra.length > 0) problems.push(`templates/${lang}/messages.json "${key}" has unknown fields ${extra.join(', ')}`);
          const note = (value as { note?: unknown }).note;
          if (note !== undefined && (typeof note !== 'string' || note.trim() === '')) problems.push(`templates/${lang}/messages.json "${key}" has an empty note`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('a message has the same {placeholders} in every language', () => {
    const problems: string[] = [];
    const en = folders.find((f) => f.lang === 'en')!;
    for (const { lang, messages } of folders) {
      if (lang === 'en') continue;
      for (const [key, value] of Object.entries(en.messages)) {
        const theirs = messageText(messages[key]);
        const ours = messageText(value);
        if (theirs === undefined || ours === undefined) continue; // reported by the key parity test
        const want = placeholders(ours);
        const got = placeholders(theirs);
        if (want.join() !== got.join()) problems.push(`templates/${lang}/messages.json "${key}" has {${got.join('}, {')}} where en has {${want.join('}, {')}}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every message key named in a template, by a helper or by an exporter exists in every language', () => {
    const problems: string[] = [];
    for (const folder of folders) {
      const has = (key: string) => key in folder.messages;
      for (const key of CODE_KEYS) if (!has(key)) problems.push(`templates/${folder.lang}/messages.json has no "${key}" (used by the code)`);
      const files: [string, string][] = [
        ...[...folder.clauses].map(([id, src]): [string, string] => [`clauses/${id}.hbs`, src]),
        ...[...folder.partials].map(([id, src]): [string, string] => [`partials/${id}.hbs`, src]),
      ];
      for (const [file, source] of files) {
        const { keys, prefixes } = messageRefs(source);
        for (const key of keys) if (!has(key)) problems.push(`templates/${folder.lang}/${file} uses {{t "${key}"}} but messages.json has no "${key}"`);
        for (const prefix of prefixes) {
          const domain = ENUM_DOMAINS[prefix];
          if (!domain) {
            problems.push(`templates/${folder.lang}/${file} uses the message prefix "${prefix}", which this test does not know: add its values to ENUM_DOMAINS`);
            continue;
          }
          for (const value of domain) {
            if (!has(`${prefix}.${value}`)) problems.push(`templates/${folder.lang}/${file} uses prefix "${prefix}" but messages.json has no "${prefix}.${value}"`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('templates and the plan', () => {
  it('the project spread produces every clause id written in the plan', () => {
    const missing = clauseIdsInPlanSources().filter((id) => !producedClauses.has(id));
    expect(missing, 'clause ids no project in this test produces: add a project that triggers them').toEqual([]);
  });

  it('the project spread produces every section id, and only known ones', () => {
    expect([...producedSections].filter((id) => !(SECTION_IDS as readonly string[]).includes(id)), 'section ids missing from SECTION_IDS').toEqual([]);
    expect(SECTION_IDS.filter((id) => !producedSections.has(id)), 'sections no project in this test produces').toEqual([]);
  });

  it('every clause the plan produces has a template in every language', () => {
    const problems: string[] = [];
    for (const folder of folders) {
      for (const id of [...producedClauses, ...ALWAYS_RENDERED]) {
        if (!folder.clauses.has(id)) problems.push(`templates/${folder.lang}/clauses/${id}.hbs is missing`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every template is used by at least one project (no dead templates)', () => {
    const problems: string[] = [];
    for (const folder of folders) {
      for (const id of folder.clauses.keys()) {
        if (!producedClauses.has(id) && !ALWAYS_RENDERED.has(id)) problems.push(`templates/${folder.lang}/clauses/${id}.hbs: no planned clause has this id`);
      }
      for (const [name] of folder.partials) {
        const used = [...folder.clauses.values(), ...folder.partials.values()].some((src) => new RegExp(`\\{\\{~?>\\s*${name}\\b`).test(src));
        if (!used) problems.push(`templates/${folder.lang}/partials/${name}.hbs is not used by any template`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('rendering every project in every language', () => {
  const en = folders.find((f) => f.lang === 'en');
  const englishHeadings = en
    ? Object.entries(en.messages)
        .filter(([key]) => key.startsWith('section.') || key === 'document.title')
        .map(([, value]) => messageText(value)!)
    : [];

  for (const lang of DOCUMENT_LANGUAGES as readonly DocumentLanguage[]) {
    describe(lang, () => {
      it.each(projects.map((p) => [p.name, p.project] as const))('%s', (_name, project) => {
        const { document } = generatePolicy(project, lang, nodeEnv);
        const text = textOf(document);
        expect(text).not.toMatch(/\{\w+\}/); // a placeholder left unfilled
        expect(text).not.toMatch(/\bundefined\b|\[object Object\]|\bNaN\b/);
        const found = headings(document);
        expect(found.length).toBe(plan(project).sections.length + 1);
        if (lang !== 'en') {
          const untranslated = found.filter((h) => englishHeadings.includes(h));
          expect(untranslated, `${lang} headings that are still the English text`).toEqual([]);
          const englishInText = englishHeadings.filter((h) => h.includes(' ') && text.includes(h));
          expect(englishInText, `English headings inside the ${lang} document`).toEqual([]);
        }
      });
    });
  }
});

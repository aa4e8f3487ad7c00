/**
 * Every document language must be complete and in step with the others:
 * the same clause and partial files, the same message keys with the same
 * placeholders, and every message key the templates and the code name.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_LANGUAGES } from '../../shared/model/languages.ts';
import { COOKIE_CATEGORIES, DATA_SOURCES, JURISDICTIONS, LEGAL_BASES } from '../../shared/model/schema.ts';
import { CCPA_CATEGORIES, DEROGATIONS, TRANSFER_LAWS, TRANSFER_MECHANISMS } from '../../shared/model/schema.ts';
import { REQUIREMENTS, RETENTION_STARTS, RETENTION_UNITS, SPECIAL_CATEGORIES, SPECIAL_CONDITIONS } from '../../shared/model/schema.ts';
import { TEMPLATES_DIR } from '../../shared/node/template-files.ts';
import { US_STATE_JURISDICTIONS } from '../../shared/model/schema.ts';
import { US_RIGHTS } from '../../shared/laws/us-state-table.ts';
import { SECTION_IDS } from '../../shared/plan/plan.ts';
import { folders, languageNames, messageText } from '../fixtures/template-folders.ts';

/** The values each `{{enum "prefix" …}}` / `{{list … kind="enum" prefix="…"}}` prefix can be given by the plan. */
const ENUM_DOMAINS: Readonly<Record<string, readonly string[]>> = {
  legalBasis: LEGAL_BASES,
  sourceShort: DATA_SOURCES,
  transferDocument: ['scc', 'idta', 'uk-addendum', 'bcr'], // DOCUMENT_TOOLS in shared/plan/sections/transfers.ts
  transferLaw: TRANSFER_LAWS,
  transferOrigin: TRANSFER_LAWS,
  dpfFramework: TRANSFER_LAWS,
  ccpaCategory: CCPA_CATEGORIES,
  ccpaSource: DATA_SOURCES,
  area: ['eea', 'uk', 'ch'], // HomeArea in shared/plan/facts.ts
  cookieCategory: COOKIE_CATEGORIES,
  cookieCategoryInSentence: COOKIE_CATEGORIES,
  cookieCategoryExplained: COOKIE_CATEGORIES,
  party: ['first', 'third'],
  lawName: ['EU', 'UK'], // rights.gdpr lists only the EU and UK GDPR
  lawShort: JURISDICTIONS,
  channel: ['email', 'sms', 'phone', 'post', 'push'], // project.marketing.channels
  representativeRegion: ['eu', 'uk', 'ch'],
  specialCategory: SPECIAL_CATEGORIES,
  specialConditionInSentence: SPECIAL_CONDITIONS,
  requirement: REQUIREMENTS,
  usState: US_STATE_JURISDICTIONS, // united-states.table and .third-party-list
  usRight: US_RIGHTS,
};

/** Keys used by helpers, the engine and the exporters rather than by templates. */
const CODE_KEYS: readonly string[] = [
  // transfers.list names and explains each tool in the words of its law: {{msg "mechanism" law mechanism}}, {{msg "derogation" law derogation}}
  ...TRANSFER_LAWS.flatMap((law) => TRANSFER_MECHANISMS.filter((m) => m !== 'none').flatMap((m) => [`mechanism.${law}.${m}`, `mechanismExplained.${law}.${m}`])),
  ...TRANSFER_LAWS.flatMap((law) => DEROGATIONS.map((d) => `derogation.${law}.${d}`)),
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
  // the {{retention}} helper (shared/render/retention.ts)
  ...RETENTION_UNITS.flatMap((unit) => [`retentionUnit.${unit}.one`, `retentionUnit.${unit}.other`]),
  ...RETENTION_STARTS.map((from) => `retentionFrom.${from}`),
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

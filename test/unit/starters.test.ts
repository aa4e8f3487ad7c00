import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { riskWarnings } from '../../shared/checks/risks.ts';
import {
  NAMED_SOURCES,
  isInEea,
  parseProjectFile,
  serializeProject,
  translationState,
  type LocalizedText,
  type Project,
} from '../../shared/model/index.ts';
import { isThirdCountryFor, selectedTransferLaws } from '../../shared/model/transfer-areas.ts';

/**
 * The starter projects offered on the welcome screen: each must open without
 * errors, be saved in canonical form (so opening and saving one shows no
 * diff), be complete enough to publish a policy from, and state facts a
 * privacy lawyer would sign off: every activity on a basis with what that
 * basis needs, every recipient in its real role with a transfer tool for
 * each selected law, every text in each of the starter's languages.
 */

const startersDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates/starters');

interface StarterEntry {
  id: string;
  file: string;
  title: string;
  description: string;
}

const index = JSON.parse(readFileSync(path.join(startersDir, 'index.json'), 'utf8')) as StarterEntry[];

/**
 * Risk warnings a starter shows on purpose, by starter id and warning path;
 * each must be named in the starter's description. None today: every starter
 * is a policy that can be published as it is.
 */
const DEMONSTRATED_WARNINGS: Readonly<Record<string, readonly string[]>> = {};

function readStarter(file: string): { text: string; project: Project } {
  const text = readFileSync(path.join(startersDir, file), 'utf8');
  const result = parseProjectFile(text);
  if (!result.ok) {
    const errors = result.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n');
    throw new Error(`${file} does not parse:\n${errors}`);
  }
  return { text, project: result.project };
}

/** Every free-text field a user types, with its path, so that translations can be checked. */
function freeTexts(project: Project): [string, LocalizedText][] {
  const out: [string, LocalizedText][] = [];
  const add = (at: string, text: LocalizedText | undefined): void => {
    if (text !== undefined) out.push([at, text]);
  };
  project.scope.services.forEach((s, i) => add(`scope.services[${i}]`, s));
  project.company.requestChannels.forEach((c, i) => {
    if (c.kind === 'in-app') add(`company.requestChannels[${i}].where`, c.where);
  });
  project.dataCategories.forEach((c, i) => {
    const at = `dataCategories[${i}]`;
    add(`${at}.name`, c.name);
    c.examples.forEach((e, j) => add(`${at}.examples[${j}]`, e));
    c.sources.forEach((s, j) => add(`${at}.sources[${j}].detail`, s.detail));
  });
  project.activities.forEach((a, i) => {
    const at = `activities[${i}]`;
    add(`${at}.purpose`, a.purpose);
    add(`${at}.consequence`, a.consequence);
    if (a.retention.kind === 'text') add(`${at}.retention.text`, a.retention.text);
    a.legalBases.forEach((b, j) => {
      add(`${at}.legalBases[${j}].interest`, b.interest);
      add(`${at}.legalBases[${j}].obligation`, b.obligation);
      add(`${at}.legalBases[${j}].criminalAuthority`, b.criminalAuthority);
    });
  });
  project.recipients.forEach((r, i) => {
    add(`recipients[${i}].activity`, r.activity);
    add(`recipients[${i}].jointArrangement`, r.jointArrangement);
  });
  project.cookies.forEach((c, i) => {
    add(`cookies[${i}].purpose`, c.purpose);
    add(`cookies[${i}].duration`, c.duration);
  });
  project.changeLog.forEach((c, i) => add(`changeLog[${i}].summary`, c.summary));
  project.security.measures.forEach((m, i) => add(`security.measures[${i}]`, m));
  add('automatedDecisions.description', project.automatedDecisions.description);
  add('children.parentalConsent', project.children.parentalConsent);
  return out;
}

describe('starter index', () => {
  it('lists each starter once, with an id, a file named after it, a title and a description', () => {
    expect(Array.isArray(index)).toBe(true);
    expect(index.length).toBeGreaterThan(0);
    for (const entry of index) {
      expect(entry.id, JSON.stringify(entry)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(entry.file).toBe(`${entry.id}.policy`);
      expect(entry.title.trim(), `title of ${entry.id}`).not.toBe('');
      expect(entry.description.trim(), `description of ${entry.id}`).not.toBe('');
    }
    const ids = index.map((e) => e.id);
    expect(new Set(ids).size, `duplicate ids in ${ids.join(', ')}`).toBe(ids.length);
  });

  it('lists exactly the .policy files in templates/starters', () => {
    const onDisk = readdirSync(startersDir)
      .filter((f) => f.endsWith('.policy'))
      .sort();
    const listed = index.map((e) => e.file).sort();
    expect(listed, 'index.json and templates/starters/*.policy differ').toEqual(onDisk);
  });
});

describe.each(index)('starter $id', ({ file }) => {
  it('parses without errors', () => {
    const text = readFileSync(path.join(startersDir, file), 'utf8');
    const result = parseProjectFile(text);
    const errors = result.ok ? '' : result.errors.map((e) => `${e.path}: ${e.message}`).join('\n');
    expect(result.ok, `${file} has errors:\n${errors}`).toBe(true);
    if (result.ok) expect(result.migratedFrom).toBeNull();
  });

  it('is saved in canonical form', () => {
    const { text, project } = readStarter(file);
    expect(serializeProject(project), `${file} is not in canonical form: write it with serializeProject()`).toBe(text);
  });

  it('states every fact a published policy needs', () => {
    const { project } = readStarter(file);
    expect(project.scope.services.length, 'scope.services').toBeGreaterThan(0);
    expect(project.recipients.length, 'recipients').toBeGreaterThan(0);
    expect(project.cookies.length, 'cookies').toBeGreaterThan(0);
    expect(project.security.measures.length, 'security.measures').toBeGreaterThan(0);
    expect(project.changeLog.length, 'changeLog').toBeGreaterThan(0);
    const latest = [...project.changeLog.map((c) => c.date)].sort().at(-1);
    expect(project.effectiveDate, 'effectiveDate should be the date of the latest change').toBe(latest);
    project.dataCategories.forEach((c, i) => {
      const at = `dataCategories[${i}]`;
      expect(c.examples.length, `${at}.examples`).toBeGreaterThan(0);
      c.sources.forEach((s, j) => {
        if (NAMED_SOURCES.includes(s.kind)) expect(s.detail, `${at}.sources[${j}].detail names the ${s.kind} source`).toBeDefined();
      });
    });
  });

  it('links every activity to categories and recipients that exist, and uses every category and recipient', () => {
    const { project } = readStarter(file);
    const categoryIds = new Set(project.dataCategories.map((c) => c.id));
    const recipientIds = new Set(project.recipients.map((r) => r.id));
    const usedCategories = new Set<string>();
    const usedRecipients = new Set<string>();
    project.activities.forEach((a, i) => {
      for (const c of a.categories) {
        expect(categoryIds.has(c), `activities[${i}] "${a.id}" uses unknown category "${c}"`).toBe(true);
        usedCategories.add(c);
      }
      for (const r of a.recipients) {
        expect(recipientIds.has(r), `activities[${i}] "${a.id}" names unknown recipient "${r}"`).toBe(true);
        usedRecipients.add(r);
      }
    });
    expect([...categoryIds].filter((c) => !usedCategories.has(c)), 'categories no activity uses').toEqual([]);
    expect([...recipientIds].filter((r) => !usedRecipients.has(r)), 'recipients no activity involves').toEqual([]);
  });

  it('gives each legal basis what it needs', () => {
    const { project } = readStarter(file);
    const special = new Set(project.dataCategories.filter((c) => c.special !== undefined).map((c) => c.id));
    project.activities.forEach((a, i) => {
      const at = `activities[${i}] "${a.id}"`;
      a.legalBases.forEach((b, j) => {
        if (b.basis === 'legitimate-interests') expect(b.interest, `${at}.legalBases[${j}].interest`).toBeDefined();
        if (b.basis === 'legal-obligation') expect(b.obligation, `${at}.legalBases[${j}].obligation names the law`).toBeDefined();
      });
      if (a.categories.some((c) => special.has(c))) {
        expect(a.legalBases.every((b) => b.specialCondition !== undefined), `${at} uses special-category data: each basis needs its Art. 9(2) condition`).toBe(true);
      }
      if (a.requirement !== 'optional') expect(a.consequence, `${at}.consequence: what happens without the data`).toBeDefined();
    });
  });

  it('gives every recipient what its role needs, and a transfer tool under each selected law', () => {
    const { project } = readStarter(file);
    const laws = selectedTransferLaws(project.jurisdictions);
    project.recipients.forEach((r, i) => {
      const at = `recipients[${i}] "${r.name}"`;
      if (r.role === 'independent-controller' || r.role === 'joint-controller') expect(r.privacyPolicyUrl, `${at}.privacyPolicyUrl`).toBeDefined();
      if (r.role === 'joint-controller') expect(r.jointArrangement, `${at}.jointArrangement`).toBeDefined();
      for (const law of laws) {
        const leaves = [...r.storedIn, ...r.accessedFrom].some((country) => isThirdCountryFor(law, country));
        if (!leaves) {
          expect(r.transfers[law], `${at}.transfers.${law}: no data leaves the area, so no tool`).toBeUndefined();
          continue;
        }
        expect(r.transfers[law]?.mechanism, `${at}.transfers.${law}`).toBeDefined();
        expect(r.transfers[law]?.mechanism, `${at}.transfers.${law}`).not.toBe('none');
        if (law !== 'uk') expect(['idta', 'uk-addendum'], `${at}.transfers.${law}: a UK-only tool`).not.toContain(r.transfers[law]?.mechanism);
        if (r.transfers[law]?.mechanism === 'derogation') expect(r.transfers[law]?.derogation, `${at}.transfers.${law}.derogation`).toBeDefined();
      }
    });
  });

  it('has no risk warnings, except those its description names', () => {
    const { project } = readStarter(file);
    const id = file.replace(/\.policy$/, '');
    const expected = DEMONSTRATED_WARNINGS[id] ?? [];
    const warnings = riskWarnings(project).filter((w) => !expected.includes(w.path));
    expect(warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([]);
    const description = index.find((e) => e.id === id)?.description ?? '';
    for (const path of expected) expect(description, `${id} demonstrates ${path}; say so in its description`).toMatch(/warn/i);
  });

  it('gives every free text in each of its languages, and only those', () => {
    const { project } = readStarter(file);
    const languages = [...project.languages].sort();
    for (const [at, text] of freeTexts(project)) {
      if (typeof text === 'string') {
        expect(languages.length, `${at} is one text for several languages`).toBe(1);
      } else {
        expect(Object.keys(text).sort(), `languages of ${at}`).toEqual(languages);
      }
    }
  });

  it('reads current in each of its languages: no translation made from a text that changed since', () => {
    const { project } = readStarter(file);
    const primary = project.languages[0]!;
    const gaps = freeTexts(project).flatMap(([at, text]) =>
      project.languages.map((lang) => [at, lang, translationState(text, lang, primary)] as const).filter(([, , state]) => state === 'stale' || state === 'missing'),
    );
    expect(gaps.map(([at, lang, state]) => `${at} (${lang}): ${state}`)).toEqual([]);
  });

  it('is coherent', () => {
    const { project } = readStarter(file);
    const gdpr = project.jurisdictions.some((j) => j === 'EU' || j === 'UK' || j === 'CH');
    const california = project.jurisdictions.includes('US-CA');
    const categories = new Set(project.cookies.map((c) => c.category));
    const optionalCookies = [...categories].some((c) => c !== 'necessary');
    const bases = project.activities.flatMap((a) => a.legalBases.map((b) => b.basis));
    const advertising = project.activities.some((a) => a.sharesForAdvertising || a.targetedAdvertising);
    if (optionalCookies && gdpr) expect(bases, 'optional cookies without an activity on consent').toContain('consent');
    if (categories.has('marketing')) expect(project.marketing.directMarketing || advertising, 'marketing cookies without marketing').toBe(true);
    if (advertising) expect(categories.has('marketing'), 'advertising without marketing cookies').toBe(true);
    if (project.marketing.directMarketing) expect(project.marketing.channels.length, 'marketing.channels').toBeGreaterThan(0);
    if (california) {
      project.dataCategories.forEach((c, i) => expect(c.ccpaCategory, `dataCategories[${i}].ccpaCategory`).toBeDefined());
      expect(project.company.requestChannels.length, 'CCPA: two or more ways to make a request').toBeGreaterThanOrEqual(2);
      const ads = project.activities.filter((a) => a.sharesForAdvertising);
      for (const a of ads) {
        for (const r of a.recipients.map((id) => project.recipients.find((x) => x.id === id)!)) {
          expect(['processor', 'sub-processor'], `${r.name} receives data for cross-context advertising: not a service provider`).not.toContain(r.role);
        }
      }
    }
    const outsideEea = !isInEea(project.company.address.country);
    if (outsideEea && project.jurisdictions.includes('EU')) {
      expect(project.company.representatives.eu, 'company.representatives.eu').toBeDefined();
      expect(project.company.dataLocations.length, 'company.dataLocations: where a controller outside the EEA holds the data').toBeGreaterThan(0);
    }
    if (project.children.minimumAge > 0 && project.children.minimumAge < 13 && project.jurisdictions.some((j) => j.startsWith('US-'))) {
      expect(project.children.parentalConsent, 'children.parentalConsent under 13 with US law').toBeDefined();
    }
  });
});

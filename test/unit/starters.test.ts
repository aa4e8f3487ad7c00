import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  isInEea,
  parseProjectFile,
  serializeProject,
  type LocalizedText,
  type Project,
} from '../../shared/model/index.ts';

/**
 * The starter projects offered on the welcome screen: each must open without
 * errors, be saved in canonical form (so opening and saving one shows no
 * diff) and be complete enough to publish a policy from.
 */

const startersDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates/starters');

interface StarterEntry {
  id: string;
  file: string;
  title: string;
  description: string;
}

const index = JSON.parse(readFileSync(path.join(startersDir, 'index.json'), 'utf8')) as StarterEntry[];

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
  project.scope.services.forEach((s, i) => out.push([`scope.services[${i}]`, s]));
  project.dataCategories.forEach((c, i) => {
    const at = `dataCategories[${i}]`;
    out.push([`${at}.name`, c.name], [`${at}.retention`, c.retention]);
    c.examples.forEach((e, j) => out.push([`${at}.examples[${j}]`, e]));
    c.purposes.forEach((p, j) => out.push([`${at}.purposes[${j}]`, p]));
    if (c.legitimateInterest !== undefined) out.push([`${at}.legitimateInterest`, c.legitimateInterest]);
    if (c.sourceDetail !== undefined) out.push([`${at}.sourceDetail`, c.sourceDetail]);
  });
  project.processors.forEach((p, i) => out.push([`processors[${i}].activity`, p.activity]));
  project.cookies.forEach((c, i) => out.push([`cookies[${i}].purpose`, c.purpose], [`cookies[${i}].duration`, c.duration]));
  project.changeLog.forEach((c, i) => out.push([`changeLog[${i}].summary`, c.summary]));
  project.security.measures.forEach((m, i) => out.push([`security.measures[${i}]`, m]));
  if (project.automatedDecisions.description !== undefined) {
    out.push(['automatedDecisions.description', project.automatedDecisions.description]);
  }
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
    expect(project.processors.length, 'processors').toBeGreaterThan(0);
    expect(project.cookies.length, 'cookies').toBeGreaterThan(0);
    expect(project.security.measures.length, 'security.measures').toBeGreaterThan(0);
    expect(project.changeLog.length, 'changeLog').toBeGreaterThan(0);
    const latest = [...project.changeLog.map((c) => c.date)].sort().at(-1);
    expect(project.effectiveDate, 'effectiveDate should be the date of the latest change').toBe(latest);
    project.dataCategories.forEach((c, i) => {
      const at = `dataCategories[${i}]`;
      expect(c.examples.length, `${at}.examples`).toBeGreaterThan(0);
      if (c.legalBasis === 'legitimate-interests') expect(c.legitimateInterest, `${at}.legitimateInterest`).toBeDefined();
      if (c.source === 'third-party' || c.source === 'public') expect(c.sourceDetail, `${at}.sourceDetail`).toBeDefined();
    });
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

  it('is coherent', () => {
    const { project } = readStarter(file);
    const gdpr = project.jurisdictions.some((j) => j === 'EU' || j === 'UK' || j === 'CH');
    const categories = new Set(project.cookies.map((c) => c.category));
    const optionalCookies = [...categories].some((c) => c !== 'necessary');
    if (optionalCookies && gdpr) {
      expect(project.dataCategories.some((c) => c.legalBasis === 'consent'), 'optional cookies without a consent-based category').toBe(true);
    }
    if (categories.has('marketing')) {
      expect(project.marketing.directMarketing || project.dataSales.sharesForAdvertising, 'marketing cookies without marketing').toBe(true);
    }
    if (project.dataSales.sharesForAdvertising) expect(categories.has('marketing'), 'sharing for ads without marketing cookies').toBe(true);
    if (project.marketing.directMarketing) expect(project.marketing.channels.length, 'marketing.channels').toBeGreaterThan(0);
    if (gdpr) {
      for (const p of project.processors) {
        if (!isInEea(p.country) && p.country !== 'GB' && p.country !== 'CH') {
          expect(p.safeguard, `transfer safeguard of ${p.name} (${p.country})`).not.toBe('none');
        }
      }
    }
    const outsideEu = !isInEea(project.company.address.country);
    if (outsideEu && project.jurisdictions.includes('EU')) {
      expect(project.company.representatives.eu, 'company.representatives.eu').toBeDefined();
    }
  });
});

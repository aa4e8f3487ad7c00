import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentLanguage } from '../../../shared/model/languages.ts';
import { textFor } from '../../../shared/model/localized.ts';
import { parseProjectFile } from '../../../shared/model/project-file.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { TEMPLATES_DIR } from '../../../shared/node/template-files.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { generatePolicy, type GeneratedPolicy } from '../../../shared/pipeline.ts';

/** Shared by the export tests that open our files the way readers do (HTML checker, LibreOffice, PDF viewer). */

export const STARTERS_DIR = join(TEMPLATES_DIR, 'starters');

export interface Starter {
  id: string;
  file: string;
  project: Project;
}

/** Every starter project listed in templates/starters/index.json, parsed. */
export function loadStarters(): Starter[] {
  const index = JSON.parse(readFileSync(join(STARTERS_DIR, 'index.json'), 'utf8')) as { id: string; file: string }[];
  return index.map(({ id, file }) => {
    const result = parseProjectFile(readFileSync(join(STARTERS_DIR, file), 'utf8'));
    if (!result.ok) throw new Error(`${file} does not parse: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    return { id, file: join(STARTERS_DIR, file), project: result.project };
  });
}

/** One starter in one of its languages, through the one pipeline. */
export interface StarterPolicy {
  starter: Starter;
  lang: DocumentLanguage;
  policy: GeneratedPolicy;
  /** `<starter>.<lang>`, for file names and messages. */
  key: string;
}

/** Every starter in every one of its languages. */
export function starterPolicies(starters: readonly Starter[] = loadStarters()): StarterPolicy[] {
  return starters.flatMap((starter) =>
    starter.project.languages.map((lang) => ({ starter, lang, policy: generatePolicy(starter.project, lang, nodeEnv), key: `${starter.id}.${lang}` })),
  );
}

/** The section headings a reader must find, from the document language's messages (`section.<id>`). */
export function sectionHeadings(policy: GeneratedPolicy): string[] {
  return policy.plan.sections.filter((s) => s.id !== 'title').map((s) => policy.context.message(`section.${s.id}`));
}

/**
 * The facts of a project a reader must find in its policy, in `lang`: the
 * company's legal name, every recipient (processors and the others alike),
 * every cookie, data category and activity's purpose, every legal obligation
 * named, and every change-log summary.
 */
export function projectFacts(project: Project, lang: DocumentLanguage): { what: string; text: string }[] {
  return [
    { what: 'company.legalName', text: project.company.legalName },
    ...project.recipients.map((r, i) => ({ what: `recipients[${i}].name`, text: r.name })),
    ...project.cookies.map((c, i) => ({ what: `cookies[${i}].name`, text: c.name })),
    ...project.dataCategories.map((c, i) => ({ what: `dataCategories[${i}].name`, text: textFor(c.name, lang) })),
    ...project.activities.map((a, i) => ({ what: `activities[${i}].purpose`, text: textFor(a.purpose, lang) })),
    ...project.activities.flatMap((a, i) =>
      a.legalBases.flatMap((b, j) => (b.obligation === undefined ? [] : [{ what: `activities[${i}].legalBases[${j}].obligation`, text: textFor(b.obligation, lang) }])),
    ),
    ...project.changeLog.map((c, i) => ({ what: `changeLog[${i}].summary`, text: textFor(c.summary, lang) })),
  ];
}

/** Text as readers extract it, compared without regard to how spaces and line breaks fall. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u00ad]+/g, ' ').trim();
}

/** The facts (and headings) missing from an extracted text, named so a failure says what is gone. */
export function missingFrom(extracted: string, expected: readonly { what: string; text: string }[]): string[] {
  const haystack = normalizeSpace(extracted);
  return expected.filter((e) => !haystack.includes(normalizeSpace(e.text))).map((e) => `${e.what}: "${e.text}"`);
}

/** True when `command` runs (an external tool the test needs); CI installs them, a laptop may not have them. */
export function hasTool(command: string, args: readonly string[] = ['--version']): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore', timeout: 30_000 });
  return result.error === undefined;
}

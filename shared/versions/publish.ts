import { hashContent } from '../document/hash.ts';
import type { DocumentLanguage } from '../model/languages.ts';
import type { LocalizedText, Project } from '../model/schema.ts';
import { generatePolicy, type PipelineEnv } from '../pipeline.ts';
import { describeDiff } from './describe-diff.ts';
import { factsDiff } from './facts-diff.ts';
import { hasVersionMessages, versionMessage } from './messages.ts';
import { latestVersion, versionProject } from './version-project.ts';
import { snapshotHash } from './verify.ts';
import type { PublishedVersion, VersionSnapshot } from './version-schema.ts';

export interface PublishOptions {
  /** The publication day, YYYY-MM-DD: the change-log entry's date and so the policy's "last updated". */
  date: string;
  /** An internal note kept with the version; never printed in the policy. */
  note?: string;
  /** The languages whose rendered document is hashed; by default the project's languages. */
  langs?: readonly DocumentLanguage[];
  /**
   * The change-log entry as the user edited it; by default the proposal
   * (`proposeChangeLog`). `null` adds no entry (a first version of a policy
   * whose history is already in the change log).
   */
  summary?: LocalizedText | null;
}

/** "v1" for the first version, then one more than the highest id so far. */
export function nextVersionId(project: Project): string {
  const numbers = (project.versions ?? []).map((v) => Number(v.id.slice(1)));
  return `v${Math.max(0, ...numbers) + 1}`;
}

/**
 * What changed since `previous` (the last published version; none for a
 * first version) as one change-log sentence in `lang`:
 * "Added Whereby AS (Norway) for video classes. We now keep support
 * conversations for three years instead of two."
 */
export function proposeChangeLogEntry(previous: Project | undefined, current: Project, lang: DocumentLanguage): string {
  const lines = previous ? describeDiff(factsDiff(previous, current), lang) : [versionMessage(lang, 'first')];
  return lines.map((line) => (/[.!?]$/.test(line) ? line : `${line}.`)).join(' ');
}

/**
 * The proposal in every language of `langs` that has its own wording
 * (`templates/<lang>/versions.json`). A language without one is left out,
 * so the export names it as a text to translate instead of printing English
 * in, say, the German policy; when none has wording, English is used for the
 * first language.
 */
export function proposeChangeLog(previous: Project | undefined, current: Project, langs: readonly DocumentLanguage[] = current.languages): LocalizedText {
  const out: Partial<Record<DocumentLanguage, string>> = {};
  for (const lang of langs) if (hasVersionMessages(lang)) out[lang] = proposeChangeLogEntry(previous, current, lang);
  if (Object.keys(out).length === 0) out[langs[0] ?? current.languages[0]!] = proposeChangeLogEntry(previous, current, 'en');
  return out;
}

/** The facts and overrides as they are stored in a version: a plain JSON copy, without the versions themselves. */
function snapshotOf(project: Project): VersionSnapshot {
  const { versions: _versions, $schema: _schema, ...facts } = project;
  return JSON.parse(JSON.stringify(facts)) as VersionSnapshot;
}

/** The project of the last published version that can be trusted, if any (an edited one is skipped: it is reported elsewhere). */
function previousProject(project: Project): Project | undefined {
  const versions = project.versions ?? [];
  for (let i = versions.length - 1; i >= 0; i--) {
    const read = versionProject(project, versions[i]!.id);
    if (read.ok) return read.project;
  }
  return undefined;
}

/**
 * Publishes the project as it is: appends the change-log entry (the one
 * given, else the proposal), then records a version holding a snapshot of
 * the facts and overrides, its hash, and the hash of each language's
 * rendered document. Returns the new project; the caller saves it.
 * Throws when the date is earlier than the last published version's.
 */
export function publishVersion(project: Project, options: PublishOptions, env: PipelineEnv): Project {
  const last = latestVersion(project);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.date)) throw new Error(`expected the publication date as YYYY-MM-DD, got "${options.date}"`);
  if (last && options.date < last.date) throw new Error(`${options.date} is before ${last.id}, published ${last.date}: a new version cannot be dated earlier`);
  const previous = previousProject(project);
  const firstWithHistory = previous === undefined && project.changeLog.length > 0;
  const summary = options.summary !== undefined ? options.summary : firstWithHistory ? null : proposeChangeLog(previous, project);
  const withEntry: Project = summary === null ? project : { ...project, changeLog: [...project.changeLog, { date: options.date, summary }] };
  const snapshot = snapshotOf(withEntry);
  const documents: Partial<Record<DocumentLanguage, string>> = {};
  const snapshotProject = { ...withEntry, versions: undefined };
  for (const lang of options.langs ?? project.languages) documents[lang] = hashContent(generatePolicy(snapshotProject, lang, env).document);
  const note = options.note?.trim();
  const version: PublishedVersion = {
    id: nextVersionId(project),
    date: options.date,
    ...(note ? { note } : {}),
    hash: snapshotHash(snapshot),
    documents,
    snapshot,
  };
  return { ...withEntry, versions: [...(project.versions ?? []), version] };
}

import type { PolicyDocument } from '../../shared/document/types.ts';
import { diffDocuments } from '../../shared/export/redline/index.ts';
import type { DocumentLanguage, Project } from '../../shared/model/index.ts';
import { generatePolicy, type PipelineEnv } from '../../shared/pipeline.ts';
import { describeEntry, factsDiff, latestVersion, resolveVersionRef, verifyVersions, versionProject, type ChangeKind, type PublishedVersion, type VersionRead } from '../../shared/versions/api.ts';
import { versionMessage } from '../../shared/versions/messages.ts';

/** What the compare view shows: two states of the project, each a published version id ("v2") or "working". */
export interface CompareSelection {
  from: string;
  to: string;
}

/** One line of the facts diff in plain words, with what kind of change it is (for its badge). */
export interface FactsLine {
  change: ChangeKind;
  text: string;
}

export type Comparison =
  | {
      ok: true;
      /** The facts diff, worded in the pane's language (English where that language has no wording yet). */
      lines: FactsLine[];
      /** The newer document with the older one's text kept: `redlineInsertion` / `redlineDeletion` marks. */
      redline: PolicyDocument;
    }
  | { ok: false; message: string };

/** The comparison a user most often wants: the last trusted version against the working copy; null when there is none. */
export function defaultSelection(project: Project): CompareSelection | null {
  const untrusted = new Set(verifyVersions(project).map((p) => p.id));
  const trusted = (project.versions ?? []).filter((v) => !untrusted.has(v.id));
  const last = trusted[trusted.length - 1] ?? latestVersion(project);
  return last ? { from: last.id, to: 'working' } : null;
}

/** The facts diff of `from` → `to` as lines: one per change, badge by kind; customised wording counted in one line. */
export function factsLines(from: Project, to: Project, lang: DocumentLanguage): FactsLine[] {
  const diff = factsDiff(from, to);
  const lines = diff.entries.flatMap((e) => (e.field === 'wording' ? [] : describeEntry(e, diff, lang).map((text) => ({ change: e.change, text }))));
  const wording = diff.entries.filter((e) => e.field === 'wording').length;
  if (wording > 0) lines.push({ change: 'changed', text: wording === 1 ? versionMessage(lang, 'wording.one') : versionMessage(lang, 'wording.other', { count: String(wording) }) });
  return lines;
}

/**
 * Reads both sides and builds the facts diff and the redline in `lang`.
 * `working` is the project as it is now, which must be valid; a version
 * edited by hand since it was published is refused with the reason.
 */
export function compareVersions(project: Project, working: Project | null, selection: CompareSelection, lang: DocumentLanguage, env: PipelineEnv): Comparison {
  const read = (ref: string): VersionRead => {
    if (ref !== 'working') return resolveVersionRef(project, ref);
    if (!working) return { ok: false, message: 'the working copy has fields to fix first (see the form)' };
    return resolveVersionRef(working, 'working');
  };
  const from = read(selection.from);
  if (!from.ok) return from;
  const to = read(selection.to);
  if (!to.ok) return to;
  try {
    const before = generatePolicy(from.project, lang, env).document;
    const after = generatePolicy(to.project, lang, env).document;
    return { ok: true, lines: factsLines(from.project, to.project, lang), redline: diffDocuments(before, after) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The versions a user can pick, newest first. */
export function pickableVersions(project: Project): PublishedVersion[] {
  return [...(project.versions ?? [])].reverse();
}

/** The last published version that can be trusted, read as a project: what a new version is proposed against. */
export function lastTrustedVersion(project: Project): { version: PublishedVersion; project: Project } | null {
  const versions = project.versions ?? [];
  for (let i = versions.length - 1; i >= 0; i--) {
    const read = versionProject(project, versions[i]!.id);
    if (read.ok && read.version) return { version: read.version, project: read.project };
  }
  return null;
}

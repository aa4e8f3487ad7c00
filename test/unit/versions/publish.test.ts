import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hashContent } from '../../../shared/document/hash.ts';
import { parseProjectFile, serializeProject } from '../../../shared/model/project-file.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { generatePolicy } from '../../../shared/pipeline.ts';
import { plan } from '../../../shared/plan/plan.ts';
import { describeDiff, factsDiff, publishVersion, snapshotHash, verifyVersions, versionProject, type VersionSnapshot } from '../../../shared/versions/api.ts';
import { buildProject } from '../../fixtures/project-builder.ts';

const whereby = { id: 'whereby', name: 'Whereby AS', role: 'processor' as const, activity: 'Video classes', storedIn: ['NO'], accessedFrom: [], transfers: {} };

/** Saves and opens the project again, as the app and the CLI do between commands. */
function reopen(project: Project): Project {
  const parsed = parseProjectFile(serializeProject(project));
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return parsed.project;
}

function edited(project: Project): Project {
  return {
    ...project,
    recipients: [...project.recipients, whereby],
    activities: project.activities.map((a) => (a.id === 'security' ? { ...a, retention: { kind: 'period' as const, amount: 3, unit: 'years' as const, from: 'collection' as const } } : a)),
  };
}

describe('publish → edit → compare', () => {
  const v1 = reopen(publishVersion(buildProject(), { date: '2025-01-10', note: 'Sent to the client' }, nodeEnv));

  it('records v1 with a snapshot, its hash and each language’s document hash, and the file reads back', () => {
    const [version] = v1.versions!;
    expect(version).toMatchObject({ id: 'v1', date: '2025-01-10', note: 'Sent to the client' });
    expect(Object.keys(version!.documents)).toEqual(['en', 'sv']);
    expect(version!.snapshot.schemaVersion).toBe(3);
    expect(version!.snapshot).not.toHaveProperty('versions');
    expect(verifyVersions(v1)).toEqual([]);
    // Regenerating the version gives the very document that was published.
    const read = versionProject(v1, 'v1');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    for (const lang of ['en', 'sv'] as const) expect(hashContent(generatePolicy(read.project, lang, nodeEnv).document)).toBe(version!.documents[lang]);
  });

  it('adds no change-log entry to a first version whose history is already written', () => {
    expect(v1.changeLog).toEqual(buildProject().changeLog);
  });

  it('diffs the edited working copy against v1, then v2 proposes that change as its change-log entry, dated, in each language', () => {
    const working = edited(v1);
    const base = versionProject(working, 'v1');
    if (!base.ok) throw new Error(base.message);
    expect(describeDiff(factsDiff(base.project, working), 'en')).toEqual(['Added Whereby AS (Norway) for video classes', 'We now keep usage data used for “Keeping the service secure” for three years instead of 13 months']);
    const v2 = reopen(publishVersion(working, { date: '2025-02-01' }, nodeEnv));
    expect(v2.versions!.map((v) => v.id)).toEqual(['v1', 'v2']);
    const entry = v2.changeLog.at(-1)!;
    expect(entry.date).toBe('2025-02-01');
    expect(entry.summary).toMatchObject({ en: expect.stringMatching(/^Added Whereby AS \(Norway\) for video classes\. We now keep usage data/) as unknown, sv: expect.stringMatching(/^Lagt till Whereby AS \(Norge\) för/) as unknown });
    // "Last updated" follows the published version; v1 still shows its own date.
    expect(plan(v2).common.policy.lastUpdated).toBe('2025-02-01');
    const old = versionProject(v2, 'v1');
    expect(old.ok && plan(old.project).common.policy.lastUpdated).toBe('2024-06-15');
    // Between the two versions the same diff; from v2 to the working copy none.
    const from = versionProject(v2, 'v1');
    const to = versionProject(v2, 'v2');
    if (!from.ok || !to.ok) throw new Error('versions unreadable');
    expect(describeDiff(factsDiff(from.project, to.project), 'en')[0]).toBe('Added Whereby AS (Norway) for video classes');
    expect(describeDiff(factsDiff(to.project, v2), 'en')).toEqual(['No change to the facts']);
  });

  it('refuses a date before the last version', () => {
    expect(() => publishVersion(v1, { date: '2024-12-31' }, nodeEnv)).toThrow(/before v1, published 2025-01-10/);
  });

  it('leaves a project without versions as it was: no versions field in the file, last updated from the change log', () => {
    const project = buildProject();
    expect(serializeProject(project)).not.toContain('"versions"');
    expect(plan(project).common.policy.lastUpdated).toBe('2024-06-15');
  });
});

describe('a published version edited by hand', () => {
  const published = reopen(publishVersion(buildProject(), { date: '2025-01-10' }, nodeEnv));

  it('is reported, and never used for a comparison', () => {
    // A person changes the recipient's name inside the published snapshot (the last occurrence: `versions` is written last).
    const text = serializeProject(published);
    const at = text.lastIndexOf('"name": "Hetzner Online GmbH"');
    expect(at).toBeGreaterThan(text.indexOf('"versions"'));
    const tampered = parseProjectFile(`${text.slice(0, at)}"name": "Hetzner Online GmbH (edited)"${text.slice(at + '"name": "Hetzner Online GmbH"'.length)}`);
    if (!tampered.ok) throw new Error('invalid');
    const problems = verifyVersions(tampered.project);
    expect(problems).toEqual([expect.objectContaining({ id: 'v1', path: 'versions[0].snapshot', kind: 'edited' })]);
    expect(problems[0]!.message).toMatch(/changed after it was published/);
    const read = versionProject(tampered.project, 'v1');
    expect(read.ok).toBe(false);
  });

  it('is not reported for a change of key order or indentation', () => {
    const raw = JSON.parse(serializeProject(published)) as { versions: { snapshot: Record<string, unknown> }[] };
    const snapshot = raw.versions[0]!.snapshot;
    raw.versions[0]!.snapshot = Object.fromEntries(Object.entries(snapshot).reverse());
    const reordered = parseProjectFile(JSON.stringify(raw));
    expect(reordered.ok && verifyVersions(reordered.project)).toEqual([]);
  });
});

describe('migration of a project with versions', () => {
  it('reads a version 1 snapshot inside a version 3 file through the migrations, without rewriting it', () => {
    const v1Text = readFileSync('test/fixtures/v1/saas-sweden.policy', 'utf8');
    const snapshot = JSON.parse(v1Text) as VersionSnapshot;
    expect(snapshot.schemaVersion).toBe(1);
    const working = buildProject();
    const project = reopen({ ...working, versions: [{ id: 'v1', date: '2024-04-02', hash: snapshotHash(snapshot), documents: {}, snapshot }] });
    expect(verifyVersions(project)).toEqual([]);
    const read = versionProject(project, 'v1');
    if (!read.ok) throw new Error(read.message);
    expect(read.project.schemaVersion).toBe(3);
    expect(read.project.company.legalName).toBe((snapshot.company as { legalName: string }).legalName);
    expect(read.migrationNotes.length).toBeGreaterThan(0);
    // It stays stored as version 1, byte for byte, and a save keeps it so.
    expect(reopen(project).versions![0]!.snapshot.schemaVersion).toBe(1);
    expect(serializeProject(reopen(project))).toBe(serializeProject(project));
    // And it compares with the working copy like any other version.
    expect(describeDiff(factsDiff(read.project, project), 'en').length).toBeGreaterThan(0);
  });
});

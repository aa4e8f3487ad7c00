import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../shared/cli/main.ts';
import type { CliIo } from '../../../shared/cli/io.ts';
import { parseProjectFile, serializeProject } from '../../../shared/model/project-file.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { buildProject } from '../../fixtures/project-builder.ts';

/** An in-process CLI over a fresh folder holding acme.policy; what it printed is kept. */
function workspace(project: Project = buildProject()) {
  const dir = mkdtempSync(join(tmpdir(), 'cli-versions-'));
  writeFileSync(join(dir, 'acme.policy'), serializeProject(project));
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: dir };
  const run = async (...args: string[]) => {
    out.length = 0;
    err.length = 0;
    const code = await runCli(args, io);
    return { code, out: out.join(''), err: err.join('') };
  };
  const read = (): Project => {
    const parsed = parseProjectFile(readFileSync(join(dir, 'acme.policy'), 'utf8'));
    if (!parsed.ok) throw new Error('acme.policy became invalid');
    return parsed.project;
  };
  const edit = (change: (p: Project) => Project) => writeFileSync(join(dir, 'acme.policy'), serializeProject(change(read())));
  return { dir, run, read, edit };
}

const addWhereby = (p: Project): Project => ({
  ...p,
  recipients: [...p.recipients, { id: 'whereby', name: 'Whereby AS', role: 'processor', activity: { en: 'Video classes', sv: 'Videolektioner' }, storedIn: ['NO'], accessedFrom: [], transfers: {} }],
  activities: p.activities.map((a, i) => (i === 0 ? { ...a, recipients: [...a.recipients, 'whereby'] } : a)),
});

describe('policy-studio publish and diff', () => {
  it('publishes, then diffs the edited working copy in English and Swedish, then publishes v2 with its change-log entry', async () => {
    const ws = workspace();
    const before = readFileSync(join(ws.dir, 'acme.policy'), 'utf8');
    const first = await ws.run('publish', 'acme.policy', '--date', '2025-01-10', '--note', 'Sent to the client');
    expect(first.code).toBe(0);
    expect(first.out).toContain('Published v1 (2025-01-10): Sent to the client. Wrote acme.policy; the previous file is kept as acme.policy.bak.');
    expect(readFileSync(join(ws.dir, 'acme.policy.bak'), 'utf8')).toBe(before);
    expect(ws.read().versions?.map((v) => v.id)).toEqual(['v1']);

    expect(await ws.run('publish', 'acme.policy', '--date', '2025-01-11')).toMatchObject({ code: 0, out: 'Nothing changed since v1 (published 2025-01-10); nothing was published.\n' });

    ws.edit(addWhereby);
    const en = await ws.run('diff', 'acme.policy');
    expect(en).toMatchObject({ code: 0, out: 'Changes from v1 (published 2025-01-10) to the working copy:\n  + Added Whereby AS (Norway) for video classes\n' });
    const sv = await ws.run('diff', 'acme.policy', '--from', 'v1', '--to', 'working', '--lang', 'sv');
    expect(sv.out).toContain('  + Lagt till Whereby AS (Norge) för videolektioner\n');

    const second = await ws.run('publish', 'acme.policy', '--date', '2025-02-01');
    expect(second.code).toBe(0);
    expect(second.out).toContain('Change-log entry (2025-02-01):\n  en: Added Whereby AS (Norway) for video classes.\n  sv: Lagt till Whereby AS (Norge) för videolektioner.\n');
    expect(ws.read().changeLog.at(-1)).toEqual({ date: '2025-02-01', summary: { en: 'Added Whereby AS (Norway) for video classes.', sv: 'Lagt till Whereby AS (Norge) för videolektioner.' } });
    expect((await ws.run('diff', 'acme.policy', '--from', 'v1', '--to', 'v2')).out).toContain('to v2 (published 2025-02-01):\n  + Added Whereby AS');
  });

  it('says what to do when nothing is published, a version does not exist, or an option is wrong', async () => {
    const ws = workspace();
    expect(await ws.run('diff', 'acme.policy')).toMatchObject({ code: 1, err: expect.stringContaining('nothing has been published yet') as unknown });
    await ws.run('publish', 'acme.policy', '--date', '2025-01-10');
    expect(await ws.run('diff', 'acme.policy', '--from', 'v7')).toMatchObject({ code: 1, err: 'acme.policy: there is no version "v7" (published: v1).\n' });
    expect((await ws.run('diff', 'acme.policy', '--from', 'latest')).code).toBe(2);
    expect((await ws.run('diff', 'acme.policy', '--lang', 'de')).code).toBe(2);
    expect((await ws.run('publish', 'acme.policy', '--date', '2025-02-30')).code).toBe(2);
    expect(await ws.run('publish', 'acme.policy', '--date', '2024-12-01')).toMatchObject({ code: 1, err: expect.stringContaining('is before v1, published 2025-01-10') as unknown });
  });

  it('warns of a version edited by hand and refuses to compare with it', async () => {
    const ws = workspace();
    await ws.run('publish', 'acme.policy', '--date', '2025-01-10');
    const text = readFileSync(join(ws.dir, 'acme.policy'), 'utf8');
    const at = text.lastIndexOf('"legalName": "Nordlys Software AB"');
    writeFileSync(join(ws.dir, 'acme.policy'), `${text.slice(0, at)}"legalName": "Someone Else AB"${text.slice(at + '"legalName": "Nordlys Software AB"'.length)}`);
    const r = await ws.run('diff', 'acme.policy');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^warning: acme\.policy: versions\[0\]\.snapshot: v1 \(published 2025-01-10\) was changed after it was published/m);
    expect(r.err).toMatch(/^acme\.policy: v1 was changed after it was published .*not used\.$/m);
  });
});

describe('policy-studio export --compare', () => {
  it('writes a tracked-changes Word file and an HTML redline per language', async () => {
    const ws = workspace();
    await ws.run('publish', 'acme.policy', '--date', '2025-01-10');
    ws.edit(addWhereby);
    // The fixture's texts are English only: Swedish would be refused as untranslated.
    const r = await ws.run('export', 'acme.policy', '--compare', 'v1', '--lang', 'en', '--format', 'docx,html', '--out', 'dist');
    expect(r).toMatchObject({ code: 0, out: `${join('dist', 'privacy-policy.en.redline-v1-working.docx')}\n${join('dist', 'privacy-policy.en.redline-v1-working.html')}\n` });
    const html = readFileSync(join(ws.dir, 'dist', 'privacy-policy.en.redline-v1-working.html'), 'utf8');
    expect(html).toMatch(/<ins>[^<]*Whereby AS/);
    expect(html).toContain('Working copy');
    const docx = unzipSync(readFileSync(join(ws.dir, 'dist', 'privacy-policy.en.redline-v1-working.docx')));
    const xml = strFromU8(docx['word/document.xml']!);
    expect(xml).toMatch(/<w:ins [^>]*w:author="Nordlys Software AB"/);
    expect(xml).toContain('Whereby AS');
  });

  it('refuses formats that cannot be a redline, and --to without --compare', async () => {
    const ws = workspace();
    await ws.run('publish', 'acme.policy', '--date', '2025-01-10');
    expect((await ws.run('export', 'acme.policy', '--compare', 'v1', '--format', 'pdf')).code).toBe(2);
    expect((await ws.run('export', 'acme.policy', '--to', 'v1')).code).toBe(2);
    expect(existsSync(join(ws.dir, 'dist'))).toBe(false);
  });
});

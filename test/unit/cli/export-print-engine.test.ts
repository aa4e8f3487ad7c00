import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../shared/cli/main.ts';
import { serializeProject } from '../../../shared/model/project-file.ts';
import { findPrintEngine } from '../../../shared/node/chromium-path.ts';
import { buildProject } from '../../fixtures/project-builder.ts';

/**
 * `export --format pdf` starts the browser before it reads the project, so
 * that it is ready sooner. Whichever way the command ends, the browser and
 * its temporary folder go with it.
 */

function cli(cwd: string) {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), cwd } };
}

/** The print engine's folders (`policy-studio-print-…`) in this file's own temporary folder (other test files print at the same time). */
const printFolders = () => readdirSync(tmpdir()).filter((f) => f.startsWith('policy-studio-print-'));

describe.skipIf(!findPrintEngine())('policy-studio export --format pdf and its print engine', () => {
  const savedTmp = process.env.TMPDIR;
  beforeAll(() => {
    process.env.TMPDIR = mkdtempSync(join(tmpdir(), 'export-print-engine-'));
  });
  afterAll(() => {
    const own = tmpdir();
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
    rmSync(own, { recursive: true, force: true });
  });

  it('a project that is not valid: one clear line, nothing written, no browser folder left', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'export-pdf-'));
    await writeFile(join(dir, 'broken.policy'), '{');
    const { out, io } = cli(dir);
    expect(await runCli(['export', 'broken.policy', '--format', 'pdf', '--out', 'dist'], io)).toBe(1);
    expect(out.stderr).toMatch(/broken\.policy is not a valid project/);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    expect(printFolders()).toEqual([]);
  }, 60_000);

  it('a project with texts missing in a language asked for: refused, no browser folder left', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'export-pdf-'));
    const base = buildProject({ languages: ['en', 'sv'] });
    // A category named in English only.
    const project = { ...base, dataCategories: [...base.dataCategories, { ...base.dataCategories[0]!, id: 'only-english', name: { en: 'Loyalty card number' } }] };
    await writeFile(join(dir, 'acme.policy'), serializeProject(project));
    const { out, io } = cli(dir);
    expect(await runCli(['export', 'acme.policy', '--lang', 'en,sv', '--format', 'pdf', '--out', 'dist'], io)).toBe(1);
    expect(out.stderr).toMatch(/not translated into every language asked for; nothing was exported/);
    expect(out.stderr).toMatch(/dataCategories\[\d+\]\.name \(sv\): missing/);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    expect(printFolders()).toEqual([]);
  }, 60_000);

  it('a good project: the PDFs are written, and the browser folder is gone when the command returns', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'export-pdf-'));
    await writeFile(join(dir, 'acme.policy'), serializeProject(buildProject({ languages: ['en'] })));
    const { out, io } = cli(dir);
    expect(await runCli(['export', 'acme.policy', '--lang', 'en', '--format', 'pdf,md', '--out', 'dist'], io)).toBe(0);
    expect(out.stdout.trim().split('\n')).toEqual([join('dist', 'privacy-policy.en.pdf'), join('dist', 'privacy-policy.en.md')]);
    expect(readFileSync(join(dir, 'dist', 'privacy-policy.en.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(printFolders()).toEqual([]);
  }, 60_000);
});

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../shared/cli/main.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');
const STARTER = join(ROOT, 'templates/starters/mobile-app.policy');

/**
 * `policy-studio export` writes each file beside its name as soon as it is
 * made and puts them in place only when every one is ready: an export that
 * fails part-way (here its PDF, the browser being a program that quits at
 * once) leaves the folder exactly as it was.
 */
async function failingExport(out: string): Promise<{ code: number; stderr: string }> {
  try {
    await run(process.execPath, [join(ROOT, 'bin/policy-studio.cjs'), 'export', STARTER, '--format', 'md,docx,pdf', '--out', out, '--allow-untranslated'], {
      env: { ...process.env, POLICY_STUDIO_CHROMIUM: '/bin/false' },
    });
    return { code: 0, stderr: '' };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

describe('policy-studio export: all files or none', () => {
  it('a failed export keeps the files already in the folder and leaves nothing of its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-all-or-nothing-'));
    writeFileSync(join(dir, 'privacy-policy.en.md'), 'last week’s policy');
    const { code, stderr } = await failingExport(dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Export failed: The PDF privacy-policy\.en\.pdf could not be printed/m);
    expect(readdirSync(dir)).toEqual(['privacy-policy.en.md']);
    expect(readFileSync(join(dir, 'privacy-policy.en.md'), 'utf8')).toBe('last week’s policy');
  }, 60_000);

  it('a failed export into a folder that did not exist does not create it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-all-or-nothing-'));
    const { code } = await failingExport(join(dir, 'dist', 'policies'));
    expect(code).toBe(1);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  }, 60_000);

  it('an --out that is a file, or inside one: one line naming it, exit 1, nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-all-or-nothing-'));
    writeFileSync(join(dir, 'dist'), 'not a folder');
    for (const out of ['dist', join('dist', 'policies')]) {
      let stderr = '';
      const io = { stdout: () => undefined, stderr: (t: string) => void (stderr += t), cwd: dir };
      expect(await runCli(['export', STARTER, '--format', 'md', '--out', out, '--allow-untranslated'], io)).toBe(1);
      expect(stderr.trim().split('\n')).toEqual([
        out === 'dist' ? '--out: "dist" is a file; name a folder to write the exported files into' : `--out: "${out}" is inside ${join(dir, 'dist')}, which is a file; name a folder to write the exported files into`,
      ]);
    }
    expect(readdirSync(dir)).toEqual(['dist']);
    expect(readFileSync(join(dir, 'dist'), 'utf8')).toBe('not a folder');
  });
});

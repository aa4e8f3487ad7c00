import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.ts';
import { parseProjectFile } from '../../shared/model/project-file.ts';
// @ts-expect-error: a plain CommonJS module next to the launcher, without type declarations
import { bundleIsFresh } from '../../bin/bundle-freshness.cjs';

const fresh = bundleIsFresh as (root: URL) => boolean;

function fakeRepo(builtAt: number, sourceTime: number): URL {
  const dir = mkdtempSync(join(tmpdir(), 'cli-launcher-'));
  mkdirSync(join(dir, 'out/cli'), { recursive: true });
  mkdirSync(join(dir, 'shared'), { recursive: true });
  writeFileSync(join(dir, 'shared/a.ts'), 'export {};');
  utimesSync(join(dir, 'shared/a.ts'), sourceTime / 1000, sourceTime / 1000);
  writeFileSync(join(dir, 'out/cli/inputs.json'), JSON.stringify({ builtAt, hash: '0123456789abcdef', inputs: ['shared/a.ts'] }));
  return pathToFileURL(`${dir}/`);
}

describe('the policy-studio launcher', () => {
  it('uses the bundle only while no source is newer than it', () => {
    const now = Date.now();
    expect(fresh(fakeRepo(now, now - 60_000))).toBe(true);
    expect(fresh(fakeRepo(now, now + 60_000))).toBe(false);
  });

  it('runs the sources when there is no bundle or its list is damaged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-launcher-'));
    expect(fresh(pathToFileURL(`${dir}/`))).toBe(false);
    mkdirSync(join(dir, 'out/cli'), { recursive: true });
    writeFileSync(join(dir, 'out/cli/inputs.json'), '{ not json');
    expect(fresh(pathToFileURL(`${dir}/`))).toBe(false);
  });

  it('answers the same from the bundle and from the sources', async () => {
    await buildCli();
    const run = (env: Record<string, string>) =>
      execFileSync(process.execPath, ['bin/policy-studio.cjs', 'validate', 'templates/starters/mobile-app.policy'], { encoding: 'utf8', env: { ...process.env, ...env } });
    const fromBundle = run({});
    expect(fromBundle).toMatch(/mobile-app\.policy is valid/);
    expect(run({ POLICY_STUDIO_FROM_SOURCE: '1' })).toBe(fromBundle);
    // The bundle finds the templates from its own location, as the sources do: the same policy comes out.
    const exported = (env: Record<string, string>, out: string) => {
      execFileSync(process.execPath, ['bin/policy-studio.cjs', 'export', 'templates/starters/mobile-app.policy', '--format', 'md', '--out', out, '--allow-untranslated'], { env: { ...process.env, ...env } });
      return readFileSync(join(out, 'privacy-policy.en.md'), 'utf8');
    };
    const dir = mkdtempSync(join(tmpdir(), 'cli-launcher-'));
    const viaBundle = exported({}, join(dir, 'bundle'));
    expect(viaBundle).toContain('# Privacy policy');
    expect(exported({ POLICY_STUDIO_FROM_SOURCE: '1' }, join(dir, 'source'))).toBe(viaBundle);
  }, 60_000);

  describe('migrate and schema, as a user runs them', () => {
    const launcher = resolve('bin/policy-studio.cjs');
    const v1File = resolve('test/fixtures/v1/online-shop-us-eu.policy');
    /** Runs the launcher from the sources in `cwd`; the bundle gives the same answers (checked above). */
    const cli = (cwd: string, ...args: string[]) =>
      execFileSync(process.execPath, [launcher, ...args], { cwd, encoding: 'utf8', env: { ...process.env, POLICY_STUDIO_FROM_SOURCE: '1' } });

    it('migrates a v1 file in place, printing each note and keeping the v1 file as .bak', () => {
      const dir = mkdtempSync(join(tmpdir(), 'cli-migrate-'));
      copyFileSync(v1File, join(dir, 'acme.policy'));
      const out = cli(dir, 'migrate', 'acme.policy');
      expect(out).toMatch(/^acme\.policy: migrated from format version 1 to 3; check these \d+:\n/);
      expect(out).toMatch(/^ {2}- recipients\[\]\.role: every v1 processor became a recipient/m);
      expect(out).toMatch(/^ {2}- activities\[\]\.sells, activities\[\]\.sharesForAdvertising: /m);
      expect(out).toContain('Wrote acme.policy; the version 1 file is kept as acme.policy.bak.');
      expect(readFileSync(join(dir, 'acme.policy.bak'), 'utf8')).toBe(readFileSync(v1File, 'utf8'));
      const written = readFileSync(join(dir, 'acme.policy'), 'utf8');
      const parsed = parseProjectFile(written);
      expect(parsed.ok && { migratedFrom: parsed.migratedFrom, version: parsed.project.schemaVersion }).toEqual({ migratedFrom: null, version: 3 });

      // Run again: the file is current, nothing is written, and that is not an error.
      expect(cli(dir, 'migrate', 'acme.policy')).toBe('acme.policy is already in format version 3; nothing to migrate, nothing written.\n');
      expect(readFileSync(join(dir, 'acme.policy'), 'utf8')).toBe(written);
      expect(readFileSync(join(dir, 'acme.policy.bak'), 'utf8')).toBe(readFileSync(v1File, 'utf8'));
    }, 30_000);

    it('migrates to --out, leaving the v1 file alone, and never overwrites --out', () => {
      const dir = mkdtempSync(join(tmpdir(), 'cli-migrate-'));
      copyFileSync(v1File, join(dir, 'acme.policy'));
      expect(cli(dir, 'migrate', 'acme.policy', '--out', 'acme-v2.policy')).toMatch(/Wrote acme-v2\.policy; acme\.policy is unchanged\.\n$/);
      expect(readFileSync(join(dir, 'acme.policy'), 'utf8')).toBe(readFileSync(v1File, 'utf8'));
      expect(existsSync(join(dir, 'acme.policy.bak'))).toBe(false);
      expect(JSON.parse(readFileSync(join(dir, 'acme-v2.policy'), 'utf8'))).toMatchObject({ schemaVersion: 3 });
      const again = (() => {
        try {
          cli(dir, 'migrate', 'acme.policy', '--out', 'acme-v2.policy');
          return { status: 0, stderr: '' };
        } catch (error) {
          return error as { status: number; stderr: string };
        }
      })();
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('acme-v2.policy already exists');
    }, 30_000);

    it('prints the JSON Schema that is committed as schema/policy.schema.json', () => {
      const printed = cli(process.cwd(), 'schema');
      expect(printed).toBe(readFileSync('schema/policy.schema.json', 'utf8'));
      expect(JSON.parse(printed)).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' });
    }, 30_000);

    it('lists migrate and schema in its help', () => {
      const help = cli(process.cwd(), 'help');
      expect(help).toMatch(/^ {2}migrate <file> \[--out <new file>\]/m);
      expect(help).toMatch(/^ {2}schema /m);
    }, 30_000);
  });
});

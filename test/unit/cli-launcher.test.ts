import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.ts';
// @ts-expect-error: a plain .mjs module next to the launcher, without type declarations
import { bundleIsFresh } from '../../bin/bundle-freshness.mjs';

const fresh = bundleIsFresh as (root: URL) => boolean;

function fakeRepo(builtAt: number, sourceTime: number): URL {
  const dir = mkdtempSync(join(tmpdir(), 'cli-launcher-'));
  mkdirSync(join(dir, 'out/cli'), { recursive: true });
  mkdirSync(join(dir, 'shared'), { recursive: true });
  writeFileSync(join(dir, 'shared/a.ts'), 'export {};');
  utimesSync(join(dir, 'shared/a.ts'), sourceTime / 1000, sourceTime / 1000);
  writeFileSync(join(dir, 'out/cli/inputs.json'), JSON.stringify({ builtAt, inputs: ['shared/a.ts'] }));
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
      execFileSync(process.execPath, ['bin/policy-studio.mjs', 'validate', 'templates/starters/mobile-app.policy'], { encoding: 'utf8', env: { ...process.env, ...env } });
    const fromBundle = run({});
    expect(fromBundle).toMatch(/mobile-app\.policy is valid/);
    expect(run({ POLICY_STUDIO_FROM_SOURCE: '1' })).toBe(fromBundle);
    // The bundle finds the templates from its own location, as the sources do: the same policy comes out.
    const exported = (env: Record<string, string>, out: string) => {
      execFileSync(process.execPath, ['bin/policy-studio.mjs', 'export', 'templates/starters/mobile-app.policy', '--format', 'md', '--out', out], { env: { ...process.env, ...env } });
      return readFileSync(join(out, 'privacy-policy.en.md'), 'utf8');
    };
    const dir = mkdtempSync(join(tmpdir(), 'cli-launcher-'));
    const viaBundle = exported({}, join(dir, 'bundle'));
    expect(viaBundle).toContain('# Privacy policy');
    expect(exported({ POLICY_STUDIO_FROM_SOURCE: '1' }, join(dir, 'source'))).toBe(viaBundle);
  }, 60_000);
});

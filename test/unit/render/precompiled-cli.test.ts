import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../../scripts/build-cli.ts';
import { DOCUMENT_LANGUAGES } from '../../../shared/model/languages.ts';

/**
 * The CLI bundle as built, run as a process: it finds the precompiled
 * templates beside itself and loads only the languages an export asks for.
 * Built into a folder of its own (two below the repository, like out/cli/,
 * so it finds templates/ the same way), not to disturb out/cli/.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const OUT = join(ROOT, 'out/test-precompiled-cli');
const STARTER = join(ROOT, 'templates/starters/saas-sweden.policy');

let work = '';
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'precompiled-cli-'));
  await buildCli(join(OUT, 'policy-studio.mjs'), join(OUT, 'inputs.json'));
}, 120_000);
afterAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Runs the bundle with `args`; returns the precompiled template files the process required, in order. */
function runBundle(args: readonly string[]): string[] {
  const hook = join(work, 'log-precompiled.cjs');
  // Every require of a CommonJS file goes through Module._load: note those of precompiled templates.
  writeFileSync(
    hook,
    `const Module = require('node:module'); const load = Module._load;
Module._load = function (request, ...rest) { if (/precompiled-templates/.test(request)) process.stderr.write('PRECOMPILED ' + request + '\\n'); return load.call(this, request, ...rest); };`,
  );
  const script = `const { runCli } = await import(${JSON.stringify(pathToFileURL(join(OUT, 'policy-studio.mjs')).href)});
process.exitCode = await runCli(${JSON.stringify(args)}, { stdout: () => {}, stderr: (t) => process.stderr.write(t), cwd: ${JSON.stringify(work)} });`;
  const { stderr } = spawn(['--require', hook, '--input-type=module', '-e', script]);
  return [...stderr.matchAll(/^PRECOMPILED (.+)$/gm)].map((m) => m[1]!.split(/[\\/]/).pop()!);
}

/** Runs node with `args`; throws with what it printed when it fails. */
function spawn(args: string[]): { stderr: string } {
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (run.status !== 0) throw new Error(`the bundle exited ${run.status}: ${run.stderr}`);
  return { stderr: run.stderr };
}

describe('the CLI bundle and its precompiled templates', () => {
  it('writes one file per document language beside the bundle', () => {
    expect(readdirSync(join(OUT, 'precompiled-templates')).sort()).toEqual(DOCUMENT_LANGUAGES.map((l) => `${l}.cjs`).sort());
  });

  it('loads only the languages an export asks for, and none for a command that renders nothing', () => {
    expect(runBundle(['export', STARTER, '--lang', 'sv', '--format', 'md', '--out', 'one', '--allow-untranslated'])).toEqual(['sv.cjs']);
    expect(existsSync(join(work, 'one', 'privacy-policy.sv.md'))).toBe(true);
    expect(runBundle(['export', STARTER, '--lang', 'en,sv', '--format', 'md', '--out', 'two', '--allow-untranslated']).sort()).toEqual(['en.cjs', 'sv.cjs']);
    expect(runBundle(['validate', STARTER])).toEqual([]);
    expect(readFileSync(join(work, 'one', 'privacy-policy.sv.md'), 'utf8')).toMatch(/^# Integritetspolicy/);
  }, 60_000);
});

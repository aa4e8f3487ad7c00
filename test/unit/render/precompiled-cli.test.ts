import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../../scripts/build-cli.ts';
import { DOCUMENT_LANGUAGES } from '../../../shared/model/languages.ts';
import { findPrintEngine } from '../../../shared/node/chromium-path.ts';
// @ts-expect-error: a plain CommonJS module next to the launcher, without type declarations
import { codeCachePath as cachePathOf } from '../../../bin/cli-bundle.cjs';

const codeCachePath = cachePathOf as (bundle: string, hash: string) => string;

/**
 * The CLI bundle as built, run as a process: it finds the precompiled
 * templates beside itself and loads only the languages an export asks for.
 * Built into a folder of its own (two below the repository, like out/cli/,
 * so it finds templates/ the same way), not to disturb out/cli/.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const OUT = join(ROOT, 'out/test-precompiled-cli');
const BUNDLE = join(OUT, 'policy-studio.cjs');
const STARTER = join(ROOT, 'templates/starters/saas-sweden.policy');
const LOADER = pathToFileURL(join(ROOT, 'bin/cli-bundle.cjs')).href;
/** The hash the build recorded for the bundle, which names its code cache. */
const builtHash = (): string => (JSON.parse(readFileSync(join(OUT, 'inputs.json'), 'utf8')) as { hash: string }).hash;

/** A script for `node --input-type=module -e` that runs `args` through the bundle at `bundle` as the launcher does, printing `CACHE <state>` and saving the cache. */
function launcherScript(bundle: string, hash: string, args: readonly string[], cwd: string): string {
  return `const { loadCliBundle } = await import(${JSON.stringify(LOADER)});
const bundle = loadCliBundle(${JSON.stringify(bundle)}, ${JSON.stringify(hash)});
process.stderr.write('CACHE ' + bundle.cache + '\\n');
process.exitCode = await bundle.exports.runCli(${JSON.stringify(args)}, { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), cwd: ${JSON.stringify(cwd)} });
bundle.saveCodeCache();`;
}

let work = '';
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'precompiled-cli-'));
  await buildCli(BUNDLE, join(OUT, 'inputs.json'));
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
  const { stderr } = spawn(['--require', hook, '--input-type=module', '-e', launcherScript(BUNDLE, builtHash(), args, work)]);
  return [...stderr.matchAll(/^PRECOMPILED (.+)$/gm)].map((m) => m[1]!.split(/[\\/]/).pop()!);
}

/** Runs node with `args`; throws with what it printed when it fails. */
function spawn(args: string[]): { stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (run.status !== 0) throw new Error(`the bundle exited ${run.status}: ${run.stderr}`);
  return { stdout: run.stdout, stderr: run.stderr };
}

/** Runs `args` through `bundle` as the launcher does: what it printed, and what became of the code cache. */
function launch(bundle: string, hash: string, args: readonly string[]): { stdout: string; cache: string } {
  const { stdout, stderr } = spawn(['--input-type=module', '-e', launcherScript(bundle, hash, args, work)]);
  return { stdout, cache: /^CACHE (\w+)$/m.exec(stderr)?.[1] ?? '(not reported)' };
}

describe('the CLI bundle and its precompiled templates', () => {
  it('is ASCII alone, so V8 holds its source one byte per character', () => {
    expect(readFileSync(BUNDLE).findIndex((byte) => byte > 0x7f)).toBe(-1);
  });

  it('formats no stack trace as it loads: one would make V8 find every line end of the 4 MB bundle', () => {
    // prosemirror-model tells V8 by a stack trace's text as it loads; the build gives it V8's answer (build-cli.ts).
    const hook = join(work, 'count-stack-traces.cjs');
    writeFileSync(hook, `let n = 0; Error.prepareStackTrace = (e, frames) => { n++; return String(e) + frames.map((f) => '\\n    at ' + f).join(''); };
process.on('exit', () => process.stderr.write('STACK TRACES ' + n + '\\n'));`);
    const { stdout, stderr } = spawn(['--require', hook, '--input-type=module', '-e', launcherScript(BUNDLE, builtHash(), ['validate', STARTER], work)]);
    expect(stdout).toMatch(/is valid/);
    expect(/^STACK TRACES (\d+)$/m.exec(stderr)?.[1]).toBe('0');
  });

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

describe("the CLI bundle's code cache", () => {
  const validate = ['validate', STARTER];

  it('is written by the build, for this bundle and this Node, and used by the next command', () => {
    expect(existsSync(codeCachePath(BUNDLE, builtHash()))).toBe(true);
    const run = launch(BUNDLE, builtHash(), validate);
    expect(run.cache).toBe('accepted');
    expect(run.stdout).toMatch(/saas-sweden\.policy is valid/);
  }, 60_000);

  it.skipIf(!findPrintEngine())('prints a PDF when compiled from the cache: what a PDF loads on first use still loads', () => {
    const run = launch(BUNDLE, builtHash(), ['export', STARTER, '--lang', 'en', '--format', 'pdf', '--out', 'pdf']);
    expect(run.cache).toBe('accepted');
    expect(readFileSync(join(work, 'pdf', 'privacy-policy.en.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);

  it('is refused when damaged: the command still runs, and the cache is written anew', () => {
    const dir = mkdtempSync(join(OUT, 'damaged-'));
    const bundle = join(dir, 'policy-studio.cjs');
    copyFileSync(BUNDLE, bundle);
    copyFileSync(codeCachePath(BUNDLE, builtHash()), codeCachePath(bundle, builtHash()));
    const cache = readFileSync(codeCachePath(bundle, builtHash()));
    // The header V8 checks (its version, the flags, the source), as a cache of another Node would differ.
    cache.fill(0x5a, 0, 16);
    writeFileSync(codeCachePath(bundle, builtHash()), cache);
    const damaged = launch(bundle, builtHash(), validate);
    expect(damaged.cache).toBe('rejected');
    expect(damaged.stdout).toMatch(/saas-sweden\.policy is valid/);
    expect(launch(bundle, builtHash(), validate).cache).toBe('accepted');
  }, 60_000);

  it("is never offered to another bundle, even one of the same length: that bundle's own output comes out", () => {
    const dir = mkdtempSync(join(OUT, 'other-'));
    const bundle = join(dir, 'policy-studio.cjs');
    const source = readFileSync(BUNDLE, 'utf8');
    // Same length, other behaviour: the summary says "is fine" where it said "is valid".
    const edited = source.replace('is valid:', 'is fine: ');
    expect(edited).not.toBe(source);
    expect(edited.length).toBe(source.length);
    writeFileSync(bundle, edited);
    copyFileSync(codeCachePath(BUNDLE, builtHash()), codeCachePath(bundle, builtHash()));
    const otherHash = createHash('sha256').update(edited).digest('hex').slice(0, 16);
    const run = launch(bundle, otherHash, validate);
    expect(run.cache).toBe('none');
    expect(run.stdout).toMatch(/saas-sweden\.policy is fine: /);
  }, 60_000);
});

#!/usr/bin/env node
// The policy-studio command. Runs the bundle `npm ci` built (scripts/build-cli.ts)
// when it is at least as new as every source it was built from; otherwise the
// TypeScript sources directly through tsx, so it works right after `npm ci`,
// with no build step, and never runs stale code.
//
// CommonJS, as the bundle is: a launcher written as an ES module had Node set up
// its ES module loader first, about 10 ms of every command (an empty .mjs file
// against an empty .cjs one), though the bundle never uses it.
'use strict';
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { freshBundle } = require('./bundle-freshness.cjs');
const { loadCliBundle } = require('./cli-bundle.cjs');

const root = join(__dirname, '..');
const io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
};

async function main() {
  // POLICY_STUDIO_FROM_SOURCE=1 skips the bundle, e.g. to compare both ways.
  const built = process.env.POLICY_STUDIO_FROM_SOURCE ? null : freshBundle(pathToFileURL(`${root}/`));
  if (built) {
    const bundle = loadCliBundle(join(root, 'out/cli/policy-studio.cjs'), built.hash);
    process.exitCode = await bundle.exports.runCli(process.argv.slice(2), io);
    bundle.saveCodeCache();
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    const { runCli } = await import(pathToFileURL(join(root, 'shared/cli/main.ts')).href);
    process.exitCode = await runCli(process.argv.slice(2), io);
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});

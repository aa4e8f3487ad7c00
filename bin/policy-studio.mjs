#!/usr/bin/env node
// The policy-studio command. Runs the bundle `npm ci` built (scripts/build-cli.ts)
// when it is at least as new as every source it was built from; otherwise the
// TypeScript sources directly through tsx, so it works right after `npm ci`,
// with no build step, and never runs stale code.
import { fileURLToPath } from 'node:url';
import { freshBundle } from './bundle-freshness.mjs';
import { loadCliBundle } from './cli-bundle.mjs';

const root = new URL('../', import.meta.url);
const io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
};

// POLICY_STUDIO_FROM_SOURCE=1 skips the bundle, e.g. to compare both ways.
const built = process.env.POLICY_STUDIO_FROM_SOURCE ? null : freshBundle(root);
if (built) {
  const bundle = loadCliBundle(fileURLToPath(new URL('out/cli/policy-studio.cjs', root)), built.hash);
  process.exitCode = await bundle.exports.runCli(process.argv.slice(2), io);
  bundle.saveCodeCache();
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { runCli } = await import('../shared/cli/main.ts');
  process.exitCode = await runCli(process.argv.slice(2), io);
}

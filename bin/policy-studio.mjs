#!/usr/bin/env node
// The policy-studio command. Runs the bundle `npm ci` built (scripts/build-cli.ts)
// when it is at least as new as every source it was built from; otherwise the
// TypeScript sources directly through tsx, so it works right after `npm ci`,
// with no build step, and never runs stale code.
import { bundleIsFresh } from './bundle-freshness.mjs';

const root = new URL('../', import.meta.url);

let runCli;
// POLICY_STUDIO_FROM_SOURCE=1 skips the bundle, e.g. to compare both ways.
if (!process.env.POLICY_STUDIO_FROM_SOURCE && bundleIsFresh(root)) {
  ({ runCli } = await import(new URL('out/cli/policy-studio.mjs', root).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ runCli } = await import('../shared/cli/main.ts'));
}
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});

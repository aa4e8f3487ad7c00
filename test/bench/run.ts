import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import { buildCli, CLI_BUNDLE } from '../../scripts/build-cli.ts';
import { buildBenchSections } from './build-sections.ts';
import { SECTIONS } from './sections.ts';
import { mib } from './stats.ts';

/**
 * `npm run bench`: prints figures for the speed targets. Nothing is asserted:
 * timings on a shared machine vary too much for a pass/fail line.
 *
 * Each section runs in a Node process of its own (test/bench/section.ts), as
 * a user runs one of these things at a time: a section's garbage, JIT state
 * and caches neither slow nor swell the next, and each section's peak
 * memory is its own. The bench's peak memory is the largest of them.
 * With --expose-gc, for the pipeline section's reading of the heap left in
 * use and of what a run allocates (it forces collections only for those).
 */

// The whole-process figures are of the CLI as installed: the bundle, built afresh from the sources as they are now
// (bin/policy-studio.cjs would otherwise run the sources through tsx whenever one is newer than the bundle).
const inputs = await buildCli();
console.log(`Built ${relative(process.cwd(), CLI_BUNDLE)} from ${inputs.length} sources for the whole-process figures`);
// The in-process figures are of the code as esbuild builds it for the app, not as tsx runs it (build-sections.ts).
const sections = await buildBenchSections();

const PEAK = /^PEAK_RSS_BYTES (\d+)$/m;
const peaks: { name: string; bytes: number }[] = [];
for (const section of SECTIONS) {
  console.log(`\n== ${section.title} ==`);
  // stdout streams through; the child reports its peak on stderr, which is passed on but for that line.
  const run = spawnSync(process.execPath, ['--expose-gc', sections, section.name], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  const stderr = run.stderr ?? '';
  process.stderr.write(stderr.replace(PEAK, '').trimEnd() + (stderr.replace(PEAK, '').trim() ? '\n' : ''));
  if (run.status !== 0) {
    console.log(`  (the section failed: exit ${run.status})`);
    process.exitCode = 1;
    continue;
  }
  const bytes = Number(PEAK.exec(stderr)?.[1] ?? NaN);
  peaks.push({ name: section.name, bytes });
  console.log(`  (peak memory of this section's process, RSS: ${mib(bytes)})`);
}
const largest = peaks.reduce((a, b) => (b.bytes > a.bytes ? b : a), { name: '(none)', bytes: 0 });
console.log(`\nPeak memory of the bench (RSS of the largest section's process, ${largest.name}): ${mib(largest.bytes)} (target ≤ 300 MiB); by section: ${peaks.map((p) => `${p.name} ${mib(p.bytes)}`).join(', ')}`);

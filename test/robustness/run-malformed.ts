import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMalformedFiles } from './malformed-files.ts';

/**
 * `npm run robustness`: the malformed-file fuzz at full size (2,000 files;
 * ROBUSTNESS_FILES and ROBUSTNESS_SEED change it), printing its counts.
 * Exits 1 when anything crashed, hung, lost its path or changed an input.
 */
const count = Number(process.env.ROBUSTNESS_FILES ?? 2000);
const seed = Number(process.env.ROBUSTNESS_SEED ?? 12);
const folder = await mkdtemp(join(tmpdir(), 'policy-studio-fuzz-'));
const started = performance.now();
try {
  const counts = await runMalformedFiles({ seed, count, folder, onProgress: (n) => n % 250 === 0 && process.stderr.write(`  ${n}/${count}\n`) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`malformed files (seed ${seed}): ${counts.files} files in ${seconds} s — ${counts.valid} valid and exported to every format, ${counts.invalid} refused`);
  console.log(`  crashes ${counts.crashes} · over 10 s ${counts.slow} · errors without a path ${counts.errorsWithoutPath} · errors not on one line ${counts.multilineErrors} · input files modified ${counts.modifiedInputs}`);
  for (const failure of counts.failures) console.log(`  ${failure}`);
  process.exitCode = counts.crashes + counts.slow + counts.errorsWithoutPath + counts.multilineErrors + counts.modifiedInputs === 0 ? 0 : 1;
} finally {
  await rm(folder, { recursive: true, force: true });
}

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { malformedFile, runMalformedFiles } from './malformed-files.ts';

/** 200 files in `npm test`; ROBUSTNESS_FULL=1 runs the full 2,000 (as `npm run robustness` does). */
const COUNT = process.env.ROBUSTNESS_FULL ? 2000 : 200;

describe('malformed project files', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'policy-studio-fuzz-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('makes the same files for the same seed, and different ones for another', () => {
    expect(malformedFile(12, 7)).toEqual(malformedFile(12, 7));
    expect(malformedFile(12, 7).bytes).not.toEqual(malformedFile(13, 7).bytes);
  });

  it(`${COUNT} files through validate and every exporter: no crash, no hang, every error one line with a path, no input changed`, { timeout: COUNT * 1000 }, async () => {
    const counts = await runMalformedFiles({ seed: 12, count: COUNT, folder });
    console.log(`malformed files: ${counts.files} (${counts.valid} valid and exported, ${counts.invalid} refused)`);
    expect(counts.failures).toEqual([]);
    expect({ crashes: counts.crashes, slow: counts.slow, errorsWithoutPath: counts.errorsWithoutPath, multilineErrors: counts.multilineErrors, modifiedInputs: counts.modifiedInputs }).toEqual({
      crashes: 0,
      slow: 0,
      errorsWithoutPath: 0,
      multilineErrors: 0,
      modifiedInputs: 0,
    });
    // The fuzz must reach both sides: files that pass to the exporters, and files that are refused.
    expect(counts.valid).toBeGreaterThan(COUNT / 10);
    expect(counts.invalid).toBeGreaterThan(COUNT / 2);
  });
});

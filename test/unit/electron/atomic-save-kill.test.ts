import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProjectFile, serializeProject } from '../../../shared/model/index.ts';
import { baseProjectInput, buildProject } from '../../fixtures/project-builder.ts';
import { useTempDirs } from './temp-dir.ts';

const tempDir = useTempDirs();

const WORKER = join(import.meta.dirname, 'atomic-save-worker.ts');
const RUNS = 30;
const PARALLEL = 3;
const MAX_DELAY_MS = 200;

/**
 * The worker compiled once to plain JavaScript (with esbuild, which tsx runs
 * on): starting `node --import tsx` thirty times costs half a second or more
 * each, most of this test's time, and the code that runs is the same.
 */
async function bundleWorker(dir: string): Promise<string> {
  const outfile = join(dir, 'atomic-save-worker.mjs');
  await build({ entryPoints: [WORKER], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent' });
  return outfile;
}

/** A project of a few megabytes, so that a write takes long enough to be interrupted. */
function largeProjectText(tag: string, processors: number): string {
  return serializeProject(
    buildProject({
      company: { ...buildProject().company, legalName: `Kill Test ${tag} AB` },
      recipients: Array.from({ length: processors }, (_, i) => ({
        id: `processor-${i}`,
        name: `Processor ${tag} ${i}`,
        role: 'processor' as const,
        activity: `Hosting and backups for region ${i % 17}, with a description long enough to add some weight`,
        storedIn: [i % 3 === 0 ? 'US' : 'DE'],
        transfers: i % 3 === 0 ? { eu: { mechanism: 'scc' as const } } : {},
      })),
      activities: baseProjectInput().activities!.map((a) => ({ ...a, recipients: [] })),
    }),
  );
}

interface RunResult {
  delay: number;
  target: string;
  backup: string | null;
  files: string[];
}

/** Starts a worker that saves A and B alternately over a file holding A, kills it after `delay` ms, and reads what is left. */
async function killDuringSaves(worker: string, dir: string, a: string, b: string, delay: number): Promise<RunResult> {
  const target = join(dir, 'project.policy');
  await writeFile(target, await readFile(a, 'utf8'));
  const child = spawn(process.execPath, [worker, target, a, b], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`worker exited early (${code}): ${stderr}`)));
  });
  await new Promise((resolve) => setTimeout(resolve, delay));
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  const files = await readdir(dir);
  const backup = files.includes('project.policy.bak') ? await readFile(`${target}.bak`, 'utf8') : null;
  return { delay, target: await readFile(target, 'utf8'), backup, files };
}

describe('atomic save under SIGKILL', () => {
  it(`leaves the old or the new complete file, never a partial one (${RUNS} kills)`, { timeout: 60_000 }, async () => {
    const versions = await tempDir();
    const a = join(versions, 'a.policy');
    const b = join(versions, 'b.policy');
    const textA = largeProjectText('A', 8_000);
    const textB = largeProjectText('B', 9_000);
    expect(parseProjectFile(textA).ok && parseProjectFile(textB).ok).toBe(true);
    expect(textA.length).toBeGreaterThan(1_000_000);
    await writeFile(a, textA);
    await writeFile(b, textB);
    const worker = await bundleWorker(versions);

    const results: RunResult[] = [];
    for (let start = 0; start < RUNS; start += PARALLEL) {
      const batch = Array.from({ length: Math.min(PARALLEL, RUNS - start) }, async () =>
        killDuringSaves(worker, await tempDir(), a, b, Math.floor(Math.random() * MAX_DELAY_MS)),
      );
      results.push(...(await Promise.all(batch)));
    }

    for (const run of results) {
      const which = run.target === textA ? 'A' : run.target === textB ? 'B' : null;
      expect(which, `after a kill at ${run.delay} ms the file is neither version (${run.target.length} bytes)`).not.toBeNull();
      if (run.backup !== null) expect([textA, textB], `backup after a kill at ${run.delay} ms`).toContain(run.backup);
      // Only the target, its backup and temporary files of the interrupted write may be there.
      for (const name of run.files) expect(name).toMatch(/^(project\.policy(\.bak)?|\.project\.policy(\.bak)?\.\d+\.[0-9a-f]+\.tmp)$/);
    }
    // The kills did land while saves were under way, not before the first one.
    const interrupted = results.filter((r) => r.backup !== null).length;
    expect(interrupted).toBeGreaterThanOrEqual(RUNS / 3);
  });
});

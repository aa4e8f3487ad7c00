import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProjectFile, serializeProject } from '../../../shared/model/index.ts';
import { writeFileAtomic } from '../../../shared/node/files/atomic-write.ts';
import { baseProjectInput, buildProject } from '../../fixtures/project-builder.ts';
import { useTempDirs } from './temp-dir.ts';

const tempDir = useTempDirs();

const WORKER = join(import.meta.dirname, 'atomic-save-worker.ts');
/** 30 kills in `npm test`; `npm run robustness:kill` (ROBUSTNESS_FULL=1) kills 300 saves, or ROBUSTNESS_KILLS of them. */
const RUNS = Number(process.env.ROBUSTNESS_KILLS ?? (process.env.ROBUSTNESS_FULL ? 300 : 30));
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
        // Long texts rather than more rows: the schema allows 2,500 recipients (shared/model/limits.ts).
        activity: `Hosting and backups for region ${i % 17}, with a description long enough to add some weight. `.repeat(4),
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
  /** After the app's next save of version A over what the kill left. */
  next: { target: string; backup: string | null; files: string[] };
}

const isTemp = (name: string): boolean => name.endsWith('.tmp');

/**
 * Starts a worker that saves A and B alternately over a file holding A, kills
 * it after `delay` ms and reads what is left; then saves A once more, as the
 * user's next save would, and reads the folder again. The folder is deleted
 * at once: a few megabytes per run, hundreds of runs.
 */
async function killDuringSaves(worker: string, a: string, b: string, delay: number): Promise<RunResult> {
  const dir = await mkdtemp(join(tmpdir(), 'policy-studio-kill-'));
  try {
    return await killInFolder(worker, dir, a, b, delay);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function killInFolder(worker: string, dir: string, a: string, b: string, delay: number): Promise<RunResult> {
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
  const read = async () => {
    const files = await readdir(dir);
    const backup = files.includes('project.policy.bak') ? await readFile(`${target}.bak`, 'utf8') : null;
    return { target: await readFile(target, 'utf8'), backup, files };
  };
  const afterKill = await read();
  await writeFileAtomic(target, await readFile(a, 'utf8'));
  return { delay, ...afterKill, next: await read() };
}

describe('atomic save under SIGKILL', () => {
  it(`leaves the old or the new complete file, never a partial one, and no temporary file after the next save (${RUNS} kills)`, { timeout: Math.max(60_000, RUNS * 2_000) }, async () => {
    const versions = await tempDir();
    const a = join(versions, 'a.policy');
    const b = join(versions, 'b.policy');
    const textA = largeProjectText('A', 2_300);
    const textB = largeProjectText('B', 2_450);
    expect(parseProjectFile(textA).ok && parseProjectFile(textB).ok).toBe(true);
    expect(textA.length).toBeGreaterThan(1_000_000);
    await writeFile(a, textA);
    await writeFile(b, textB);
    const worker = await bundleWorker(versions);

    const results: RunResult[] = [];
    for (let start = 0; start < RUNS; start += PARALLEL) {
      const batch = Array.from({ length: Math.min(PARALLEL, RUNS - start) }, async () => killDuringSaves(worker, a, b, Math.floor(Math.random() * MAX_DELAY_MS)));
      results.push(...(await Promise.all(batch)));
    }

    const counts = {
      kills: results.length,
      // A backup exists only once a save got past writing its temporary file.
      'landed mid-save': results.filter((r) => r.backup !== null).length,
      'left version A': results.filter((r) => r.target === textA).length,
      'left version B': results.filter((r) => r.target === textB).length,
      'left a partial file': results.filter((r) => r.target !== textA && r.target !== textB).length,
      'left temporary files': results.filter((r) => r.files.some(isTemp)).length,
      'temporary files after the next save': results.reduce((n, r) => n + r.next.files.filter(isTemp).length, 0),
    };
    console.log(`atomic save under SIGKILL: ${JSON.stringify(counts)}`);

    // Every run is checked and every fault listed, so that one report shows them all.
    const faults = results.flatMap((run) => {
      const at = `kill at ${run.delay} ms:`;
      const out: string[] = [];
      if (run.target !== textA && run.target !== textB) out.push(`${at} the file is neither version (${run.target.length} bytes)`);
      if (run.backup !== null && run.backup !== textA && run.backup !== textB) out.push(`${at} the backup is neither version`);
      // Only the target, its backup and temporary files of the interrupted write may be there.
      for (const name of run.files) if (!/^(project\.policy(\.bak)?|\.project\.policy(\.bak)?\.\d+\.[0-9a-f]+\.tmp)$/.test(name)) out.push(`${at} unexpected file ${name}`);
      // The next save writes A completely, keeps what was there as the backup, and clears the killed save's temporary files.
      if (run.next.target !== textA) out.push(`${at} the next save did not write A`);
      if (run.next.backup !== run.target) out.push(`${at} the next save's backup is not what the kill left`);
      for (const name of run.next.files) if (name !== 'project.policy' && name !== 'project.policy.bak') out.push(`${at} after the next save, ${name} is left`);
      return out;
    });
    expect(faults).toEqual([]);
    // The kills did land while saves were under way, not before the first one.
    expect(counts['landed mid-save']).toBeGreaterThanOrEqual(RUNS / 3);
  });
});

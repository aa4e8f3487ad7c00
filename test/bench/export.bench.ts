import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { exportBundle } from '../../shared/export/bundle.ts';
import { exportDocx } from '../../shared/export/docx/index.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/formats.ts';
import { exportStandaloneHtml } from '../../shared/export/html.ts';
import { serializeProject } from '../../shared/model/project-file.ts';
import { findPrintEngine } from '../../shared/node/chromium-path.ts';
import { nodeEnv } from '../../shared/node/env.ts';
import { loadLanguagePack } from '../../shared/node/template-files.ts';
import { nativeDeflateRaw, nodeWriters } from '../../shared/node/writers.ts';
import { generatePolicy } from '../../shared/pipeline.ts';
import type { PrecompiledPack } from '../../shared/render/precompiled.ts';
import { largeProject } from './large-project.ts';
import { peakRssEnv, peakRssOf } from './process-peak.ts';
import { fmt, median, mib, time } from './stats.ts';

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'bin/policy-studio.cjs');
/** Where `buildCli` (run by `npm run bench` first) writes the templates precompiled. */
const PRECOMPILED = join(ROOT, 'out/cli/precompiled-templates');

/** Measured runs of each process, after one warm-up: seven, as three gave medians 50 ms apart from run to run. */
const RUNS = 7;

/** One run of a process: wall time, and the CPU time it spent (user, and system), in ms; a Node process's peak memory. */
interface ProcessRun {
  wall: number;
  user: number;
  system: number;
  /** Bytes of resident memory at most, for a Node process (peakRssEnv). */
  peakRss?: number;
}

/** A process the bench times: a command and its arguments. */
interface TimedCommand {
  command: string;
  args: readonly string[];
  /** The environment, when not this process's own. */
  env?: NodeJS.ProcessEnv;
}

/**
 * This process's environment without NODE_EXTRA_CA_CERTS, or undefined where it is not set. Node reads every
 * certificate of that file as it starts, before any of our code runs (on this machine, which sets it for its
 * proxy, 49 ms of every start: 27 instead of 76 ms for an empty script); the CLI never opens a connection, and
 * a user's machine rarely sets it. The bench times the CLI both ways.
 */
function withoutExtraCaCerts(): NodeJS.ProcessEnv | undefined {
  if (!process.env.NODE_EXTRA_CA_CERTS) return undefined;
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

/**
 * Wall and CPU times of each command, run `runs` times after one unmeasured warm-up each (which also fills
 * tsx's transform cache); throws if one fails. The commands take turns, one run of each per round: this
 * machine's speed drifts by a third and more over a minute (its host is shared), and seven runs of one command
 * followed by seven of the next compared two different machines. Both wall and CPU time are printed: load
 * stretches wall time far more than the CPU time the process itself uses. Run under bash's `time`, which reads
 * the child's resource usage (Node's spawnSync does not give it).
 */
function timeInTurns(commands: readonly TimedCommand[], runs: number = RUNS): ProcessRun[][] {
  const once = ({ command, args, env: own }: TimedCommand): ProcessRun => {
    const t0 = performance.now();
    const env = command === process.execPath ? peakRssEnv(own) : (own ?? process.env);
    const run = spawnSync('bash', ['-c', 'TIMEFORMAT="@cpu %3U %3S"; time "$@"', 'bash', command, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env });
    const wall = performance.now() - t0;
    if (run.error) throw run.error;
    if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
    const cpu = /^@cpu ([\d.]+) ([\d.]+)$/m.exec(run.stderr);
    const peakRss = peakRssOf(run.stderr);
    return { wall, user: cpu ? Number(cpu[1]) * 1000 : NaN, system: cpu ? Number(cpu[2]) * 1000 : NaN, ...(peakRss === undefined ? {} : { peakRss }) };
  };
  commands.forEach(once);
  const results: ProcessRun[][] = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((command, c) => results[c]!.push(once(command)));
  return results;
}

const walls = (runs: readonly ProcessRun[]): number[] => runs.map((r) => r.wall);
const users = (runs: readonly ProcessRun[]): number[] => runs.map((r) => r.user);
/** CPU time, user + system: what the process costs on a loaded machine, where wall time mostly measures the others. */
const cpus = (runs: readonly ProcessRun[]): number[] => runs.map((r) => r.user + r.system);
/** Median wall time (min, max) and median CPU times of a process's runs. */
const processSummary = (runs: readonly ProcessRun[]): string => {
  const peaks = runs.flatMap((r) => (r.peakRss === undefined ? [] : [r.peakRss]));
  const peak = peaks.length ? `; peak memory (RSS) ${mib(Math.max(...peaks))}` : '';
  return `${summary(walls(runs))}; CPU: user ${fmt(median(users(runs)))}, system ${fmt(median(runs.map((r) => r.system)))}, user + system ${fmt(median(cpus(runs)))}${peak}`;
};

const summary = (ms: readonly number[]): string => `median ${fmt(median(ms))} (min ${fmt(Math.min(...ms))}, max ${fmt(Math.max(...ms))}, ${ms.length} runs)`;

/**
 * Issue "Word (DOCX) and PDF export": (a) the CLI's DOCX export of the large
 * project as a whole process, against pandoc converting our own standalone
 * HTML of it (target: ours ≤ 0.5× pandoc), with the CLI's start-up measured
 * apart from the export work; (b) every language × every format of the
 * large project, in-process.
 */
export async function benchExport(): Promise<void> {
  const project = largeProject();
  const dir = mkdtempSync(join(tmpdir(), 'bench-export-'));
  try {
    const policyFile = join(dir, 'large.policy');
    writeFileSync(policyFile, serializeProject(project));
    const { document, context } = generatePolicy(project, 'en', nodeEnv);
    const htmlFile = join(dir, 'large.en.html');
    writeFileSync(htmlFile, exportStandaloneHtml(document, context));
    console.log(`Large project: ${project.activities.length} activities, ${project.recipients.length} recipients, ${project.cookies.length} cookies, ${project.dataCategories.length} data categories; standalone HTML (en) ${mib(statSync(htmlFile).size)}`);

    // (a) Whole process: what a user or a build script waits for.
    const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
    const hasPandoc = !pandoc.error;
    const commands: TimedCommand[] = [
      { command: process.execPath, args: [CLI, 'export', policyFile, '--lang', 'en', '--format', 'docx', '--out', join(dir, 'cli-out')] },
      { command: process.execPath, args: [CLI, 'help'] },
      { command: process.execPath, args: ['-e', ''] },
      ...(hasPandoc ? [{ command: 'pandoc', args: ['-f', 'html', '-t', 'docx', '-o', join(dir, 'pandoc.docx'), htmlFile] }] : []),
    ];
    const userEnv = withoutExtraCaCerts();
    // Taking turns with the others, so that both ways are timed on the same machine.
    const asUsersRunIt: TimedCommand[] = userEnv ? [{ ...commands[0]!, env: userEnv }, { ...commands[2]!, env: userEnv }] : [];
    const timed = timeInTurns([...commands, ...asUsersRunIt]);
    const [ours, startup, bareNode] = timed as [ProcessRun[], ProcessRun[], ProcessRun[]];
    const theirs = hasPandoc ? timed[3] : undefined;
    const [oursAsUsers, bareNodeAsUsers] = userEnv ? timed.slice(-2) : [];
    console.log(`  CLI export --format docx (en), whole process: ${processSummary(ours)}, ${kib(statSync(join(dir, 'cli-out', 'privacy-policy.en.docx')).size)}`);
    console.log(`    of which start-up (node + the prebuilt CLI bundle, or tsx without one, + the CLI's modules: "policy-studio help"): ${processSummary(startup)}`);
    console.log(`    of which bare Node start (node -e ""): ${processSummary(bareNode)}; export work ≈ ${fmt(median(walls(ours)) - median(walls(startup)))} wall, ${fmt(median(users(ours)) - median(users(startup)))} user CPU`);
    // In-process: the first call pays for loading and JIT, as a one-shot CLI does; later calls are warm, as in the app.
    // With the quick page estimate, as the CLI and the app write DOCX (the exact layout of `docx/layout`, which the
    // estimatePageNumbers option asks for, is used by neither: not timed here, it took 4.5 s and most of this
    // section's memory).
    const runs: number[] = [];
    for (let i = 0; i < 4; i++) {
      const t0 = performance.now();
      // With zlib's deflate, as the CLI and the app's main process write DOCX.
      await exportDocx(document, context, { deflateRaw: nativeDeflateRaw });
      runs.push(performance.now() - t0);
    }
    const [first, ...warm] = runs;
    console.log(`    in-process exportDocx (en): first call ${fmt(first!)}, then median ${fmt(median(warm))}`);

    if (!theirs) {
      console.log('  pandoc not installed (Debian: apt-get install pandoc): no comparison');
    } else {
      const version = pandoc.stdout.split('\n')[0];
      console.log(`  ${version} -f html -t docx of our standalone HTML (runs taking turns with ours): ${processSummary(theirs)}, ${kib(statSync(join(dir, 'pandoc.docx')).size)}`);
      const ratio = median(walls(ours)) / median(walls(theirs));
      const cpuRatio = median(cpus(ours)) / median(cpus(theirs));
      console.log(`  ratio ours / pandoc: ${ratio.toFixed(2)}× wall, ${cpuRatio.toFixed(2)}× CPU user + system (target ≤ 0.5×)${cpuRatio <= 0.5 ? '' : ' — over target'}`);
      const perRound = median(ours.map((run, i) => run.wall / theirs[i]!.wall));
      console.log(`  ratio ours / pandoc round by round (each of ours beside the pandoc run after it), median: ${perRound.toFixed(2)}× wall`);
      console.log(`  ratio of the export work alone (start-up excluded) / pandoc: ${((median(walls(ours)) - median(walls(startup))) / median(walls(theirs))).toFixed(2)}× wall`);
      if (oursAsUsers && bareNodeAsUsers) {
        const userRatio = median(walls(oursAsUsers)) / median(walls(theirs));
        const userCpuRatio = median(cpus(oursAsUsers)) / median(cpus(theirs));
        console.log(`  as a user's machine runs it, without this machine's NODE_EXTRA_CA_CERTS (certificates Node reads as it starts; the CLI opens no connection): CLI export ${processSummary(oursAsUsers)}; bare Node start ${summary(walls(bareNodeAsUsers))}`);
        console.log(`  ratio ours / pandoc so: ${userRatio.toFixed(2)}× wall, ${userCpuRatio.toFixed(2)}× CPU user + system (target ≤ 0.5×)${userCpuRatio <= 0.5 ? '' : ' — over target'}`);
      }
    }

    // What the CLI build's precompiled templates save a one-shot export: rendering the large project the first time
    // in a language, with its templates precompiled and compiled from source. Precompiled first, so the second
    // benefits from the warmed-up Handlebars runtime and the figure understates the saving.
    for (const lang of project.languages.slice(0, 2)) {
      const firstRender = (pack: PrecompiledPack): number => {
        const t0 = performance.now();
        generatePolicy(project, lang, { languagePack: () => pack });
        return performance.now() - t0;
      };
      const precompiled = loadLanguagePack(lang, undefined, PRECOMPILED);
      const fromSource = loadLanguagePack(lang, undefined, join(dir, 'no-precompiled-templates'));
      const label = precompiled.precompiled ? `precompiled ${fmt(firstRender(precompiled))}` : `precompiled: none in ${relative(ROOT, PRECOMPILED)} (run scripts/build-cli.ts)`;
      console.log(`    first plan + render + document (${lang}): ${label}, compiled from source ${fmt(firstRender(fromSource))}`);
    }

    // (b) In-process: every language × every format, as the export dialog's "all" does. PDFs share one Chromium.
    const pdf = findPrintEngine() !== null;
    const formats: ExportFormat[] = EXPORT_FORMATS.filter((f) => pdf || f !== 'pdf');
    if (!pdf) console.log('  No Chromium: PDF left out of the in-process figures');
    const writers = nodeWriters();
    try {
      const bundle = async (only: readonly ExportFormat[]) => exportBundle({ project, langs: project.languages, formats: only, env: nodeEnv, writers });
      const all = await time(() => bundle(formats), 2, 1);
      const files = await bundle(formats);
      const bytes = files.reduce((n, f) => n + (typeof f.contents === 'string' ? Buffer.byteLength(f.contents) : f.contents.byteLength), 0);
      console.log(`  in-process bundle, ${project.languages.join(' + ')} × ${formats.join(', ')} (${files.length} files, ${mib(bytes)}): ${summary(all)}`);
      const parts: string[] = [];
      for (const format of formats) {
        const t0 = performance.now();
        await bundle([format]);
        parts.push(`${format} ${fmt(performance.now() - t0)}`);
      }
      console.log(`    by format (one run each, warm, browser already running): ${parts.join(', ')}`);
    } finally {
      await writers.close();
    }
    console.log(`  peak memory (RSS): ${mib(process.resourceUsage().maxRSS * 1024)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

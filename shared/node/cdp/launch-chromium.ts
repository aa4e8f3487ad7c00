import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { DISABLE_FEATURES_ARG } from '../chromium-features.ts';
import { pipeConnection, type CdpConnection, type PipeReader } from './pipe-connection.ts';

/**
 * Switches for a headless Chromium that prints our own pages and nothing
 * else: no network of its own (updates, sync, metrics, field trials), no
 * extensions or default apps, no first-run or crash-report machinery, no
 * throttling of pages printing in the background, and the browser-UI
 * features off (`DISABLE_FEATURES_ARG`). The sandbox is off, as
 * playwright-core has it by default: the pages are our own static HTML with
 * scripts disabled, and Chromium refuses to start sandboxed as root.
 */
export const PRINT_ENGINE_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-startup-window',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-field-trial-config',
  '--disable-sync',
  '--metrics-recording-only',
  '--disable-breakpad',
  '--disable-extensions',
  '--disable-component-extensions-with-background-pages',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-hang-monitor',
  '--password-store=basic',
  '--use-mock-keychain',
  '--no-service-autorun',
  '--force-color-profile=srgb',
  '--hide-scrollbars',
  '--mute-audio',
  DISABLE_FEATURES_ARG,
];

/** A running browser and the one connection to it. */
export interface LaunchedChromium {
  connection: CdpConnection;
  /** A folder of this browser's own, removed with it: its profile, and the pages it is given to load. */
  readonly folder: string;
  /** The browser's process id, for tests that look at its processes. */
  readonly pid: number | undefined;
  /** Kills the browser with every process it started, and removes its folder. */
  close(): Promise<void>;
}

/** How long one protocol command may take: a ×10 project's tagged print takes about 15 s on two cores. */
const COMMAND_TIMEOUT_MS = 180_000;
/** How long after its pipe closed a browser is given to be seen quitting, which names the failure better. */
const PIPE_CLOSE_GRACE_MS = 1_000;
/** The end of the browser's error output kept for a message should it fail: Chromium writes a lot there that is harmless. */
const STDERR_KEPT = 2_000;

function exited(child: ChildProcess): Promise<void> {
  // A process that never started (no pid) has nothing to wait for, and emits no exit.
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Kills the browser and every process it started. Its children (the
 * storage and network services among them) outlive a browser killed alone
 * by a few hundred milliseconds and write to the profile meanwhile, so the
 * folder could not be removed (ENOTEMPTY); they share its process group.
 */
function killProcessGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    if (process.platform !== 'win32') {
      process.kill(-child.pid, 'SIGKILL');
      return;
    }
  } catch {
    // The group is gone already, or was never made: the browser alone, below.
  }
  child.kill('SIGKILL');
}

/**
 * Starts Chromium at `executablePath` with `PRINT_ENGINE_ARGS` and the
 * DevTools protocol on a pipe (no port is opened), in a fresh profile
 * folder. Resolves once the browser answers; rejects with a message naming
 * the executable when it cannot be started.
 */
export async function launchChromium(executablePath: string, extraArgs: readonly string[] = []): Promise<LaunchedChromium> {
  const folder = mkdtempSync(join(tmpdir(), 'policy-studio-print-'));
  const removeFolder = () => rmSync(folder, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
  const child = spawn(executablePath, [...PRINT_ENGINE_ARGS, ...extraArgs, `--user-data-dir=${join(folder, 'profile')}`, '--remote-debugging-pipe'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    // A process group of its own, so that one signal stops its children too (killProcessGroup). Not on
    // Windows, where it would open a console window and has no process groups to kill.
    detached: process.platform !== 'win32',
  });
  const killBrowser = () => killProcessGroup(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEPT);
  });
  const [, , , toBrowser, fromBrowser] = child.stdio as [null, null, Readable, Writable, Readable];
  // The pipe closes a moment before the process is reaped: its end is reported a little later, so that the
  // browser's exit (below, with its code and last words) names the failure when it quit, as it nearly always has.
  const reader: PipeReader = {
    on: (event: 'data' | 'close', listener: ((chunk: Buffer) => void) & (() => void)) =>
      event === 'data' ? fromBrowser.on('data', listener) : fromBrowser.on('close', () => setTimeout(listener, PIPE_CLOSE_GRACE_MS).unref()),
  };
  const connection = pipeConnection(toBrowser, reader, { timeoutMs: COMMAND_TIMEOUT_MS });
  // A browser left running would keep printing nothing for ever: it goes when this process does, however that ends.
  const killOnExit = killBrowser;
  process.once('exit', killOnExit);
  const spawnFailed = new Promise<never>((_, reject) => {
    child.once('error', (error) => reject(new Error(`Chromium could not be started from ${executablePath}: ${error.message}`)));
  });
  child.once('exit', () => process.removeListener('exit', killOnExit));
  // On 'close', once its output is read to the end, so the message can quote its last words.
  child.once('close', (code, signal) => {
    const last = stderr.trim().split('\n').slice(-3).join(' / ');
    connection.fail(`Chromium quit (${signal ?? `exit code ${code}`})${last ? `: ${last}` : ''}`);
  });
  // Writing to a pipe whose reader is gone raises EPIPE on the stream: that failure is reported by the exit above.
  toBrowser.on('error', () => undefined);
  let closing: Promise<void> | undefined;
  /**
   * Killed rather than asked to quit: its profile is thrown away with the
   * folder, so a graceful shutdown (Browser.close, then the browser saving
   * its state and waiting for its children) only costs time, 70–80 ms at the
   * end of every export against 30–40 ms, with no process left either way.
   */
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      killBrowser();
      await exited(child);
      removeFolder();
    })());
  try {
    await Promise.race([connection.send('Browser.getVersion'), spawnFailed]);
  } catch (error) {
    killBrowser();
    await exited(child);
    removeFolder();
    throw error;
  }
  return { connection, folder, pid: child.pid, close };
}

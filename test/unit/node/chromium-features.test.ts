import { readdirSync, readFileSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DISABLED_CHROMIUM_FEATURES } from '../../../shared/node/chromium-features.ts';
import { findChromium, OFFLINE_CHROMIUM_ARGS } from '../../../shared/node/chromium-pdf.ts';

/** Chromium's processes below `root`, by pid, with their command lines (Chromium rewrites its own into one line). */
function processTree(root: number): Map<number, string> {
  const parent = new Map<number, number>();
  const command = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      command.set(Number(entry), readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' '));
    } catch {
      // The process ended while we read.
    }
  }
  const below = (pid: number): boolean => pid === root || (parent.has(pid) && pid > 1 && below(parent.get(pid)!));
  return new Map([...command].filter(([pid]) => below(pid)));
}

/** The features a browser runs with off, as it passes them on to its GPU process. */
async function disabledFeatures(server: BrowserServer): Promise<Set<string>> {
  // The GPU process starts a moment after the browser says it is ready.
  for (let tries = 0; tries < 100; tries++) {
    const gpu = [...processTree(server.process().pid!).values()].find((c) => c.includes('--type=gpu-process'));
    const list = gpu && /--disable-features=(\S*)/.exec(gpu)?.[1];
    if (list) return new Set(list.split(','));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the browser started no GPU process to read its features from');
}

const executablePath = findChromium();
const linux = process.platform === 'linux';

describe.skipIf(!executablePath || !linux)('the Chromium we start', () => {
  const servers: BrowserServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  const start = async (args?: string[]): Promise<BrowserServer> => {
    const server = await chromium.launchServer({ executablePath: executablePath!, args });
    servers.push(server);
    return server;
  };

  it("keeps every feature off that playwright-core's own launch turns off, and the address bar's popup too", async () => {
    const theirs = await disabledFeatures(await start(['--no-sandbox', '--disable-gpu']));
    const ours = await disabledFeatures(await start(OFFLINE_CHROMIUM_ARGS));
    expect(theirs.size).toBeGreaterThan(5);
    expect([...theirs].filter((f) => !ours.has(f))).toEqual([]);
    for (const feature of DISABLED_CHROMIUM_FEATURES) expect(ours).toContain(feature);
  }, 60_000);

  it('loads no browser UI page (the omnibox popup) beside the page it prints', async () => {
    const server = await start(OFFLINE_CHROMIUM_ARGS);
    const browser = await chromium.connect(server.wsEndpoint());
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.setContent('<p>Privacy policy</p>');
    expect((await page.pdf()).byteLength).toBeGreaterThan(500);
    const renderers = [...processTree(server.process().pid!).values()].filter((c) => c.includes('--type=renderer'));
    expect(renderers.length).toBeGreaterThan(0);
    expect(renderers.filter((c) => c.includes('--top-chrome-webui'))).toEqual([]);
    await browser.close();
  }, 60_000);
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../shared/node/cdp/launch-chromium.ts';
import { DISABLED_CHROMIUM_FEATURES } from '../../../shared/node/chromium-features.ts';
import { findChromium, findPrintEngine } from '../../../shared/node/chromium-path.ts';
import { createChromiumPdfPrinter } from '../../../shared/node/chromium-pdf.ts';

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
async function disabledFeatures(browserPid: number): Promise<Set<string>> {
  // The GPU process starts a moment after the browser says it is ready.
  for (let tries = 0; tries < 100; tries++) {
    const gpu = [...processTree(browserPid).values()].find((c) => c.includes('--type=gpu-process'));
    const list = gpu && /--disable-features=(\S*)/.exec(gpu)?.[1];
    if (list) return new Set(list.split(','));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the browser started no GPU process to read its features from');
}

const executablePath = findChromium();
const linux = process.platform === 'linux';

describe.skipIf(!executablePath || !linux)('the Chromium we start', () => {
  const stops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(stops.splice(0).map((stop) => stop()));
  });

  it("keeps every feature off that playwright-core's own launch turns off, and the address bar's popup too", async () => {
    // playwright-core still drives the cookie scanner and the end-to-end tests, with the same list (DISABLE_FEATURES_ARG).
    const server: BrowserServer = await chromium.launchServer({ executablePath: executablePath!, args: ['--no-sandbox', '--disable-gpu'] });
    stops.push(() => server.close());
    const theirs = await disabledFeatures(server.process().pid!);
    const ours = await launchChromium(executablePath!);
    stops.push(() => ours.close());
    const mine = await disabledFeatures(ours.pid!);
    expect(theirs.size).toBeGreaterThan(5);
    expect([...theirs].filter((f) => !mine.has(f))).toEqual([]);
    for (const feature of DISABLED_CHROMIUM_FEATURES) expect(mine).toContain(feature);
  }, 60_000);

  it('prints a tagged PDF through the full browser too (no headless shell installed), with no browser UI page (the omnibox popup) loaded beside it', async () => {
    const saved = process.env.POLICY_STUDIO_CHROMIUM;
    process.env.POLICY_STUDIO_CHROMIUM = executablePath!;
    stops.push(async () => {
      if (saved === undefined) delete process.env.POLICY_STUDIO_CHROMIUM;
      else process.env.POLICY_STUDIO_CHROMIUM = saved;
    });
    const printer = createChromiumPdfPrinter();
    stops.push(() => printer.close());
    const pdf = await printer.print('<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><h1>Privacy policy</h1><p>We keep your email address.</p></body></html>', 'A4');
    const text = new TextDecoder('latin1').decode(pdf);
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text).toContain('/StructTreeRoot');
    expect(readFileSync(`/proc/${printer.browserPid}/cmdline`, 'utf8')).toContain(executablePath!.split('/').pop()!);
    const renderers = [...processTree(printer.browserPid!).values()].filter((c) => c.includes('--type=renderer'));
    expect(renderers.length).toBeGreaterThan(0);
    expect(renderers.filter((c) => c.includes('--top-chrome-webui'))).toEqual([]);
  }, 60_000);

  it.each([
    ['the headless shell', findPrintEngine()],
    ['the full browser', executablePath],
  ])('leaves no process and no folder of its own behind once closed: %s', async (_, path) => {
    // The full browser's storage service writes to the profile until it is stopped: killing the browser alone
    // left it running a moment, and the folder's removal failed with ENOTEMPTY now and then.
    for (let round = 0; round < 3; round++) {
      const launched = await launchChromium(path!);
      await launched.connection.send('Target.createTarget', { url: 'about:blank' });
      const tree = [...processTree(launched.pid!).keys()];
      expect(existsSync(launched.folder)).toBe(true);
      await launched.close();
      expect(existsSync(launched.folder)).toBe(false);
      expect(tree.filter((pid) => existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z '))).toEqual([]);
    }
  }, 60_000);
});

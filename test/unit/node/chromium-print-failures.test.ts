import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../shared/node/cdp/launch-chromium.ts';
import { findPrintEngine } from '../../../shared/node/chromium-path.ts';
import { createChromiumPdfPrinter } from '../../../shared/node/chromium-pdf.ts';

/**
 * What a user sees when the print engine cannot do its work: a message that
 * names what went wrong, never a command that waits for ever, and no
 * browser or temporary folder left behind.
 */

const PAGE = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Privacy policy</title></head><body><h1>Privacy policy</h1><p>We keep your email address for 12 months.</p></body></html>';
const printFolders = () => new Set(readdirSync(tmpdir()).filter((name) => name.startsWith('policy-studio-print-')));

let dir = '';
const savedEnv = process.env.POLICY_STUDIO_CHROMIUM;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'print-failures-'));
});
afterEach(() => {
  if (savedEnv === undefined) delete process.env.POLICY_STUDIO_CHROMIUM;
  else process.env.POLICY_STUDIO_CHROMIUM = savedEnv;
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(process.platform !== 'linux')('the print engine when it fails', () => {
  it('names the executable that cannot be started, and leaves no folder behind', async () => {
    const before = printFolders();
    await expect(launchChromium(join(dir, 'no-such-chromium'))).rejects.toThrow(`Chromium could not be started from ${join(dir, 'no-such-chromium')}`);
    expect([...printFolders()].filter((f) => !before.has(f))).toEqual([]);
  });

  it('says Chromium quit, with the end of what it wrote, when it exits at once', async () => {
    const fake = join(dir, 'quits');
    writeFileSync(fake, '#!/bin/sh\necho "cannot open display" >&2\nexit 3\n');
    chmodSync(fake, 0o755);
    const before = printFolders();
    await expect(launchChromium(fake)).rejects.toThrow('Chromium quit (exit code 3): cannot open display');
    expect([...printFolders()].filter((f) => !before.has(f))).toEqual([]);
  });

  it('tells the user where POLICY_STUDIO_CHROMIUM points to nothing', async () => {
    process.env.POLICY_STUDIO_CHROMIUM = join(dir, 'missing');
    const printer = createChromiumPdfPrinter();
    await expect(printer.print(PAGE, 'A4')).rejects.toThrow('PDF export needs Chromium or Google Chrome; none was found (set POLICY_STUDIO_CHROMIUM to its path).');
    await printer.close();
  });

  it.skipIf(!findPrintEngine())('fails the print, rather than hanging, when the browser is killed while it prints, and prints again after', async () => {
    const printer = createChromiumPdfPrinter();
    try {
      await printer.warmUp(1);
      const pid = printer.browserPid!;
      const printing = printer.print(PAGE, 'A4');
      process.kill(pid, 'SIGKILL');
      await expect(printing).rejects.toThrow(/Chromium quit \(SIGKILL\)/);
      // The next print starts a browser of its own.
      const again = await printer.print(PAGE, 'A4');
      expect(Buffer.from(again.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      expect(printer.browserPid).not.toBe(pid);
    } finally {
      await printer.close();
    }
  }, 60_000);

  it.skipIf(!findPrintEngine())('removes its folder and the pages it loaded once closed', async () => {
    const printer = createChromiumPdfPrinter();
    await printer.print(PAGE, 'A4');
    const pid = printer.browserPid!;
    const profile = /--user-data-dir=(\S+)/.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '))![1]!;
    const folder = dirname(profile);
    expect(existsSync(folder)).toBe(true);
    // The page was read from the folder and taken away once loaded.
    expect(readdirSync(join(folder, 'pages'))).toEqual([]);
    await printer.close();
    expect(existsSync(`/proc/${pid}`)).toBe(false);
    expect(existsSync(folder)).toBe(false);
  }, 60_000);
});

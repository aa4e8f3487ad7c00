import { existsSync } from 'node:fs';

/** Where a Chromium-family browser is usually installed. */
const BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

/**
 * Chromium's headless shell (Debian's `chromium-headless-shell`, Google's
 * `chrome-headless-shell`): the same Blink layout and print engine as the
 * browser, without the browser's windows, profile services and print
 * compositor process. On the large project it prints en + sv in 1.3 s
 * instead of 2.1 s, with 2.6 instead of 4.0 s of CPU, and starts with 190
 * instead of 840 ms of the browser process's CPU.
 */
const HEADLESS_SHELLS = [
  // Debian's binary itself: its /usr/bin wrapper runs it as a child instead of exec'ing it, so killing the
  // process we started (a print that hangs, this process ending) would leave the browser running.
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chrome-headless-shell',
  '/usr/local/bin/chrome-headless-shell',
];

/** The browser that the cookie scanner and the end-to-end tests drive; POLICY_STUDIO_CHROMIUM overrides. */
export function findChromium(): string | null {
  const fromEnv = process.env.POLICY_STUDIO_CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return BROWSERS.find((p) => existsSync(p)) ?? null;
}

/** The Chromium that prints PDFs: a headless shell where one is installed, else the browser; POLICY_STUDIO_CHROMIUM overrides. */
export function findPrintEngine(): string | null {
  if (process.env.POLICY_STUDIO_CHROMIUM) return findChromium();
  return HEADLESS_SHELLS.find((p) => existsSync(p)) ?? findChromium();
}

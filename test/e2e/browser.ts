import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { DISABLE_FEATURES_ARG } from '../../shared/node/chromium-features.ts';

/** Debian's Chromium: the e2e tests drive the real renderer in it. */
export const CHROMIUM = '/usr/bin/chromium';

export const HAS_CHROMIUM = existsSync(CHROMIUM);

if (!HAS_CHROMIUM) {
  console.warn(`[e2e] SKIPPED: ${CHROMIUM} is missing. Install it with "apt-get install -y chromium" to run the end-to-end tests.`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', DISABLE_FEATURES_ARG],
  });
}

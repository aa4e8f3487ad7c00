import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { CHROMIUM } from './browser.ts';

/** Builds the renderer once for all e2e files (skipped, like the tests, when Chromium is missing). */
export default async function setup(): Promise<void> {
  if (!existsSync(CHROMIUM)) return;
  await build({ configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)), logLevel: 'warn' });
}

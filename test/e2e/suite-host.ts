import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startWebHost, type WebHost } from '../../scripts/web-host.ts';
import { launchChromium } from './browser.ts';

/** The browser host and Chromium of one suite, available once its `beforeAll` has run. */
export interface SuiteHost {
  readonly host: WebHost;
  readonly browser: Browser;
  /** Drops any autosaved work, so the next page starts at the start screen, not the recovery dialog. */
  discardRecovery(): Promise<void>;
}

/**
 * Starts a browser host on a fresh data folder and Chromium before the
 * suite's tests and closes both after, making `shotsDir` for screenshots:
 * the set-up every browser-host suite shares.
 */
export function useSuiteHost(name: string, shotsDir?: string): SuiteHost {
  let host: WebHost | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const work = mkdtempSync(join(tmpdir(), `policy-studio-e2e-${name}-`));
    host = await startWebHost({ dataDir: join(work, 'data') });
    browser = await launchChromium();
    if (shotsDir) mkdirSync(shotsDir, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the suite host is used before its beforeAll ran');
    return value;
  };
  return {
    get host() {
      return started(host);
    },
    get browser() {
      return started(browser);
    },
    async discardRecovery() {
      const h = started(host);
      await fetch(`${h.url}api/discardRecovery`, { method: 'POST', headers: h.headers, body: '{"args":[]}' });
    },
  };
}

import { defineConfig } from 'vitest/config';

// Tests are split by where the code runs: Node for shared/ and electron/
// logic, a DOM environment for React components, real Chromium for e2e.
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Hostile input, killed saves, fuzzed files: a short form here; ROBUSTNESS_FULL=1 (npm run robustness:*) runs them at full size.
          name: 'robustness',
          environment: 'node',
          include: ['test/robustness/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['test/dom/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // A page's answer to a click or an edit can take seconds on a busy two-core machine (the checklist's count after a
          // change took longer than the default second once in CI-like runs): a poll fails only when the page never answers.
          expect: { poll: { timeout: 10_000 } },
          // One browser at a time: the tests share the built renderer and are heavy.
          fileParallelism: false,
        },
      },
    ],
  },
});

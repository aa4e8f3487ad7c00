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
    ],
  },
});

import { createRequire } from 'node:module';
import type * as Playwright from 'playwright-core';

/**
 * playwright-core, loaded only when a PDF is printed or a site scanned (it is
 * a development dependency and large). Through `require` rather than
 * `import()`: the CLI bundle is one script compiled from V8's code cache
 * (bin/cli-bundle.cjs), and Node forgets a script's dynamic-import callback
 * when it comes from a cache ("A dynamic import callback was not
 * specified"). playwright-core is a CommonJS package, so both load the same.
 */
export function loadPlaywright(): typeof Playwright {
  return createRequire(import.meta.url)('playwright-core') as typeof Playwright;
}

import { join } from 'node:path';

/** Where the main process finds what it loads from disk. */
export interface AppPaths {
  /** The sandboxed preload, CommonJS (`preload.cjs`). */
  preload: string;
  /** The built renderer served on `app://policy-studio/`. */
  rendererDir: string;
  /** Templates per language (`<lang>/clauses`, `partials`, `messages.json`), read by exports. */
  templatesDir: string;
  /** Starter projects (`index.json` and `.policy` files) offered by "New". */
  startersDir: string;
}

/**
 * Paths relative to the folder of the main process's code. `scripts/build.ts`
 * writes `out/electron/main.js`, `out/electron/preload.cjs`, `out/renderer/`
 * and `out/templates/`, so from `out/electron/` everything is one level up:
 * the same layout under `npm start` and inside a packaged app's `app.asar`
 * (electron-builder packs `out/`). Run from source (tests), `electron/` sits
 * next to the repository's `templates/` in the same way.
 */
export function appPaths(mainDir: string): AppPaths {
  const root = join(mainDir, '..');
  return {
    preload: join(mainDir, 'preload.cjs'),
    rendererDir: join(root, 'renderer'),
    templatesDir: join(root, 'templates'),
    startersDir: join(root, 'templates', 'starters'),
  };
}

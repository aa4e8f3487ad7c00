/**
 * `npm run build` (and `npm start`, which runs it first): writes what
 * Electron runs, and what electron-builder packs, into `out/`:
 *
 *   out/electron/main.js      the main process, one ESM bundle (libraries included)
 *   out/electron/preload.cjs  the preload, one CommonJS file (a sandboxed preload cannot import files)
 *   out/renderer/             the page, built by Vite with the repository's vite.config.ts
 *   out/templates/            clause and partial templates, messages, starter projects
 *
 * The main process finds the rest from its own folder (`electron/app-paths.ts`),
 * so the same layout works from the repository and inside a packaged app.
 */
import { build as esbuild, type BuildOptions } from 'esbuild';
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build as viteBuild } from 'vite';
import { writePrecompiledTemplates } from './build-cli.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The default output folder, as `package.json`'s `main` (`out/electron/main.js`) expects. */
export const OUT_DIR = join(ROOT, 'out');

/** Electron 41 runs Node 24; the bundle needs nothing newer than Node 22. */
const NODE_TARGET = 'node22';

/** Node's built-in modules, with and without `node:`: never bundled. */
const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/**
 * An ESM bundle has no `require`, and esbuild's stand-in throws "Dynamic
 * require … is not supported" when a bundled CommonJS library calls it for
 * a Node built-in (Handlebars does, in a path the app does not take today).
 * A real `require` for the bundle's location keeps such calls working.
 */
const ESM_REQUIRE_BANNER = "import { createRequire as __policyStudioCreateRequire } from 'node:module';\nconst require = __policyStudioCreateRequire(import.meta.url);";

const COMMON: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: NODE_TARGET,
  sourcemap: true,
  logLevel: 'warning',
  // Bundled libraries' own warnings (e.g. Handlebars' `require.extensions`) are not ours to fix.
  logOverride: { 'unsupported-require-call': 'silent' },
  legalComments: 'none',
  absWorkingDir: ROOT,
};

/** Where the templates live in the repository; only these folders are copied. */
const TEMPLATES_DIR = join(ROOT, 'templates');

export interface BuildSettings {
  /** Output folder; `out/` by default. */
  outDir?: string;
  /** Vite's log level for the renderer build. */
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
}

/** Bundles the main process (ESM) and the preload (CommonJS) into `<outDir>/electron/`. */
export async function buildElectron(outDir: string = OUT_DIR): Promise<void> {
  const dir = join(outDir, 'electron');
  await rm(dir, { recursive: true, force: true });
  await Promise.all([
    esbuild({
      ...COMMON,
      entryPoints: [join(ROOT, 'electron/main.ts')],
      outfile: join(dir, 'main.js'),
      format: 'esm',
      banner: { js: ESM_REQUIRE_BANNER },
      // `electron` is the runtime itself. playwright-core (the CLI's PDF browser) is never
      // reached from the app, which prints with Electron: left out rather than bundled.
      external: ['electron', 'playwright-core', ...NODE_BUILTINS],
    }),
    esbuild({
      ...COMMON,
      entryPoints: [join(ROOT, 'electron/preload.ts')],
      outfile: join(dir, 'preload.cjs'),
      format: 'cjs',
      // A sandboxed preload may require only `electron` (and a few polyfilled modules): everything else is inlined.
      external: ['electron'],
    }),
  ]);
  // The exports' templates precompiled beside main.js, where the bundled template loader looks (as in the CLI bundle).
  await writePrecompiledTemplates(join(dir, 'precompiled-templates'));
}

/** Builds the renderer with the repository's vite.config.ts into `<outDir>/renderer/`. */
export async function buildRenderer(outDir: string = OUT_DIR, logLevel: BuildSettings['logLevel'] = 'warn'): Promise<void> {
  await viteBuild({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel,
    build: { outDir: join(outDir, 'renderer'), emptyOutDir: true },
  });
}

/**
 * Copies what the main process reads at run time into `<outDir>/templates/`:
 * each language's clauses, partials and messages (for exports) and the
 * starter projects (for "New"). The renderer has its own precompiled copy.
 */
export async function copyTemplates(outDir: string = OUT_DIR): Promise<void> {
  const target = join(outDir, 'templates');
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  for (const entry of await readdir(TEMPLATES_DIR, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    await cp(join(TEMPLATES_DIR, entry.name), join(target, entry.name), {
      recursive: true,
      filter: (source) => !/(^|[\\/])\./.test(source.slice(TEMPLATES_DIR.length)),
    });
  }
}

/** The whole build: main and preload, renderer, templates. */
export async function build(options: BuildSettings = {}): Promise<void> {
  const outDir = resolve(options.outDir ?? OUT_DIR);
  await Promise.all([buildElectron(outDir), buildRenderer(outDir, options.logLevel), copyTemplates(outDir)]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const started = Date.now();
  await build({ logLevel: 'warn' });
  console.log(`Built ${OUT_DIR} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

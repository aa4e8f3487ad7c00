import { build as esbuild, type Plugin } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where run.ts finds the bench's sections as built: `node out/bench/section.mjs <name>`. */
export const SECTION_BUNDLE = join(ROOT, 'out/bench/section.mjs');

/**
 * Each `import.meta.url`, `.dirname` and `.filename` in our sources written
 * as the source file's own, so that every path found from it (the templates,
 * package.json, the CLI, the peak-memory preload, the web host's renderer
 * folder) is the one it is under tsx, wherever the bundle lies. Libraries
 * stay outside the bundle and resolve from node_modules as they always do.
 */
const ownImportMeta: Plugin = {
  name: 'own-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes('/node_modules/')) return undefined;
      const source = await readFile(args.path, 'utf8');
      const contents = source
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path));
      return { contents, loader: 'ts' };
    });
  },
};

/**
 * The bench's sections built as the app's code is, with esbuild, instead of
 * run through tsx: tsx's loader (a thread of its own with its own heap, and
 * the source maps of every file it transpiles) took about 57 MiB of each
 * section's process (132 against 75 MiB after importing the export modules),
 * which counted in each section's peak memory though neither the app nor the
 * CLI carries it. One chunk per section (splitting), so that a section still
 * loads only its own modules (sections.ts).
 */
export async function buildBenchSections(): Promise<string> {
  const outdir = dirname(SECTION_BUNDLE);
  await rm(outdir, { recursive: true, force: true });
  await esbuild({
    entryPoints: { section: join(ROOT, 'test/bench/section.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    plugins: [ownImportMeta],
    logLevel: 'warning',
  });
  return SECTION_BUNDLE;
}

import { build as esbuild, type Plugin } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writePrecompiledTemplates } from '../../scripts/build-cli.ts';

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
      const contents = withBuiltTemplates(args.path, source)
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path));
      return { contents, loader: 'ts' };
    });
  },
};

/** Where the bench's build writes the templates precompiled, as the app's and the CLI's builds do beside their bundles. */
const PRECOMPILED_OUT = join(dirname(SECTION_BUNDLE), 'precompiled-templates');
const TEMPLATE_FILES = join(ROOT, 'shared/node/template-files.ts');
const PRECOMPILED_DIR_SOURCE = "new URL('./precompiled-templates/', import.meta.url)";

/**
 * The template loader pointed at the bench build's precompiled templates:
 * its own URL (the rest of ownImportMeta) would have it look in the sources'
 * folder, where there are none, and every template would compile from
 * source, which neither the app nor the CLI does (a fifth of what a
 * twelve-language export allocated was Handlebars compiling). A loader that
 * no longer finds its folder this way fails the build, not the figures.
 */
function withBuiltTemplates(path: string, source: string): string {
  if (path !== TEMPLATE_FILES) return source;
  if (!source.includes(PRECOMPILED_DIR_SOURCE)) throw new Error(`${path} no longer finds its precompiled templates with ${PRECOMPILED_DIR_SOURCE}: update build-sections.ts`);
  return source.replace(PRECOMPILED_DIR_SOURCE, `new URL(${JSON.stringify(`${pathToFileURL(PRECOMPILED_OUT).href}/`)})`);
}

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
  await writePrecompiledTemplates(PRECOMPILED_OUT);
  return SECTION_BUNDLE;
}

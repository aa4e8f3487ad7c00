/**
 * Bundles the CLI into `out/cli/policy-studio.mjs`, run by `npm ci` through
 * the `prepare` script. Without it `bin/policy-studio.mjs` still works, by
 * transpiling the TypeScript with tsx on every start: about a second that a
 * command-line user waits each time. `inputs.json` lists the sources the
 * bundle was built from, so the launcher falls back to the sources as soon
 * as one of them is newer than the bundle (no stale CLI while developing).
 */
import { build as esbuild } from 'esbuild';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DOCUMENT_LANGUAGES } from '../shared/model/languages.ts';
import { readLanguagePack, templateHash } from '../shared/node/template-files.ts';
import { precompiledModule } from '../shared/render/precompiled-module.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The bundle sits two folders below the repository, like shared/node/, so
 * the templates folder that shared/node/template-files.ts finds from
 * `import.meta.url` ('../../templates/') is the repository's in both.
 */
const ESM_REQUIRE_BANNER = "import { createRequire as __policyStudioCreateRequire } from 'node:module';\nconst require = __policyStudioCreateRequire(import.meta.url);";

/**
 * A command is over in well under a second: too soon for V8's optimizing
 * compiler (TurboFan) to pay back what it costs, on threads of its own.
 * Without it the large project's DOCX export takes a third less CPU (0.58 →
 * 0.38 s, wall 0.41 → 0.37 s on the bench machine), and even all twelve
 * languages × html, fragment, md and DOCX a tenth less (3.1 → 2.8 s CPU,
 * 4.1 → 3.2 s wall). The banner opens every chunk, so the
 * flag is set by the first chunk evaluated, before any of the CLI's code
 * runs; setting it again is a no-op. Only the CLI: the app runs for hours.
 */
const V8_FLAGS_BANNER = "import { setFlagsFromString as __policyStudioV8Flags } from 'node:v8';\n__policyStudioV8Flags('--no-opt');";

export const CLI_BUNDLE = join(ROOT, 'out/cli/policy-studio.mjs');
export const CLI_INPUTS = join(ROOT, 'out/cli/inputs.json');

export async function buildCli(outfile: string = CLI_BUNDLE, inputsFile: string = CLI_INPUTS): Promise<string[]> {
  // Chunks carry a hash in their names: clear the old ones out.
  const dir = dirname(outfile);
  await rm(join(dir, 'chunks'), { recursive: true, force: true });
  for (const file of await readdir(dir).catch(() => [] as string[])) if (/^chunk-.*\.mjs$/.test(file)) await rm(join(dir, file), { force: true });
  const result = await esbuild({
    entryPoints: { [basename(outfile, '.mjs')]: join(ROOT, 'shared/cli/main.ts') },
    outdir: dirname(outfile),
    outExtension: { '.js': '.mjs' },
    // What only some commands use (the pipeline, the DOCX writer, the browser code) goes in chunks loaded on demand.
    splitting: true,
    // Next to the entry, not in a folder of their own: modules that find files relative to
    // `import.meta.url` (the templates) must resolve the same from any chunk as from the entry.
    chunkNames: 'chunk-[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Libraries are bundled too, each into the chunk of the commands that use it: Node's ESM loader
    // resolving, reading and compiling a package's files one by one (zod alone has dozens) costs
    // more start-up time than reading them as a few large files. CommonJS libraries (handlebars)
    // get a `require` of their own; the browser driver stays in node_modules.
    external: ['playwright-core'],
    banner: { js: `${ESM_REQUIRE_BANNER}\n${V8_FLAGS_BANNER}` },
    metafile: true,
    logLevel: 'warning',
  });
  await writePrecompiledTemplates(join(dir, 'precompiled-templates'));
  const inputs = Object.keys(result.metafile.inputs).map((file) => relative(ROOT, resolve(ROOT, file)));
  await mkdir(dirname(inputsFile), { recursive: true });
  await writeFile(inputsFile, `${JSON.stringify({ builtAt: Date.now(), inputs }, null, 2)}\n`);
  return inputs;
}

/**
 * Every language's templates precompiled, one file each, where the bundled
 * shared/node/template-files.ts looks for them (PRECOMPILED_DIR, beside the
 * chunks): compiling them is otherwise the largest cost of a one-shot export.
 * Each template carries the hash of its source, so an edited one is compiled
 * from the templates folder instead; the templates are therefore not inputs
 * of the bundle (editing one does not make it stale).
 */
export async function writePrecompiledTemplates(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const lang of DOCUMENT_LANGUAGES) await writeFile(join(dir, `${lang}.cjs`), precompiledModule(readLanguagePack(lang), templateHash));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const inputs = await buildCli();
  console.log(`Built ${relative(ROOT, CLI_BUNDLE)} from ${inputs.length} sources`);
}

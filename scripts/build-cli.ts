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

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The bundle sits two folders below the repository, like shared/node/, so
 * the templates folder that shared/node/template-files.ts finds from
 * `import.meta.url` ('../../templates/') is the repository's in both.
 */
const ESM_REQUIRE_BANNER = "import { createRequire as __policyStudioCreateRequire } from 'node:module';\nconst require = __policyStudioCreateRequire(import.meta.url);";

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
    banner: { js: ESM_REQUIRE_BANNER },
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs).map((file) => relative(ROOT, resolve(ROOT, file)));
  await mkdir(dirname(inputsFile), { recursive: true });
  await writeFile(inputsFile, `${JSON.stringify({ builtAt: Date.now(), inputs }, null, 2)}\n`);
  return inputs;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const inputs = await buildCli();
  console.log(`Built ${relative(ROOT, CLI_BUNDLE)} from ${inputs.length} sources`);
}

/**
 * Bundles the CLI into `out/cli/policy-studio.cjs`, run by `npm ci` through
 * the `prepare` script. Without it `bin/policy-studio.cjs` still works, by
 * transpiling the TypeScript with tsx on every start: about a second that a
 * command-line user waits each time. `inputs.json` lists the sources the
 * bundle was built from, so the launcher falls back to the sources as soon
 * as one of them is newer than the bundle (no stale CLI while developing),
 * and the bundle's hash, which names its code cache.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { build as esbuild, type Plugin } from 'esbuild';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DOCUMENT_LANGUAGES } from '../shared/model/languages.ts';
import { readLanguagePack, templateHash } from '../shared/node/template-files.ts';
import { precompiledModule } from '../shared/render/precompiled-module.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * One CommonJS file rather than ES modules, because only a script can be
 * compiled from V8's code cache on Node 20 (bin/cli-bundle.cjs), which
 * saves more than loading the pipeline and DOCX writer as chunks on demand
 * did: esbuild still evaluates a dynamically imported module only when the
 * command imports it. `import.meta.url` (where shared/node/template-files.ts
 * finds the templates, '../../templates/' from the bundle two folders below
 * the repository, like shared/node/) becomes the bundle's own file URL.
 */
const IMPORT_META_URL = '__policyStudioImportMetaUrl';
const CJS_BANNER = `var ${IMPORT_META_URL} = require('node:url').pathToFileURL(__filename).href;`;

/** prosemirror-model's test for V8, as it is written in the version installed (found by the plugin below). */
const PROSEMIRROR_V8_TEST = 'let { stack } = new Error("/");\n    if (!stack || !/\\n\\s*at\\s/.test(stack))\n        return s => s;\n';

/**
 * prosemirror-model tells V8 from other engines, as it loads, by the text
 * of a stack trace (to work around a V8 leak of sliced strings). Formatting
 * that trace makes V8 find every line end of the 4 MB bundle it points into,
 * about 47 million instructions of every command (callgrind). The CLI runs on
 * V8 alone, so the bundle takes V8's branch without asking; a prosemirror-model
 * whose test reads otherwise fails the build here, to be looked at, rather than
 * being left as it is.
 */
const prosemirrorOnV8: Plugin = {
  name: 'prosemirror-model-on-v8',
  setup(build) {
    build.onLoad({ filter: /[\\/]prosemirror-model[\\/]dist[\\/]index\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(PROSEMIRROR_V8_TEST)) throw new Error(`${args.path}: its test for V8 is not the one the CLI build replaces; look at v8InternHack and update PROSEMIRROR_V8_TEST`);
      return { contents: source.replace(PROSEMIRROR_V8_TEST, ''), loader: 'js' };
    });
  },
};

export const CLI_BUNDLE = join(ROOT, 'out/cli/policy-studio.cjs');
export const CLI_INPUTS = join(ROOT, 'out/cli/inputs.json');

/** A starter exported once after each build, so the code cache holds what an export runs. */
const WARM_UP_STARTER = join(ROOT, 'templates/starters/saas-sweden.policy');

export async function buildCli(outfile: string = CLI_BUNDLE, inputsFile: string = CLI_INPUTS): Promise<string[]> {
  const dir = dirname(outfile);
  // What earlier builds left: ES module chunks (before the bundle was one file) and code caches of other bundles.
  for (const file of await readdir(dir).catch(() => [] as string[])) if (/^chunk-.*\.mjs$|^policy-studio\.mjs$|\.code-cache$/.test(file)) await rm(join(dir, file), { force: true });
  const result = await esbuild({
    entryPoints: [join(ROOT, 'shared/cli/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Libraries are bundled too: Node resolving, reading and compiling a package's files one by one
    // (zod alone has dozens) costs more start-up time than one file. The browser driver stays in node_modules.
    external: ['playwright-core'],
    define: { 'import.meta.url': IMPORT_META_URL },
    // Without comments and blanks the bundle is 4.1 MB instead of 5.9 (most of the comments' non-ASCII text gone
    // too): a third less to read and decode on every start, about 30 ms of CPU a command. Names are kept, for
    // the stack of an error a user reports.
    minifyWhitespace: true,
    minifySyntax: true,
    banner: { js: CJS_BANNER },
    plugins: [prosemirrorOnV8],
    metafile: true,
    logLevel: 'warning',
  });
  await writeFile(outfile, asciiOnly(await readFile(outfile, 'utf8')));
  await writePrecompiledTemplates(join(dir, 'precompiled-templates'));
  const inputs = Object.keys(result.metafile.inputs).map((file) => relative(ROOT, resolve(ROOT, file)));
  const hash = createHash('sha256').update(await readFile(outfile)).digest('hex').slice(0, 16);
  await mkdir(dirname(inputsFile), { recursive: true });
  await writeFile(inputsFile, `${JSON.stringify({ builtAt: Date.now(), hash, inputs }, null, 2)}\n`);
  await warmCodeCache(outfile, hash);
  return inputs;
}

/**
 * The bundle with every character beyond ASCII written as a `\\uXXXX` escape
 * (an astral one as its two UTF-16 halves). esbuild escapes them in strings
 * and names but leaves them in regular expression literals (escaping them
 * there would change the pattern's `.source`), and about thirty remained
 * (`/ø/g`, `/[.!?…]/`, East Asian font names in docx's layout code): one
 * character beyond Latin-1 makes V8 hold the whole 4 MB source as a
 * two-byte string, 8 MB kept for the life of every command, and decoding it
 * from UTF-8 costs a few milliseconds of each start. Each escape matches the
 * same text as the character it stands for, in a pattern with or without the
 * `u` flag; only a pattern's `.source` reads differently, which nothing in
 * the bundle compares.
 */
export function asciiOnly(source: string): string {
  // After a backslash (`/\\ø/`, an identity escape) the escape would read as an escaped backslash and "u…": refused, not misread.
  const escaped = /\\[\u0080-\uffff]/.exec(source);
  if (escaped) throw new Error(`the CLI bundle has a backslash before a non-ASCII character at ${escaped.index}: ${JSON.stringify(source.slice(escaped.index - 40, escaped.index + 10))}`);
  return source.replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Runs one export of a starter through the bundle as the launcher does, which
 * writes its code cache: the first command a user types is then as quick as
 * the next. A failure here is the bundle's and is thrown.
 */
async function warmCodeCache(bundle: string, hash: string): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'policy-studio-warm-'));
  try {
    const loader = pathToFileURL(join(ROOT, 'bin/cli-bundle.cjs')).href;
    const args = ['export', WARM_UP_STARTER, '--format', 'html,md,docx', '--out', work, '--allow-untranslated'];
    const script = `const { loadCliBundle } = await import(${JSON.stringify(loader)});
const bundle = loadCliBundle(${JSON.stringify(bundle)}, ${JSON.stringify(hash)});
const code = await bundle.exports.runCli(${JSON.stringify(args)}, { stdout: () => {}, stderr: (t) => process.stderr.write(t), cwd: ${JSON.stringify(work)} });
if (code !== 0) process.exit(code);
bundle.saveCodeCache();`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`the CLI bundle ${basename(bundle)} failed its first export (exit ${run.status}): ${run.stderr}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
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

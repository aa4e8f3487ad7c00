import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import type { DocumentLanguage } from '../model/languages.ts';
import type { LanguagePack, MessageValue } from '../render/language-pack.ts';
import { currentSpecs, isPrecompiledLanguage, type PrecompiledPack } from '../render/precompiled.ts';

/** The repository's templates/ folder, found relative to this file so the CLI works from any working directory. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/**
 * Where the CLI build (scripts/build-cli.ts) writes the templates precompiled,
 * one `<lang>.cjs` each: beside the bundle's chunks, which this file becomes
 * part of. Run from the sources there is no such folder, and every template
 * compiles from its source.
 */
export const PRECOMPILED_DIR = fileURLToPath(new URL('./precompiled-templates/', import.meta.url));

/** The hash a precompiled template is matched to its source file by, at build and at load time alike. */
export const templateHash = (source: string): string => createHash('sha256').update(source).digest('base64url');

// Not named `require`: the CLI bundle's banner declares one in every chunk.
const requireBuilt = createRequire(import.meta.url);

/** The build's precompiled templates of one language, or undefined when there are none or the file is not usable. */
function readPrecompiled(dir: string, lang: DocumentLanguage): unknown {
  const file = join(dir, `${lang}.cjs`);
  if (!existsSync(file)) return undefined;
  try {
    return requireBuilt(file);
  } catch {
    // A damaged build costs time, never the export: the sources are still there.
    return undefined;
  }
}

function readFolder(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const file of readdirSync(dir).sort()) {
    if (file.endsWith('.hbs')) out[basename(file, '.hbs')] = readFileSync(join(dir, file), 'utf8');
  }
  return out;
}

/** The sources of `templates/<lang>/` as they are on disk, read afresh (what the CLI build precompiles). */
export function readLanguagePack(lang: DocumentLanguage, root: string = TEMPLATES_DIR): LanguagePack {
  const dir = join(root, lang);
  const messages = JSON.parse(readFileSync(join(dir, 'messages.json'), 'utf8')) as Record<string, MessageValue>;
  return { lang, clauses: readFolder(join(dir, 'clauses')), partials: readFolder(join(dir, 'partials')), messages };
}

const packs = new Map<string, PrecompiledPack>();

/**
 * Reads `templates/<lang>/` (clauses, partials, messages.json) once per
 * process, with the build's precompiled templates of that language only
 * (from `precompiledDir`) for each file unchanged since the build.
 */
export function loadLanguagePack(lang: DocumentLanguage, root: string = TEMPLATES_DIR, precompiledDir: string = PRECOMPILED_DIR): PrecompiledPack {
  const key = `${root}\0${precompiledDir}\0${lang}`;
  const cached = packs.get(key);
  if (cached) return cached;
  const pack = readLanguagePack(lang, root);
  const built = readPrecompiled(precompiledDir, lang);
  const precompiled = isPrecompiledLanguage(built) ? currentSpecs(pack, built, Handlebars.VERSION, templateHash) : undefined;
  const loaded: PrecompiledPack = precompiled ? { ...pack, precompiled } : pack;
  packs.set(key, loaded);
  return loaded;
}

/**
 * Templates compiled ahead of time. Compiling Handlebars is the largest cost
 * of a one-shot CLI export (a quarter to a third of its CPU), so the CLI build
 * writes each language's templates precompiled beside the bundle; the Node
 * loader hands the engine only the specs whose source is unchanged since the
 * build, so a user-edited templates folder still wins over the build.
 *
 * No Handlebars import here: the build-time half is `precompiled-module.ts`.
 */
import { HELPER_NAMES } from './helper-names.ts';
import type { LanguagePack } from './language-pack.ts';

/**
 * The compile options of every template; the precompiler uses the same, so both give the same output.
 * Every helper is known at compile time (Handlebars' own and ours): a name no helper has is a fact, and a call to an unknown helper fails as the template compiles.
 */
export const TEMPLATE_OPTIONS = {
  preventIndent: true,
  knownHelpers: Object.fromEntries(HELPER_NAMES.map((name) => [name, true])) as Readonly<Record<string, true>>,
  knownHelpersOnly: true,
} as const;

/** A partial is used inside a sentence: the newline that ends its file must not become a space before the punctuation. */
export function partialSource(source: string): string {
  return source.replace(/\s+$/, '');
}

/** A template as `Handlebars.precompile` writes it (an object of functions), for `Handlebars.template`. */
export type TemplateSpec = object;

/** Specs known to match the pack's sources, by clause id and partial name. */
export interface PrecompiledSpecs {
  clauses: Readonly<Record<string, TemplateSpec>>;
  partials: Readonly<Record<string, TemplateSpec>>;
}

/** A language pack, with the precompiled templates that are still current when the build provided some. */
export type PrecompiledPack = LanguagePack & { precompiled?: PrecompiledSpecs };

/** One precompiled template in a build's file: the hash of the source file it was compiled from, and the spec. */
export interface PrecompiledEntry {
  hash: string;
  spec: TemplateSpec;
}

/** What a build's file for one language holds (`precompiled-templates/<lang>.cjs`). */
export interface PrecompiledLanguage {
  /** The Handlebars version that compiled it: a spec runs only on the runtime it was made for. */
  handlebars: string;
  clauses: Readonly<Record<string, PrecompiledEntry>>;
  partials: Readonly<Record<string, PrecompiledEntry>>;
}

/** Hashes a template's source the same way at build time and at load time. */
export type SourceHash = (source: string) => string;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isEntries = (value: unknown): value is Record<string, PrecompiledEntry> =>
  isRecord(value) && Object.values(value).every((e) => isRecord(e) && typeof e.hash === 'string' && isRecord(e.spec));

/** Narrows what a build's file exported; anything else (a damaged or foreign file) is not used. */
export function isPrecompiledLanguage(value: unknown): value is PrecompiledLanguage {
  return isRecord(value) && typeof value.handlebars === 'string' && isEntries(value.clauses) && isEntries(value.partials);
}

function current(sources: Readonly<Record<string, string>>, entries: Readonly<Record<string, PrecompiledEntry>>, hash: SourceHash): Record<string, TemplateSpec> {
  const out: Record<string, TemplateSpec> = {};
  for (const [name, source] of Object.entries(sources)) {
    const entry = Object.hasOwn(entries, name) ? entries[name] : undefined;
    if (entry && entry.hash === hash(source)) out[name] = entry.spec;
  }
  return out;
}

/**
 * The specs of `built` whose source file is byte for byte the one in `pack`
 * (by hash); every other template compiles from its source, as without a
 * build. Nothing from a build for another Handlebars version.
 */
export function currentSpecs(pack: LanguagePack, built: PrecompiledLanguage, handlebarsVersion: string, hash: SourceHash): PrecompiledSpecs | undefined {
  if (built.handlebars !== handlebarsVersion) return undefined;
  return { clauses: current(pack.clauses, built.clauses, hash), partials: current(pack.partials, built.partials, hash) };
}

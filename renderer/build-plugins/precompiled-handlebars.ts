/**
 * Build-time only (runs in Node inside Vite): lets the shared Handlebars
 * engine run under the renderer's Content-Security-Policy.
 *
 * `Handlebars.compile` turns a template into JavaScript with `new Function`,
 * which `script-src 'self'` (no 'unsafe-eval') forbids. So the renderer build
 * precompiles every template in `templates/` and replaces the `handlebars`
 * import with `renderer/handlebars-precompiled.ts`: a Handlebars runtime
 * whose `compile(source)` returns the template precompiled from that exact
 * source. shared/render/engine.ts stays unchanged and is the same code in
 * Node and in the page.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { Plugin } from 'vite';
import { leanCompiler, SETUP_PROBE, templateTree } from '../../shared/render/compile.ts';
import { partialSource, TEMPLATE_OPTIONS } from '../../shared/render/precompiled.ts';

/** The compiler and options the engine compiles with (shared/render/engine.ts), so the page runs the code Node would. */
const hbs = leanCompiler(Handlebars.create());

export const VIRTUAL_ID = 'virtual:precompiled-templates';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** The key a template is found by at run time; must match `handlebars-precompiled.ts`. Clauses compile with preventIndent, partials without. */
export function templateKey(source: string, preventIndent: boolean): string {
  return `${preventIndent ? 'c' : 'p'}:${source}`;
}

function hbsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.hbs'))
    .sort()
    .map((f) => join(dir, f));
}

/** Vite plugin: the precompiled templates as a virtual module, and `handlebars` aliased to the CSP-safe runtime. */
export function precompiledHandlebars(options: { templatesDir: string; runtimeModule: string }): Plugin {
  return {
    name: 'policy-studio:precompiled-handlebars',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      // The shim itself imports the real runtime ('handlebars/runtime'); every other `handlebars` import gets the shim.
      if (id === 'handlebars' && importer !== options.runtimeModule) return options.runtimeModule;
      return null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const entries: string[] = [];
      const seen = new Set<string>();
      const add = (source: string, preventIndent: boolean) => {
        const key = templateKey(source, preventIndent);
        if (seen.has(key)) return;
        seen.add(key);
        const spec = hbs.precompile(templateTree(hbs, source), preventIndent ? TEMPLATE_OPTIONS : { ...TEMPLATE_OPTIONS, preventIndent: false });
        entries.push(`[${JSON.stringify(key)}, ${String(spec)}]`);
      };
      add(SETUP_PROBE, TEMPLATE_OPTIONS.preventIndent);
      for (const lang of readdirSync(options.templatesDir)) {
        const dir = join(options.templatesDir, lang);
        for (const file of hbsFiles(join(dir, 'clauses'))) {
          this.addWatchFile(file);
          add(readFileSync(file, 'utf8'), true);
        }
        for (const file of hbsFiles(join(dir, 'partials'))) {
          this.addWatchFile(file);
          // The engine compiles partials without their trailing whitespace, with the clauses' options.
          add(partialSource(readFileSync(file, 'utf8')), TEMPLATE_OPTIONS.preventIndent);
        }
      }
      return `export const templates = new Map([\n${entries.join(',\n')}\n]);\n`;
    },
  };
}

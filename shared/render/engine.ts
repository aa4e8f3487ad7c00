import Handlebars from 'handlebars';
import type { PlannedSection, PolicyPlan } from '../plan/types.ts';
import { escapeHtml } from './escape.ts';
import { registerHelpers } from './helpers.ts';
import type { LanguagePack } from './language-pack.ts';
import { leanCompiler, SETUP_PROBE, templateTree } from './compile.ts';
import { formatMessage } from './messages.ts';
import { partialSource, TEMPLATE_OPTIONS, type PrecompiledPack, type TemplateSpec } from './precompiled.ts';

/** A template is missing for a clause the plan chose: a bug in the templates, reported by clause and language. */
export class MissingTemplateError extends Error {
  constructor(lang: string, clauseId: string) {
    super(`templates/${lang}/clauses/${clauseId}.hbs is missing`);
  }
}

/** Renders planned sections to HTML in one language. Templates compile once, on first use. */
export interface SectionRenderer {
  lang: LanguagePack['lang'];
  region: string | undefined;
  renderSection(section: PlannedSection, common: PolicyPlan['common']): string;
  /** The document's title block (heading and dates), which is not a numbered section. */
  renderTitle(common: PolicyPlan['common']): string;
  /** A message in this language as plain text, for exporters (table of contents, "Last updated"). */
  message(key: string, params?: Record<string, string>): string;
}

/**
 * `region` is the company's country, which picks regional date and list conventions (see `documentLocale`).
 * A template the pack brings precompiled (the CLI build's, still matching its source) is used as is; the others compile from source.
 */
export function createRenderer(pack: PrecompiledPack, region?: string): SectionRenderer {
  // An isolated Handlebars environment per language: helpers close over the language.
  const hbs = leanCompiler(Handlebars.create());
  // Helpers called as registered, not through Handlebars' wrapper (see sharedSetup): ours, and the stock `if` and `unless`.
  const unwrapped = [...registerHelpers(hbs, pack, region), 'if', 'unless'];
  const specs = pack.precompiled;
  const precompiled = (spec: TemplateSpec): Handlebars.TemplateDelegate => hbs.template(spec);
  const compile = (source: string): Handlebars.TemplateDelegate => hbs.compile(templateTree(hbs, source), TEMPLATE_OPTIONS);
  for (const [name, source] of Object.entries(pack.partials)) {
    const spec = specs && Object.hasOwn(specs.partials, name) ? specs.partials[name] : undefined;
    hbs.registerPartial(name, spec ? precompiled(spec) : lazily(() => compile(partialSource(source))));
  }
  const compiled = new Map<string, Template>();
  const call = sharedSetup(hbs, unwrapped);
  const partialsReadData = Object.values(pack.partials).some(readsData);

  const template = (clauseId: string): Template => {
    let t = compiled.get(clauseId);
    if (!t) {
      const source = pack.clauses[clauseId];
      if (source === undefined) throw new MissingTemplateError(pack.lang, clauseId);
      const spec = specs && Object.hasOwn(specs.clauses, clauseId) ? specs.clauses[clauseId] : undefined;
      t = { fn: spec ? precompiled(spec) : compile(source), data: readsData(source) || (partialsReadData && source.includes('{{>')) };
      compiled.set(clauseId, t);
    }
    return t;
  };

  const heading = (key: string): string => escapeHtml(formatMessage(pack, key));

  return {
    lang: pack.lang,
    region,
    renderSection(section, common) {
      const parts = [`<section data-section-id="${escapeHtml(section.id)}">`, `<h2>${heading(`section.${section.id}`)}</h2>`];
      for (const c of section.clauses) {
        const html = call(template(c.id), { ...common, ...c.facts });
        parts.push(`<div data-clause-id="${escapeHtml(c.id)}">${html}</div>`);
      }
      parts.push('</section>');
      return parts.join('');
    },
    renderTitle(common) {
      return `<section data-section-id="title">${call(template('title'), common)}</section>`;
    },
    message: (key, params) => formatMessage(pack, key, params),
  };
}

/**
 * A compiled clause, and whether it is given @data. Handlebars wraps a block's
 * program in a new function at every `{{#if}}` or `{{#each}}` it runs when the
 * call has data, and reuses one wrapper when it has none: on the large policy,
 * half a megabyte of a build's 6 MB. Most clauses read no @data, so only
 * those that may read it (or call a partial that may) are given it.
 */
interface Template {
  fn: Handlebars.TemplateDelegate;
  data: boolean;
}

/** Whether a template may read @data (`@root`, `@index`, `@last`…): only one with an "@" can, and an "@" in plain text only costs the wrappers. */
function readsData(source: string): boolean {
  return source.includes('@');
}

/** A partial compiled on first use, as Handlebars does with a partial registered as source: a broken partial fails only where it is used. */
function lazily(make: () => Handlebars.TemplateDelegate): Handlebars.TemplateDelegate {
  let fn: Handlebars.TemplateDelegate | undefined;
  return (context, options) => (fn ??= make())(context, options);
}

/**
 * Calls templates the way Handlebars calls a partial: with the helpers, hooks
 * and partials of one set-up made once per renderer. A template called at the
 * top instead wraps every registered helper again on each call, which on a
 * large policy (75 clauses, 28 helpers) made a twentieth of the pipeline's
 * allocation. The set-up is the one Handlebars itself gives a partial, caught
 * by a probe partial; each call that may read @data gets a data frame of
 * its own whose root is its context, as a top-level call's does. A test
 * holds the output to plain top-level calls.
 */
function sharedSetup(hbs: typeof Handlebars, unwrapped: readonly string[]): (template: Template, context: object) => string {
  let setup: Handlebars.RuntimeOptions | undefined;
  const probe = hbs.compile(templateTree(hbs, SETUP_PROBE), TEMPLATE_OPTIONS);
  const catchSetup = (_: unknown, options?: PartialOptions): string => {
    if (!options?.partial) throw new Error('Handlebars called the set-up probe as a template, not as a partial');
    const { decorators, hooks, protoAccessControl } = options;
    const helpers = { ...options.helpers };
    // Handlebars wraps each helper to hand it `options.lookupProperty`, at the cost of an `arguments` object per call; of the stock helpers only `lookup` reads it, and it stays wrapped.
    for (const name of unwrapped) if (Object.hasOwn(hbs.helpers, name) && Object.hasOwn(helpers, name)) helpers[name] = hbs.helpers[name]!;
    // The language's partials themselves, as a top-level call without partials of its own sees them; the probe is not among them.
    const partials = hbs.partials as Handlebars.RuntimeOptions['partials'];
    setup = { partial: true, helpers, partials, decorators, hooks, protoAccessControl } as Handlebars.RuntimeOptions;
    return '';
  };
  return (template, context) => {
    if (setup === undefined) probe({}, { partials: { setup: catchSetup } });
    return template.fn(context, template.data ? { ...setup, data: { root: context } } : setup);
  };
}

/** What Handlebars passes a partial: the runtime options, and two of its own it keeps for partials (not in its types). */
type PartialOptions = Handlebars.RuntimeOptions & { hooks?: unknown; protoAccessControl?: unknown };

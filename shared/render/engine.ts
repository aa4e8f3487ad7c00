import Handlebars from 'handlebars';
import type { PlannedSection, PolicyPlan } from '../plan/types.ts';
import { escapeHtml } from './escape.ts';
import { registerHelpers } from './helpers.ts';
import type { LanguagePack } from './language-pack.ts';
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
  const hbs = Handlebars.create();
  registerHelpers(hbs, pack, region);
  const specs = pack.precompiled;
  const precompiled = (spec: TemplateSpec): Handlebars.TemplateDelegate => hbs.template(spec);
  for (const [name, source] of Object.entries(pack.partials)) {
    const spec = specs && Object.hasOwn(specs.partials, name) ? specs.partials[name] : undefined;
    hbs.registerPartial(name, spec ? precompiled(spec) : partialSource(source));
  }
  const compiled = new Map<string, Handlebars.TemplateDelegate>();

  const template = (clauseId: string): Handlebars.TemplateDelegate => {
    let fn = compiled.get(clauseId);
    if (!fn) {
      const source = pack.clauses[clauseId];
      if (source === undefined) throw new MissingTemplateError(pack.lang, clauseId);
      const spec = specs && Object.hasOwn(specs.clauses, clauseId) ? specs.clauses[clauseId] : undefined;
      fn = spec ? precompiled(spec) : hbs.compile(source, TEMPLATE_OPTIONS);
      compiled.set(clauseId, fn);
    }
    return fn;
  };

  const heading = (key: string): string => escapeHtml(formatMessage(pack, key));

  return {
    lang: pack.lang,
    region,
    renderSection(section, common) {
      const parts = [`<section data-section-id="${escapeHtml(section.id)}">`, `<h2>${heading(`section.${section.id}`)}</h2>`];
      for (const c of section.clauses) {
        const html = template(c.id)({ ...common, ...c.facts });
        parts.push(`<div data-clause-id="${escapeHtml(c.id)}">${html}</div>`);
      }
      parts.push('</section>');
      return parts.join('');
    },
    renderTitle(common) {
      return `<section data-section-id="title">${template('title')(common)}</section>`;
    },
    message: (key, params) => formatMessage(pack, key, params),
  };
}

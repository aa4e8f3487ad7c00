import Handlebars from 'handlebars';
import type { PlannedSection, PolicyPlan } from '../plan/types.ts';
import { escapeHtml } from './escape.ts';
import { registerHelpers } from './helpers.ts';
import type { LanguagePack } from './language-pack.ts';
import { formatMessage } from './messages.ts';

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

/** `region` is the company's country, which picks regional date and list conventions (see `documentLocale`). */
export function createRenderer(pack: LanguagePack, region?: string): SectionRenderer {
  // An isolated Handlebars environment per language: helpers close over the language.
  const hbs = Handlebars.create();
  registerHelpers(hbs, pack, region);
  // A partial is used inside a sentence: the newline that ends its file must not become a space before the punctuation.
  for (const [name, source] of Object.entries(pack.partials)) hbs.registerPartial(name, source.replace(/\s+$/, ''));
  const compiled = new Map<string, Handlebars.TemplateDelegate>();

  const template = (clauseId: string): Handlebars.TemplateDelegate => {
    let fn = compiled.get(clauseId);
    if (!fn) {
      const source = pack.clauses[clauseId];
      if (source === undefined) throw new MissingTemplateError(pack.lang, clauseId);
      fn = hbs.compile(source, { preventIndent: true });
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

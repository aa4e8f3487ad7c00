import { join } from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_LANGUAGES, type DocumentLanguage } from '../../../shared/model/languages.ts';
import { loadLanguagePack, TEMPLATES_DIR } from '../../../shared/node/template-files.ts';
import { plan } from '../../../shared/plan/plan.ts';
import type { PlannedSection, PolicyPlan } from '../../../shared/plan/types.ts';
import { createRenderer } from '../../../shared/render/engine.ts';
import { escapeHtml } from '../../../shared/render/escape.ts';
import { registerHelpers } from '../../../shared/render/helpers.ts';
import type { LanguagePack } from '../../../shared/render/language-pack.ts';
import { formatMessage } from '../../../shared/render/messages.ts';
import { partialSource } from '../../../shared/render/precompiled.ts';
import { starterHostileAndLargeProjects } from '../../fixtures/starter-projects.ts';

/**
 * The engine calls templates more cheaply than Handlebars' plain use (one
 * set-up per renderer, templates compiled without source locations and with
 * every helper known, an `each` without per-row garbage): the policy must be
 * exactly what Handlebars' plain use of the same templates and helpers gives.
 */

/** Every section as Handlebars renders it used plainly: each template compiled from source as written, called at the top, the stock `each`. */
function plainRenderer(pack: LanguagePack, region: string): (section: PlannedSection, common: PolicyPlan['common']) => string {
  const hbs = Handlebars.create();
  const stockEach = hbs.helpers.each!;
  registerHelpers(hbs, pack, region);
  hbs.registerHelper('each', stockEach);
  for (const [name, source] of Object.entries(pack.partials)) hbs.registerPartial(name, partialSource(source));
  const template = (id: string) => hbs.compile(pack.clauses[id]!, { preventIndent: true });
  return (section, common) =>
    [
      `<section data-section-id="${escapeHtml(section.id)}">`,
      `<h2>${escapeHtml(formatMessage(pack, `section.${section.id}`))}</h2>`,
      ...section.clauses.map((c) => `<div data-clause-id="${escapeHtml(c.id)}">${template(c.id)({ ...common, ...c.facts })}</div>`),
      '</section>',
    ].join('');
}

const projects = starterHostileAndLargeProjects();

describe('the engine', () => {
  it.each(DOCUMENT_LANGUAGES.map((lang) => [lang]))('renders every section of every starter, a hostile and the large project as plain Handlebars does (%s)', (lang: DocumentLanguage) => {
    const pack = loadLanguagePack(lang, TEMPLATES_DIR, join(TEMPLATES_DIR, 'no-precompiled-templates'));
    for (const [name, project] of projects) {
      const region = project.company.address.country;
      const policyPlan = plan(project);
      const renderer = createRenderer(pack, region);
      const plain = plainRenderer(pack, region);
      // Twice: a second build answers from the helpers' memos, which must give what the first computed.
      for (let round = 0; round < 2; round++) {
        for (const section of policyPlan.sections) expect(renderer.renderSection(section, policyPlan.common), `${name} ${section.id}`).toBe(plain(section, policyPlan.common));
      }
    }
  });

  it('gives @root, @index, @first, @last, ../ and block parameters as plain Handlebars does', () => {
    const pack: LanguagePack = {
      lang: 'en',
      messages: { 'section.s': 'S' },
      partials: { item: '[{{@index}}:{{this}}]\n' },
      clauses: {
        loops:
          '{{#each rows}}{{@index}}{{#if @first}}F{{/if}}{{#if @last}}L{{/if}}={{name}}/{{../title}}/{{@root.title}}{{#each tags}}<{{@index}}{{this}}{{@last}}>{{> item}}{{/each}};{{else}}none{{/each}}' +
          '|{{#each map}}{{@key}}={{this}}{{#if @last}}.{{/if}}{{/each}}|{{#each rows as |row i|}}{{i}}{{row.name}}{{/each}}|{{#each empty}}x{{else}}empty{{/each}}',
      },
    };
    const facts = [
      { title: 'T', rows: [{ name: 'a', tags: ['x', 'y'] }, { name: 'b', tags: [] }], map: { k: 1, l: 2 }, empty: [] },
      { title: 'U', rows: [], map: {}, empty: [] },
      // A sparse list: holes are skipped, and the last row is still @last.
      // eslint-disable-next-line no-sparse-arrays
      { title: 'V', rows: [, { name: 'c', tags: ['z'] }, , { name: 'd', tags: [] }], map: { only: 0 }, empty: [] },
    ];
    const renderer = createRenderer(pack, 'SE');
    const plain = plainRenderer(pack, 'SE');
    for (const f of facts) {
      const section: PlannedSection = { id: 's', clauses: [{ id: 'loops', facts: f }] };
      const common = { company: {}, policy: {} } as PolicyPlan['common'];
      expect(renderer.renderSection(section, common)).toBe(plain(section, common));
    }
    expect(renderer.renderSection({ id: 's', clauses: [{ id: 'loops', facts: facts[0]! }] }, { company: {}, policy: {} } as PolicyPlan['common'])).toContain('0F=a/T/T<0xfalse>[0:x]<1ytrue>[1:y];1L=b/T/T;');
  });

  it('gives @data to a partial that reads it, called from a template with no "@" of its own, and renders a template without @data as plain Handlebars does', () => {
    const pack: LanguagePack = {
      lang: 'en',
      messages: { 'section.s': 'S' },
      partials: { item: '[{{@index}}{{#if @last}}.{{/if}}{{name}}/{{@root.title}}]\n' },
      clauses: { viaPartial: '{{#each rows}}{{> item}}{{/each}}', noData: '{{#each rows}}{{#if name}}<{{name}}/{{../title}}>{{/if}}{{/each}}' },
    };
    const facts = { title: 'T', rows: [{ name: 'a' }, { name: 'b' }] };
    const common = { company: {}, policy: {} } as PolicyPlan['common'];
    const section: PlannedSection = { id: 's', clauses: [{ id: 'viaPartial', facts }, { id: 'noData', facts }] };
    const rendered = createRenderer(pack, 'SE').renderSection(section, common);
    expect(rendered).toBe(plainRenderer(pack, 'SE')(section, common));
    expect(rendered).toContain('[0a/T][1.b/T]');
    expect(rendered).toContain('<a/T><b/T>');
  });

  it('fails as the template compiles when it calls a helper that does not exist', () => {
    const pack: LanguagePack = { lang: 'en', messages: { 'section.s': 'S' }, partials: {}, clauses: { bad: '<p>{{shout name}}</p>' } };
    const renderer = createRenderer(pack, 'SE');
    expect(() => renderer.renderSection({ id: 's', clauses: [{ id: 'bad', facts: { name: 'x' } }] }, { company: {}, policy: {} } as PolicyPlan['common'])).toThrow(/unknown helper shout/);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToNodes } from '../../fixtures/reference-html-parser.ts';
import { templateHtmlToNodes } from '../../../shared/document/template-html.ts';
import { parseProjectFile } from '../../../shared/model/project-file.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { loadLanguagePack, TEMPLATES_DIR } from '../../../shared/node/template-files.ts';
import { plan } from '../../../shared/plan/plan.ts';
import { createRenderer } from '../../../shared/render/engine.ts';
import { largeProject } from '../../bench/large-project.ts';
import { buildProject } from '../../fixtures/project-builder.ts';

/** What ProseMirror's own DOMParser makes of the HTML: the reference the fast path must match. */
const reference = (html: string) => JSON.parse(JSON.stringify(htmlToNodes(html)));

const starters = readdirSync(join(TEMPLATES_DIR, 'starters'))
  .filter((f) => f.endsWith('.policy'))
  .map((f) => {
    const r = parseProjectFile(readFileSync(join(TEMPLATES_DIR, 'starters', f), 'utf8'));
    if (!r.ok) throw new Error(`starter ${f} is invalid`);
    return [f, r.project] as [string, Project];
  });

const hostile = buildProject({
  company: {
    legalName: '<img src=x onerror=alert(1)> & {{evil}}',
    address: { street: 'A  \n street', postalCode: '1', city: '"Quoted" \'city\'', country: 'SE' },
    email: 'a@b.example',
  },
});

describe('template HTML → document', () => {
  it.each([...starters, ['base', buildProject()] as [string, Project], ['hostile', hostile] as [string, Project], ['large', largeProject()] as [string, Project]])(
    'matches ProseMirror’s DOMParser for every section of %s, in every language',
    (_name, project) => {
      for (const lang of ['en', 'sv'] as const) {
        const renderer = createRenderer(loadLanguagePack(lang), project.company.address.country);
        const policyPlan = plan(project);
        const htmls = [renderer.renderTitle(policyPlan.common), ...policyPlan.sections.map((s) => renderer.renderSection(s, policyPlan.common))];
        for (const html of htmls) expect(templateHtmlToNodes(html)).toEqual(reference(html));
      }
    },
    // The large project's HTML (200 recipients under three transfer laws) through happy-dom's parser takes seconds on a loaded 2-core machine.
    60_000,
  );

  it('handles marks, entities, whitespace, empty cells and nested lists like the reference', () => {
    const html = `<section data-section-id="x"><h2>T &amp; x &#169; &#x263A;</h2><div data-clause-id="c"><p>Hello  <strong>bold <em>both</em></strong> and <a href="https://a.example/?a=1&amp;b=2">link</a>.<br>next </p>
<ul><li>One</li><li><strong>Two</strong> (x)<ul><li>nested</li></ul></li></ul><ol start="3"><li><p>p</p></li></ol>
<table><thead><tr><th>H1</th><th>H2</th></tr></thead><tbody><tr><td><p>c1</p></td><td></td></tr></tbody></table><p></p></div></section>`;
    expect(templateHtmlToNodes(html)).toEqual(reference(html));
  });

  it('fails loudly on a tag it does not know, instead of dropping content', () => {
    expect(() => templateHtmlToNodes('<section data-section-id="x"><h2>T</h2><iframe></iframe></section>')).toThrow(/<iframe>/);
    expect(() => templateHtmlToNodes('<section data-section-id="x"><p>a <img src="x"> b</p></section>')).toThrow(/<img>/);
  });
});

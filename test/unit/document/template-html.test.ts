import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToNodes } from '../../fixtures/reference-html-parser.ts';
import { templateHtmlToNodes } from '../../../shared/document/template-html.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { loadLanguagePack } from '../../../shared/node/template-files.ts';
import { plan } from '../../../shared/plan/plan.ts';
import { createRenderer } from '../../../shared/render/engine.ts';
import { largeProject } from '../../bench/large-project.ts';
import { buildProject } from '../../fixtures/project-builder.ts';
import { hostileProject, starterProjects } from '../../fixtures/starter-projects.ts';

/** What ProseMirror's own DOMParser makes of the HTML: the reference the fast path must match. */
const reference = (html: string) => JSON.parse(JSON.stringify(htmlToNodes(html)));

const starters = starterProjects();

const hostile = hostileProject();

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

  it('makes plain objects whose keys come in the order of the JSON (type, attrs, content, marks, text), whatever makes them', () => {
    const policyPlan = plan(largeProject());
    const renderer = createRenderer(loadLanguagePack('en'), 'SE');
    const html = [renderer.renderTitle(policyPlan.common), ...policyPlan.sections.map((s) => renderer.renderSection(s, policyPlan.common))].join('');
    const order = ['type', 'attrs', 'content', 'marks', 'text'];
    let seen = 0;
    const check = (value: object) => {
      seen++;
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
      const keys = Object.keys(value);
      expect(keys).toEqual(order.filter((k) => keys.includes(k)));
    };
    const walk = (node: { content?: object[]; marks?: object[] }) => {
      check(node);
      for (const mark of node.marks ?? []) check(mark);
      for (const child of node.content ?? []) walk(child as typeof node);
    };
    for (const node of templateHtmlToNodes(html)) walk(node);
    expect(seen).toBeGreaterThan(10_000);
  });

  it('handles marks, entities, whitespace, empty cells and nested lists like the reference', () => {
    const html = `<section data-section-id="x"><h2>T &amp; x &#169; &#x263A;</h2><div data-clause-id="c"><p>Hello  <strong>bold <em>both</em></strong> and <a href="https://a.example/?a=1&amp;b=2">link</a>, <a href="https://b.example/" >two</a>, <a href = "https://c.example/">spaced</a>.<br>next </p>
<ul><li>One</li><li><strong>Two</strong> (x)<ul><li>nested</li></ul></li></ul><ol start="3"><li><p>p</p></li></ol>
<table><thead><tr><th>H1</th><th>H2</th></tr></thead><tbody><tr><td><p>c1</p></td><td></td></tr></tbody></table><p></p></div></section>`;
    expect(templateHtmlToNodes(html)).toEqual(reference(html));
  });

  it('makes a cell of one plain paragraph, and a row of such cells, as the reference does, whatever their spaces and entities, and any other cell or row by the general path', () => {
    const cells = ['x', '', ' ', '  a  b ', '\n a\tb\n', '&amp; &lt;b&gt;', '&nbsp;', ' &nbsp; ', 'a>b', 'Ö ’'].map((t) => `<td><p>${t}</p></td>`);
    // Near misses: the general path, which must give the same as ever.
    cells.push('<td><p>a</p> </td>', '<td> <p>a</p></td>', '<td><p>a<br>b</p></td>', '<td><p>a</p><p>b</p></td>', '<td><p><strong>a</strong></p></td>', '<td><p>a</td>');
    // Rows of such cells only, and rows that are not: a cell of another kind first, in the middle or last, text between cells, no cells.
    const rows = cells.map((c) => `<tr>${c}</tr>`);
    rows.push(`<tr>${cells[0]}${cells[3]}${cells[5]}</tr>`, `<tr>${cells.at(-1)}${cells[0]}</tr>`, `<tr>${cells[0]}${cells.at(-2)}${cells[1]}</tr>`, `<tr>${cells[0]}${cells.at(-3)}</tr>`);
    rows.push(`<tr>${cells[0]} ${cells[1]}</tr>`, `<tr>${cells[0]}\n</tr>`, '<tr></tr>', `<tr>${cells[0]}</tr >`, `<tr><th>H</th>${cells[0]}</tr>`);
    const html = `<section data-section-id="s"><div data-clause-id="c"><table><tr><th>H</th></tr>\n${rows.join('\n')}</table><table><tr><td><p>last</p></td></tr></table></div></section>`;
    expect(templateHtmlToNodes(html)).toEqual(reference(html));
  });

  it('matches the reference on any mix of the tags templates write: nesting, loose text, whitespace, entities, empty blocks', () => {
    // Text as templates leave it: escaped, with the spaces, newlines and entities that the whitespace rules and merging must get right.
    const text = fc.array(fc.constantFrom('a', 'Ö', ' ', '  ', '\n', '&amp;', '&lt;', '&quot;', '&#39;', '&nbsp;', 'x.', '’'), { maxLength: 6 }).map((parts) => parts.join(''));
    const { inline } = fc.letrec<{ inline: string }>((tie) => ({
      inline: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text,
        fc.constant('<br>'),
        fc.tuple(fc.constantFrom('strong', 'em', 'span'), tie('inline')).map(([tag, inner]) => `<${tag}>${inner}</${tag}>`),
        // A link's text has no link inside (HTML itself closes the first at the second).
        fc.array(fc.oneof(text, fc.constantFrom('<strong>b</strong>', '<em> i </em>', '<br>')), { maxLength: 3 }).map((parts) => `<a href="https://a.example/?q=1&amp;r=2">${parts.join('')}</a>`),
        fc.array(tie('inline'), { maxLength: 3 }).map((parts) => parts.join('')),
      ),
    }));
    // Blocks as templates nest them: a list item opens with text or a paragraph (the schema's "paragraph block*"), cells hold text or paragraphs.
    const paragraphs = fc.array(inline.map((inner) => `<p>${inner}</p>`), { minLength: 1, maxLength: 2 }).map((ps) => ps.join(''));
    const cell = fc.oneof(inline, paragraphs);
    const { block } = fc.letrec<{ block: string; list: string }>((tie) => ({
      list: fc
        .array(fc.tuple(fc.oneof(inline.map((i) => `x${i}`), paragraphs), fc.option(tie('list'), { nil: '' })), { maxLength: 3 })
        .map((items) => `<ul>${items.map(([first, nested]) => `<li>${first}${nested}</li>`).join('')}</ul>`),
      block: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        inline.map((inner) => `<p>${inner}</p>`),
        inline.map((inner) => `<h3>${inner}</h3>`),
        inline,
        tie('list'),
        fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }).map(
          (rows) => `<table><tr>${rows[0]!.map(() => '<th>H</th>').join('')}</tr>\n${rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</table>`,
        ),
        fc.array(tie('block'), { maxLength: 3 }).map((blocks) => `<blockquote>${blocks.join('')}</blockquote>`),
      ),
    }));
    const section = fc.array(block, { maxLength: 4 }).map((blocks) => `<section data-section-id="s"><h2>T</h2><div data-clause-id="c">${blocks.join('\n')}</div></section>`);
    fc.assert(
      fc.property(section, (html) => {
        expect(templateHtmlToNodes(html)).toEqual(reference(html));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('fails loudly on a tag it does not know, instead of dropping content', () => {
    expect(() => templateHtmlToNodes('<section data-section-id="x"><h2>T</h2><iframe></iframe></section>')).toThrow(/<iframe>/);
    expect(() => templateHtmlToNodes('<section data-section-id="x"><p>a <img src="x"> b</p></section>')).toThrow(/<img>/);
  });
});

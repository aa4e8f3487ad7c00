import { describe, expect, it } from 'vitest';
import { exportHtmlFragment, exportStandaloneHtml } from '../../../shared/export/html.ts';
import { writeNode } from '../../../shared/export/html-serializer.ts';
import { exportMarkdown } from '../../../shared/export/markdown.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { parseHtmlInNode } from '../../fixtures/reference-html-parser.ts';
import { generatePolicy } from '../../../shared/pipeline.ts';
import { buildProject } from '../../fixtures/project-builder.ts';

describe('standalone HTML', () => {
  const sv = generatePolicy(buildProject(), 'sv', nodeEnv);
  const html = exportStandaloneHtml(sv.document, sv.context);

  it('is one file with its language, title, inline CSS with print rules and no remote resource', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="sv">')).toBe(true);
    expect(html).toContain('<title>Integritetspolicy – Nordlys</title>');
    expect(html).toMatch(/<style>[\s\S]*@media print[\s\S]*<\/style>/);
    expect(html).not.toMatch(/<link |<script|src="http/);
  });

  it('has a table of contents whose anchors all lead to a section', () => {
    const container = parseHtmlInNode(html.replace(/^[\s\S]*<main>|<\/main>[\s\S]*$/g, ''));
    const links = Array.from(container.querySelectorAll('nav.toc a'));
    expect(links.length).toBe(sv.document.content.length - 1);
    for (const a of links) {
      const id = a.getAttribute('href')!.slice(1);
      const target = container.querySelector(`#${id}`);
      expect(target?.querySelector('h2')?.textContent).toBe(a.textContent);
    }
    expect(container.querySelector('nav.toc h2')?.textContent).toBe('Innehåll');
  });

  it('shows "last updated" in the document language', () => {
    expect(html).toContain('15 juni 2024');
  });

  it('writes tables with a header row and scoped header cells', () => {
    expect(html).toMatch(/<thead>\n<tr><th scope="col">/);
  });
});

describe('HTML fragment', () => {
  it('has no page chrome, carries lang, and keeps the same sections', () => {
    const en = generatePolicy(buildProject(), 'en', nodeEnv);
    const fragment = exportHtmlFragment(en.document, en.context);
    expect(fragment.startsWith('<div class="privacy-policy" lang="en">')).toBe(true);
    expect(fragment).not.toMatch(/<html|<head|<style|<body/);
    expect((fragment.match(/<section /g) ?? []).length).toBe(en.document.content.length);
  });
});

describe('exporters refuse what they do not know', () => {
  it('throws on an unknown node type or mark instead of dropping it', () => {
    expect(() => writeNode({ type: 'video' })).toThrow(/unknown node type "video"/);
    expect(() => writeNode({ type: 'text', text: 'x', marks: [{ type: 'highlight' }] })).toThrow(/unknown mark "highlight"/);
    const doc = { type: 'doc' as const, attrs: { lang: 'en' }, content: [{ type: 'policySection', content: [{ type: 'mystery' }] }] };
    const ctx = generatePolicy(buildProject(), 'en', nodeEnv).context;
    expect(() => exportMarkdown(doc, ctx)).toThrow(/unknown node type "mystery"/);
  });

  it('writes a link with an unsafe target as plain text', () => {
    const node = { type: 'paragraph', content: [{ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] };
    expect(writeNode(node)).toBe('<p>click</p>\n');
  });
});

describe('Markdown', () => {
  const en = generatePolicy(buildProject(), 'en', nodeEnv);
  const md = exportMarkdown(en.document, en.context);

  it('has the title, section headings and GFM tables', () => {
    expect(md.startsWith('# Privacy policy\n')).toBe(true);
    expect(md).toContain('\n## Cookies and similar technologies\n');
    expect(md).toMatch(/\| Cookie \| Provider \| Type \| Purpose \| Duration \|\n\| --- \| --- \| --- \| --- \| --- \|\n\| session\\_id \| Nordlys \|/);
  });

  it('writes links and emphasis', () => {
    expect(md).toContain('[privacy@nordlys.example](mailto:privacy@nordlys.example)');
    expect(md).toMatch(/\*\*Account details\*\*/);
  });
});

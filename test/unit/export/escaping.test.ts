import { describe, expect, it } from 'vitest';
import { exportHtmlFragment, exportStandaloneHtml } from '../../../shared/export/html.ts';
import { escapeMarkdown, exportMarkdown } from '../../../shared/export/markdown.ts';
import type { ProjectInput } from '../../../shared/model/schema.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { parseHtmlInNode } from '../../fixtures/reference-html-parser.ts';
import { generatePolicy } from '../../../shared/pipeline.ts';
import { baseProjectInput, buildProject } from '../../fixtures/project-builder.ts';

const XSS = '<img src=x onerror=alert(1)>';
const base = baseProjectInput();
const hostileInput: Partial<ProjectInput> = {
  company: { ...base.company!, legalName: XSS, tradingName: '{{company.email}} & <b>Bold</b>', website: 'https://example.com/"><script>alert(1)</script>' },
  recipients: [
    {
      id: 'evil',
      name: 'Evil "Quote" <Proc>',
      role: 'processor',
      activity: '*not bold* [link](javascript:alert(1))',
      storedIn: ['US'],
      transfers: { eu: { mechanism: 'scc' } },
      url: 'https://evil.example/?q=<x>',
    },
  ],
  activities: base.activities!.map((a) => ({ ...a, recipients: ['evil'] })),
  cookies: [{ name: '_x|y', provider: '<svg onload=alert(1)>', category: 'analytics', purpose: '# heading? | pipe', duration: '1 ` day', party: 'third' }],
};

describe('user text is text in every export', () => {
  const { document, context } = generatePolicy(buildProject(hostileInput), 'en', nodeEnv);
  const standalone = exportStandaloneHtml(document, context);
  const fragment = exportHtmlFragment(document, context);

  it.each([
    ['standalone HTML', standalone],
    ['HTML fragment', fragment],
  ])('%s: no markup from user input reaches the page', (_name, html) => {
    expect(html).not.toContain(XSS);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<script|<svg|<b>Bold|onerror=alert\(1\)>/);
    // Handlebars syntax in a field is printed, never evaluated.
    expect(html).toContain('{{company.email}} &amp; &lt;b&gt;Bold&lt;/b&gt;');
    expect(html).not.toContain('javascript:alert(1)"');
  });

  it('a browser shows the hostile strings as text and runs nothing', () => {
    const container = parseHtmlInNode(fragment);
    expect(container.querySelectorAll('img, script, svg, b').length).toBe(0);
    expect(container.textContent).toContain(XSS);
    expect(container.textContent).toContain('Evil "Quote" <Proc>');
    for (const a of Array.from(container.querySelectorAll('a'))) expect(a.getAttribute('href')).toMatch(/^(https?:|mailto:|#)/);
  });

  it('attribute values are escaped (a quote cannot close an href)', () => {
    expect(standalone).toContain('href="https://evil.example/?q=&lt;x&gt;"');
    expect(standalone).not.toContain('"><script>');
  });

  it('Markdown: user text cannot become Markdown or HTML', () => {
    const md = exportMarkdown(document, context);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('\\*not bold\\* \\[link\\](javascript:alert(1))');
    expect(md).toContain('\\_x\\|y');
    expect(md).not.toMatch(/(^|[^\\])<svg/);
  });

  it('escapeMarkdown escapes block markers at the start of a line only', () => {
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('Issue #1 costs 1.5')).toBe('Issue #1 costs 1.5');
    expect(escapeMarkdown('Tom & Jerry, &amp;')).toBe('Tom & Jerry, \\&amp;');
  });
});

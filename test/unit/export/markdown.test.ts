/**
 * Markdown injection (issue "Trust nothing", 7): whatever a user types, the
 * Markdown export shows it as text in markdown-it (linkify on) and marked;
 * no newline, marker or bracket in it becomes a heading, a list, a rule, a
 * table cell, markup or a link of its own.
 */
import { describe, expect, it } from 'vitest';
import type { DocMark, DocNode, PolicyDocument } from '../../../shared/document/types.ts';
import { escapeDestination } from '../../../shared/export/markdown/escape.ts';
import { exportMarkdown } from '../../../shared/export/markdown.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { generatePolicy } from '../../../shared/pipeline.ts';
import { docxContext } from '../../fixtures/docx-document.ts';
import { baseProjectInput, buildProject } from '../../fixtures/project-builder.ts';
import { activeContent, renderMarkdown, visibleText, type Rendering } from '../../fixtures/rendered-output.ts';

const ctx = docxContext('en');
const text = (value: string, marks?: DocMark[]): DocNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const heading = (level: number, ...content: DocNode[]): DocNode => ({ type: 'heading', attrs: { level }, content });
const hardBreak: DocNode = { type: 'hardBreak' };
const link = (href: string): DocMark => ({ type: 'link', attrs: { href } });
const doc = (...blocks: DocNode[]): PolicyDocument => ({ type: 'doc', attrs: { lang: 'en' }, content: [{ type: 'policySection', attrs: { id: 's' }, content: blocks }] });

const render = (...blocks: DocNode[]): Rendering[] => renderMarkdown(exportMarkdown(doc(...blocks), ctx));
/** The element names directly under the rendered root, e.g. ["p"] or ["h2", "p"]. */
const shape = (r: Rendering): string[] => Array.from(r.root.children).map((el) => el.tagName.toLowerCase());
const tags = (r: Rendering, selector: string): number => r.root.querySelectorAll(selector).length;

/** Text that a renderer would read as a block if it started a line. */
const BLOCK_PAYLOADS = [
  'x\n===\n---',
  '# heading',
  '###### six',
  '- item',
  '+ item',
  '* item',
  '1. item',
  '7) item',
  '> quote',
  '```js\nalert(1)\n```',
  '~~~\ncode\n~~~',
  '    indented code',
  '\tindented code',
  '***',
  '___',
  '- - -',
  '===',
  '<div onclick="alert(1)">x</div>',
  '<script>alert(1)</script>',
  '| a | b |\n| --- | --- |\n| c | d |',
  'a\n:-:',
  '[ref]: https://evil.example',
  '[^1]: footnote',
  'line one\n\n\n# line two',
  '\r\n- after CRLF\r---',
];

/** Text that would be markup, a link or an image inline. */
const INLINE_PAYLOADS = [
  '*em* _em_ **strong** __strong__',
  '`code` ``code``',
  '~~strike~~ ~strike~',
  '[link](https://evil.example) [ref][1] [[wiki]]',
  '![image](https://evil.example/pixel.png)',
  '<https://evil.example> <mail@evil.example>',
  'https://ok.example/](javascript:alert(1))',
  'javascript:alert(1) data:text/html,<script>alert(1)</script>',
  '<img src=x onerror=alert(1)> <b>bold</b>',
  '&amp; &#106; &lt;b&gt; &copy;',
  'back\\slash\\ and \\*escaped\\*',
  'trailing backslash \\',
  'Wow!',
  '{{company.email}} ]]> "quotes" \'single\'',
];

describe('Markdown export: user text stays text', () => {
  it.each(BLOCK_PAYLOADS.map((p) => [JSON.stringify(p), p]))('at the start of a paragraph, %s is one paragraph of text', (_name, payload) => {
    for (const r of render(paragraph(text(payload)))) {
      expect(shape(r), r.renderer).toEqual(['p']);
      expect(visibleText(r.root).trim(), r.renderer).toBe(payload.replace(/\s+/g, ' ').trim());
      expect(activeContent(r.root), r.renderer).toEqual([]);
    }
  });

  it.each(BLOCK_PAYLOADS.map((p) => [JSON.stringify(p), p]))('after a line break inside a paragraph, %s is still that paragraph', (_name, payload) => {
    for (const r of render(paragraph(text('Before'), hardBreak, text(payload), hardBreak, text(payload)))) {
      expect(shape(r), r.renderer).toEqual(['p']);
      expect(tags(r, 'br'), r.renderer).toBe(2);
      const shown = payload.replace(/\s+/g, ' ').trim();
      expect(visibleText(r.root).replace(/\s+/g, ' ').trim(), r.renderer).toBe(`Before ${shown} ${shown}`);
    }
  });

  it.each(BLOCK_PAYLOADS.map((p) => [JSON.stringify(p), p]))('in a heading, %s keeps the heading whole (one heading, nothing after it)', (_name, payload) => {
    for (const r of render(heading(2, text('Title '), text(payload), hardBreak, text('end')))) {
      expect(shape(r), r.renderer).toEqual(['h2']);
      expect(visibleText(r.root).trim(), r.renderer).toBe(`Title ${payload.replace(/\s+/g, ' ').trim()} end`);
    }
  });

  it.each(INLINE_PAYLOADS.map((p) => [JSON.stringify(p), p]))('inline, %s is neither markup nor a link', (_name, payload) => {
    for (const r of render(paragraph(text('See '), text(payload), text(' here')))) {
      expect(shape(r), r.renderer).toEqual(['p']);
      expect(tags(r, 'em, strong, code, del, s, b, img, script, br'), r.renderer).toBe(0);
      // linkify and GFM autolinks may turn a bare http(s) address into a link to itself; nothing else becomes one.
      for (const a of Array.from(r.root.querySelectorAll('a'))) expect(a.getAttribute('href'), r.renderer).toMatch(/^(https?:\/\/|mailto:)/);
      expect(activeContent(r.root), r.renderer).toEqual([]);
      expect(visibleText(r.root), r.renderer).toBe(`See ${payload.replace(/\s+/g, ' ')} here`);
    }
  });

  it.each(INLINE_PAYLOADS.map((p) => [JSON.stringify(p), p]))('as a link\'s text, %s is that link\'s text and nothing else', (_name, payload) => {
    for (const r of render(paragraph(text('See '), text(payload, [link('https://ok.example/page')]), text(payload, [link('https://ok.example/page'), { type: 'bold' }]), text(' here')))) {
      expect(shape(r), r.renderer).toEqual(['p']);
      expect(tags(r, 'em, code, del, s, b, img, script, br, a a'), r.renderer).toBe(0);
      expect(Array.from(r.root.querySelectorAll('a')).map((a) => a.getAttribute('href')), r.renderer).toEqual(['https://ok.example/page']);
      expect(activeContent(r.root), r.renderer).toEqual([]);
      expect(visibleText(r.root), r.renderer).toBe(`See ${payload.replace(/\s+/g, ' ')}${payload.replace(/\s+/g, ' ')} here`);
    }
  });

  it('a link right after "!" is a link, not an image', () => {
    for (const r of render(paragraph(text('Wow!'), text('our site', [link('https://ok.example/')])))) {
      expect(tags(r, 'img'), r.renderer).toBe(0);
      expect(r.root.querySelector('a')?.getAttribute('href'), r.renderer).toBe('https://ok.example/');
      expect(visibleText(r.root).trim(), r.renderer).toBe('Wow!our site');
    }
  });

  it('a heading ending in "#" keeps it (no ATX closing sequence)', () => {
    for (const r of render(heading(2, text('Section #')), heading(3, text('#')), heading(2, text('C# and F##  ')))) {
      expect(Array.from(r.root.querySelectorAll('h2, h3')).map((h) => h.textContent), r.renderer).toEqual(['Section #', '#', 'C# and F##']);
    }
  });
});

describe('Markdown export: link destinations', () => {
  const HOSTILE_HREFS = [
    'https://ok.example/](javascript:alert(1))',
    'https://ok.example/)](javascript:alert(1))',
    'https://ok.example/"onmouseover="alert(1)',
    'https://ok.example/>"<script>alert(1)</script>',
    'https://ok.example/\\)javascript:alert(1)',
    'https://ok.example/?q=1&amp;x=&#106;avascript',
    'https://ok.example/%zz%41',
    'https://ok.example/path_(with)_parens*and*stars',
    'https://ok.example/ünï©ødé/😀',
    'mailto:someone@ok.example?subject=a](javascript:alert(1))',
  ];

  it.each(HOSTILE_HREFS.map((h) => [h]))('%s is one link to that address, with its own text', (href) => {
    for (const r of render(paragraph(text('Go to '), text('the site', [link(href)]), text(' now')))) {
      const links = Array.from(r.root.querySelectorAll('a'));
      expect(links.map((a) => a.textContent), r.renderer).toEqual(['the site']);
      const shown = links[0]!.getAttribute('href')!;
      expect(shown, r.renderer).toMatch(/^(https:\/\/ok\.example\/|mailto:someone@ok\.example)/);
      // The address the reader reaches is the one entered, only percent-encoded.
      expect(decodeURI(shown.replace(/%(?![0-9A-F]{2})/gi, '%25')), r.renderer).toBe(decodeURI(escapeDestination(href)));
      expect(activeContent(r.root), r.renderer).toEqual([]);
      expect(visibleText(r.root), r.renderer).toBe('Go to the site now');
    }
  });

  it('percent-encodes what would end the destination, keeps what a URL needs', () => {
    expect(escapeDestination('https://ok.example/](javascript:alert(1))')).toBe('https://ok.example/%5D%28javascript:alert%281%29%29');
    expect(escapeDestination('https://ok.example/a b<c>"d\\e')).toBe('https://ok.example/a%20b%3Cc%3E%22d%5Ce');
    expect(escapeDestination('https://ok.example/?a=1&b=2#frag')).toBe('https://ok.example/?a=1&b=2#frag');
    expect(escapeDestination('https://ok.example/%41%zz')).toBe('https://ok.example/%41%25zz');
    // An entity would be decoded inside the destination; the letter after "&" percent-encoded is the same URL.
    expect(escapeDestination('https://ok.example/?x=&copy;&#106;')).toBe('https://ok.example/?x=&%63opy;&#%3106;');
  });

  it('a javascript: or data: link is shown as its text, never linked', () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', ' javascript:alert(1)', 'JaVaScRiPt:alert(1)']) {
      for (const r of render(paragraph(text('click me', [link(href)])))) {
        expect(tags(r, 'a'), `${r.renderer} ${href}`).toBe(0);
        expect(visibleText(r.root).trim()).toBe('click me');
      }
    }
  });

  it('the issue\'s payload in a processor\'s address, through the whole pipeline, links only to that address', () => {
    const base = baseProjectInput();
    const evil = 'https://ok.example/](javascript:alert(1))';
    const project = buildProject({ recipients: base.recipients!.map((r) => ({ ...r, url: evil })) });
    const { document, context } = generatePolicy(project, 'en', nodeEnv);
    for (const r of renderMarkdown(exportMarkdown(document, context))) {
      expect(activeContent(r.root), r.renderer).toEqual([]);
      const hrefs = Array.from(r.root.querySelectorAll('a')).map((a) => a.getAttribute('href') ?? '');
      expect(hrefs.filter((h) => h.includes('ok.example')), r.renderer).toEqual(expect.arrayContaining([expect.stringMatching(/^https:\/\/ok\.example\/%5D%28javascript:alert%281%29%29$/)]));
      expect(visibleText(r.root), r.renderer).toContain(evil);
    }
  });
});

describe('Markdown export: marks, tables and lists keep their shape', () => {
  it('neighbours sharing a mark share one pair of delimiters; whitespace at the edges stays outside', () => {
    const md = exportMarkdown(doc(paragraph(text('plain '), text('bold ', [{ type: 'bold' }]), text('both', [{ type: 'bold' }, { type: 'italic' }]), text(' after'))), ctx);
    expect(md).toBe('plain **bold *both*** after\n');
    for (const r of renderMarkdown(md)) {
      expect(r.root.querySelector('strong')?.textContent, r.renderer).toBe('bold both');
      expect(r.root.querySelector('strong em')?.textContent, r.renderer).toBe('both');
    }
  });

  it('a mark around whitespace only writes no delimiters (no "****" rule, no "* " list)', () => {
    for (const r of render(paragraph(text('  ', [{ type: 'bold' }]), text(' ', [{ type: 'italic' }]), text('text')))) {
      expect(shape(r), r.renderer).toEqual(['p']);
      expect(visibleText(r.root).trim()).toBe('text');
    }
  });

  it('table cells hold pipes, newlines, line breaks, lists and nested tables as text, in the right column', () => {
    const cell = (...content: DocNode[]): DocNode => ({ type: 'tableCell', content });
    const nested: DocNode = { type: 'table', content: [{ type: 'tableRow', content: [cell(paragraph(text('n1'))), cell(paragraph(text('n2')))] }] };
    const list: DocNode = { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('one'))] }, { type: 'listItem', content: [paragraph(text('two | three'))] }] };
    const table: DocNode = {
      type: 'table',
      content: [
        { type: 'tableRow', content: [{ type: 'tableHeader', content: [paragraph(text('A|B'))] }, { type: 'tableHeader', content: [paragraph(text('---'))] }] },
        { type: 'tableRow', content: [cell(paragraph(text('x\n| y | z |'), hardBreak, text('w'))), cell(list, nested, { type: 'horizontalRule' })] },
      ],
    };
    for (const r of render(table)) {
      const rows = Array.from(r.root.querySelectorAll('tr')).map((tr) => Array.from(tr.children).map((c) => c.textContent?.trim()));
      expect(rows, r.renderer).toEqual([
        ['A|B', '---'],
        ['x | y | z | w', 'one; two | three n1 n2'],
      ]);
    }
  });

  it('a list item with a newline, a marker or a second paragraph stays one item', () => {
    const item = (...content: DocNode[]): DocNode => ({ type: 'listItem', content });
    const lists: DocNode[] = [
      { type: 'bulletList', content: [item(paragraph(text('first\n- injected'))), item(paragraph(text('1. second')), paragraph(text('- more')))] },
      { type: 'orderedList', attrs: { start: 'NaN' }, content: [item(paragraph(text('# one')))] },
    ];
    for (const r of render(...lists)) {
      expect(shape(r), r.renderer).toEqual(['ul', 'ol']);
      expect(Array.from(r.root.querySelectorAll('li')).map((li) => visibleText(li as HTMLElement).trim()), r.renderer).toEqual(['first - injected', '1. second - more', '# one']);
      expect(r.root.querySelector('ol')?.getAttribute('start') ?? '1', r.renderer).toBe('1');
    }
  });

  it('a quote holding hostile text stays one quote', () => {
    for (const r of render({ type: 'blockquote', content: [paragraph(text('q\n---\n# h')), paragraph(text('> two'))] })) {
      expect(shape(r), r.renderer).toEqual(['blockquote']);
      expect(Array.from(r.root.querySelectorAll('blockquote > *')).map((el) => el.tagName.toLowerCase()), r.renderer).toEqual(['p', 'p']);
    }
  });
});

describe('Markdown export: addresses in text', () => {
  it('an address before a line break stays that address (marked would read a backslash break as part of it)', () => {
    for (const r of render(paragraph(text('See https://ok.example/a_b'), hardBreak, text('next'), hardBreak, text('mail me@ok.example'), hardBreak, text('end')))) {
      expect(tags(r, 'br'), r.renderer).toBe(3);
      for (const a of Array.from(r.root.querySelectorAll('a'))) expect(a.getAttribute('href'), r.renderer).not.toMatch(/%5C|\\/i);
      expect(visibleText(r.root), r.renderer).toBe('See https://ok.example/a_b next mail me@ok.example end');
    }
  });

  it('an address as a link\'s text is written plainly (no autolink starts inside a link)', () => {
    const md = exportMarkdown(doc(paragraph(text('https://ok.example/members_en', [link('https://ok.example/members_en')]))), ctx);
    expect(md).toBe('[https://ok.example/members\\_en](https://ok.example/members_en)\n');
  });
});

import { describe, expect, it } from 'vitest';
import { formatProjectError, parseProject, serializeProject } from '../../../shared/model/index.ts';
import { buildProject } from '../../fixtures/project-builder.ts';

const withOverride = (content: unknown) => ({ ...buildProject(), overrides: [{ sectionId: 'intro', language: 'en', basedOnHash: 'abc', content }] });
const errorsFor = (content: unknown) => {
  const r = parseProject(withOverride(content));
  return r.ok ? [] : r.errors.map(formatProjectError);
};
const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const section = (...content: unknown[]) => ({ type: 'policySection', content });

describe('section content is checked against the document schema', () => {
  it('accepts what the editor writes: sections, lists, tables, marks, links', () => {
    const ok = section(
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Who we are' }] },
      para('We are Acme.'),
      { type: 'bulletList', content: [{ type: 'listItem', content: [para('one'), { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [para('nested')] }] }] }] },
      { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [para('A')] }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'site', marks: [{ type: 'link', attrs: { href: 'https://acme.example' } }, { type: 'bold' }] }, { type: 'hardBreak' }] },
    );
    expect(errorsFor(ok)).toEqual([]);
    expect(errorsFor(para('a single block is fine too'))).toEqual([]);
  });

  it('refuses a list item outside a list (Markdown export threw "unknown node type listItem")', () => {
    expect(errorsFor(section({ type: 'listItem', content: [para('x')] }))).toEqual([
      'overrides[0].content: a "policySection" cannot hold listItem: it holds one or more block',
    ]);
    expect(errorsFor({ type: 'listItem', content: [para('x')] })).toEqual(['overrides[0].content: expected a section or a block (paragraph, heading, list, table, quote), got a "listItem"']);
  });

  it('refuses inline content where a block belongs (Markdown export threw "unexpected inline node")', () => {
    expect(errorsFor(section({ type: 'paragraph', content: [para('inner')] }))).toEqual([
      'overrides[0].content.content[0]: a "paragraph" cannot hold paragraph: it holds any number of inline',
    ]);
    expect(errorsFor(section({ type: 'text', text: 'loose' }))[0]).toMatch(/^overrides\[0\]\.content: a "policySection" cannot hold text/);
  });

  it('names an unknown node or mark type, and bad attributes, by path', () => {
    expect(errorsFor(section({ type: 'image', attrs: { src: 'x' } }))).toEqual([
      expect.stringMatching(/^overrides\[0\]\.content\.content\[0\]\.type: expected a node type the exporters can write: one of paragraph, /),
    ]);
    expect(errorsFor(section({ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'code' }] }] }))[0]).toMatch(/^overrides\[0\]\.content\.content\[0\]\.content\[0\]\.marks\[0\]\.type: expected a mark/);
    expect(errorsFor(section({ type: 'heading', attrs: { level: 9 }, content: [] }))).toEqual(['overrides[0].content.content[0].attrs.level: expected a heading level of 1, 2 or 3']);
    // Without a level, the DOCX export threw "heading level 0 is not one of 1–3".
    expect(errorsFor({ type: 'heading' })).toEqual(['overrides[0].content.attrs.level: expected a heading level of 1, 2 or 3']);
    expect(errorsFor(section({ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 1e9 }, content: [para('x')] }] }] }))[0]).toMatch(/colspan: expected a whole number of cells from 1 to 50/);
    expect(errorsFor(section({ type: 'paragraph', content: [{ type: 'text', text: '' }] }))[0]).toMatch(/content\[0\]\.text: expected the text of a text node/);
  });

  it('checks custom sections the same way', () => {
    const r = parseProject({ ...buildProject(), customSections: [{ id: 'custom-a', afterSectionId: 'intro', language: 'en', content: section({ type: 'tableRow', content: [] }) }] });
    expect(!r.ok && r.errors.map(formatProjectError)).toEqual(['customSections[0].content: a "policySection" cannot hold tableRow: it holds one or more block']);
  });
});

describe('fields the schema does not know', () => {
  it('are kept through parse and serialize, at the top level and inside objects and lists', () => {
    const raw = JSON.parse(serializeProject(buildProject()));
    raw.processorz = [{ name: 'typo list' }];
    raw.company.emial = 'typo@acme.example';
    raw.recipients[0].notes = { internal: true };
    const parsed = parseProject(raw);
    if (!parsed.ok) throw new Error(parsed.errors.map(formatProjectError).join('\n'));
    expect(parsed.unknownFields).toEqual(['company.emial', 'processorz', 'recipients[0].notes']);
    const again = JSON.parse(serializeProject(parsed.project));
    expect(again.processorz).toEqual([{ name: 'typo list' }]);
    expect(again.company.emial).toBe('typo@acme.example');
    expect(again.recipients[0].notes).toEqual({ internal: true });
    // Parsed again (a save sends the project back), they are still there.
    const second = parseProject(again);
    expect(second.ok && serializeProject(second.project)).toBe(serializeProject(parsed.project));
  });

  it('keep a key named __proto__ as a field, not as a prototype', () => {
    const raw = JSON.parse(serializeProject(buildProject()).replace('"company": {', '"company": {"__proto__": {"polluted": 1},'));
    const parsed = parseProject(raw);
    expect(parsed.ok && Object.getPrototypeOf(parsed.project.company)).toBe(Object.prototype);
    expect(parsed.ok && serializeProject(parsed.project)).toContain('"__proto__"');
  });
});

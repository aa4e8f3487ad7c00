import { describe, expect, it } from 'vitest';
import { safeDocument } from '../../../shared/document/safe-text.ts';
import type { PolicyDocument } from '../../../shared/document/types.ts';
import { exportHtmlFragment } from '../../../shared/export/html.ts';
import { exportMarkdown } from '../../../shared/export/markdown.ts';
import type { ExportContext } from '../../../shared/export/context.ts';

const ctx: ExportContext = {
  lang: 'en',
  companyName: 'Acme',
  legalName: 'Acme Ltd',
  lastUpdated: '2026-12-01',
  message: (key) => key,
  formatDate: (iso) => iso,
};

/** A policy section with one paragraph of `text`, a link to `href` in it. */
function docWith(text: string, href = 'https://acme.example/privacy'): PolicyDocument {
  return {
    type: 'doc',
    attrs: { lang: 'en' },
    content: [
      {
        type: 'policySection',
        attrs: { sectionId: 'contact' },
        content: [{ type: 'paragraph', content: [{ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] }] }],
      },
    ],
  };
}

describe('safeDocument', () => {
  it('strips the characters no format can hold from texts and attributes', () => {
    const safe = safeDocument(docWith('Write\u0007 to us\uFFFE', 'https://acme.example/\u0001privacy'));
    const text = safe.content[0]!.content![0]!.content![0]!;
    expect(text.text).toBe('Write to us');
    expect(text.marks![0]!.attrs!.href).toBe('https://acme.example/privacy');
  });

  it('gives back a clean document itself, and the cleaned copy of a dirty one when that is asked for again', () => {
    const clean = docWith('Write to us');
    expect(safeDocument(clean)).toBe(clean);
    const cleaned = safeDocument(docWith('Write\u0007 to us'));
    expect(safeDocument(cleaned)).toBe(cleaned);
  });

  it('cleans every document it is given, also one with the same content as one cleaned before', () => {
    // The memo goes by the object, never by content: a second document with a control character is cleaned too.
    safeDocument(docWith('Write\u0007 to us'));
    const again = docWith('Write\u0007 to us');
    expect(safeDocument(again).content[0]!.content![0]!.content![0]!.text).toBe('Write to us');
    expect(again.content[0]!.content![0]!.content![0]!.text).toBe('Write\u0007 to us');
  });

  it('keeps the exports of one document clean when several writers are handed it in turn', () => {
    const dirty = docWith('Write\u0007 to us');
    for (let i = 0; i < 2; i++) {
      expect(exportHtmlFragment(dirty, ctx)).not.toContain('\u0007');
      expect(exportMarkdown(dirty, ctx)).not.toContain('\u0007');
    }
    expect(exportMarkdown(dirty, ctx)).toContain('Write to us');
  });
});

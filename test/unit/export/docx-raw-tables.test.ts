import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/document/types.ts';
import { exportDocx, type DocxExportOptions } from '../../../shared/export/docx/index.ts';
import { diffDocuments } from '../../../shared/export/redline/diff-documents.ts';
import { bold, doc, docxContext, docxDocument, h, hardBreak, italic, link, p, section, strike, text, underline } from '../../fixtures/docx-document.ts';
import { twoVersions } from './redline-versions.ts';

/**
 * Tables of plain paragraphs are written as WordprocessingML text directly
 * (shared/export/docx/raw-xml.ts), which is most of a large policy's export
 * time saved. With `estimatePageNumbers: true` they go through `docx`'s
 * Table (docx/layout reads it): both must give the same XML, hyperlinks
 * pointing at the same targets, tracked changes numbered alike.
 */

async function tablesAndLinks(bytes: Uint8Array): Promise<{ tables: string[]; targets: Map<string, string> }> {
  const zip = await JSZip.loadAsync(bytes);
  const document = await zip.file('word/document.xml')!.async('string');
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  const targets = new Map([...rels.matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map(([, id, target]) => [id!, target!]));
  // A hyperlink's relationship id differs (docx draws random ones): compare what it points at.
  const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([t]) => t.replace(/r:id="([^"]+)"/g, (_m, id: string) => `target="${targets.get(id) ?? 'MISSING'}"`));
  return { tables, targets };
}

async function bothWays(document: Parameters<typeof exportDocx>[0], options: DocxExportOptions = {}) {
  const ctx = docxContext('en');
  const raw = await tablesAndLinks(await exportDocx(document, ctx, { ...options, estimatePageNumbers: false }));
  const viaDocx = await tablesAndLinks(await exportDocx(document, ctx, { ...options, estimatePageNumbers: true }));
  return { raw, viaDocx };
}

describe('DOCX tables written as raw XML', () => {
  it('writes the same tables as docx does: header cells, widths, marks, breaks, links, escaping', async () => {
    const cell = (type: string, content: DocNode[], attrs: Record<string, unknown> = {}): DocNode => ({ type, attrs: { colspan: 1, rowspan: 1, colwidth: null, ...attrs }, content });
    const table: DocNode = {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', [p('Name')]), cell('tableHeader', [p('Details & <notes>')], { colspan: 2 })] },
        {
          type: 'tableRow',
          content: [
            cell('tableCell', [p(text('Bold', bold), text(' italic "q"', italic), hardBreak(), text("it's", underline, strike))]),
            cell('tableCell', [p(text('site', link('https://example.com/?a=1&b=2')), text(' more', link('https://example.com/?a=1&b=2')), text(' x', link('mailto:a@example.com')))]),
            cell('tableCell', []),
          ],
        },
        { type: 'tableRow', content: [cell('tableCell', [p('one'), p('two')]), cell('tableCell', [p('')]), cell('tableCell', [p(text('javascript', link('javascript:alert(1)')))])] },
      ],
    };
    const { raw, viaDocx } = await bothWays(doc('en', section('cookies', 'customized', h(2, 'Cookies'), table)));
    expect(raw.tables).toHaveLength(1);
    expect(raw.tables).toEqual(viaDocx.tables);
    expect(raw.tables[0]).toContain('target="https://example.com/?a=1&amp;b=2"');
    expect(raw.tables[0]).not.toContain('MISSING');
  });

  it('writes the fixture policy\'s tables as docx does', async () => {
    const { raw, viaDocx } = await bothWays(docxDocument('en'));
    expect(raw.tables.length).toBeGreaterThan(0);
    expect(raw.tables).toEqual(viaDocx.tables);
  });

  it('writes a redline\'s tracked row and run changes as docx does', async () => {
    const versions = twoVersions();
    const redline = diffDocuments(versions.before, versions.after);
    const { raw, viaDocx } = await bothWays(redline, { trackChanges: { author: 'Fjord & Co <legal>', date: '2025-03-01' } });
    expect(raw.tables.join('')).toMatch(/<w:(ins|del) w:id="\d+"/);
    expect(raw.tables).toEqual(viaDocx.tables);
  });
});

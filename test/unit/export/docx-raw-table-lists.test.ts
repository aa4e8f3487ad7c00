import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { DocMark, DocNode } from '../../../shared/document/types.ts';
import { exportDocx } from '../../../shared/export/docx/index.ts';
import { bold, doc, docxContext, h, li, link, ol, p, section, text, ul } from '../../fixtures/docx-document.ts';

/**
 * Tables whose cells hold lists are written as raw XML too
 * (shared/export/docx/table-writer.ts), their items as the list writers'
 * raw paragraphs. A list with a link mark keeps `docx`'s table, since
 * `docx` gives its links random relationship ids; a `javascript:` link is
 * written as plain text either way, so the same table with such a mark
 * goes through `docx` with the same content: both must give the same
 * document, numbering and page estimate (the contents' page numbers).
 */

const cell = (type: string, content: DocNode[]): DocNode => ({ type, attrs: { colspan: 1, rowspan: 1, colwidth: null }, content });
const ordered = (start: number, ...items: DocNode[]): DocNode => ({ type: 'orderedList', attrs: { start }, content: items });

/** A policy of tables with lists in their cells, long enough to run over several pages; `mark` goes on one text of each list. */
function listTables(mark: DocMark | undefined): DocNode[] {
  const marked = (value: string): DocNode => (mark ? text(value, mark) : text(value));
  const sections: DocNode[] = [];
  for (let s = 0; s < 6; s++) {
    const rows: DocNode[] = [{ type: 'tableRow', content: [cell('tableHeader', [p('Category')]), cell('tableHeader', [p('Examples'), ul(li(p('in a header cell')))]), cell('tableHeader', [p('Sources')])] }];
    for (let r = 0; r < 12; r++) {
      rows.push({
        type: 'tableRow',
        content: [
          cell('tableCell', [p(`Category ${s}.${r}`, text(' bold', bold))]),
          cell('tableCell', [p('Such as:'), ul(li(p(marked(`example ${r}a`))), li(p(`example ${r}b with a longer text that wraps over more than one line of the cell`), p('a second paragraph'), ul(li(p('nested')), li(p('deeper'), ol(li(p('one')), li(p('two')))))))]),
          // Items of one style, their spacing joined: heights a cell of plain paragraphs would not have.
          cell('tableCell', [ol(li(p(marked('first'))), ...Array.from({ length: 8 }, (_, k) => li(p(`item ${k}`)))), p('after the list')]),
        ],
      });
    }
    // A list of its own start has a numbering definition of its own: its table stays docx's either way.
    const ownStart: DocNode = { type: 'table', content: [{ type: 'tableRow', content: [cell('tableCell', [p('Steps'), ordered(3, li(p('from three')), li(p('four')))]), cell('tableCell', [ul(li(p('plain')))])] }] };
    sections.push(section(`section-${s}`, 'customized', h(2, `Section ${s}`), p('Before the table.'), { type: 'table', content: rows }, p('After the table.'), ownStart));
  }
  return sections;
}

/** The parts the tables are in or count in; bookmark ids left out, which `docx` counts on from one export to the next. */
async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of ['word/document.xml', 'word/numbering.xml', 'word/_rels/document.xml.rels', 'docProps/app.xml']) {
    const xml = await zip.file(name)!.async('string');
    out.set(name, xml.replace(/_Toc\d+/g, '_Toc').replace(/(<w:bookmark(?:Start|End)[^>]*? w:id=")\d+/g, '$1'));
  }
  return out;
}

describe('DOCX tables with lists in their cells', () => {
  it('writes them as raw XML, the same document, numbering and page numbers as through docx', async () => {
    const ctx = docxContext('en');
    const raw = await parts(await exportDocx(doc('en', ...listTables(undefined)), ctx));
    const viaDocx = await parts(await exportDocx(doc('en', ...listTables(link('javascript:alert(1)'))), ctx));
    const document = raw.get('word/document.xml')!;
    expect(document).toContain('<w:pStyle w:val="ListBullet2"/>');
    expect(document).toContain('<w:pStyle w:val="ListContinue"/>');
    // The contents have page numbers beyond the first pages: the estimate ran over the tables.
    expect(document).toMatch(/PAGEREF[^]*?<w:t[^>]*>[3-9]<\/w:t>/);
    for (const [name, xml] of raw) expect(xml, name).toBe(viaDocx.get(name));
  });

  it('keeps docx\'s table for a list with a link, and the link works', async () => {
    const ctx = docxContext('en');
    const bytes = await exportDocx(doc('en', ...listTables(link('https://example.com/a?b=1&c=2'))), ctx);
    const { 'word/document.xml': document, 'word/_rels/document.xml.rels': rels } = Object.fromEntries(await parts(bytes));
    const ids = [...document!.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"/g)].map(([, id]) => id!);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(rels).toContain(`Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com/a?b=1&amp;c=2" TargetMode="External"`);
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/document/types.ts';
import { exportDocx } from '../../../shared/export/docx/index.ts';
import { columnWidths } from '../../../shared/export/docx/column-widths.ts';
import { EN, SV, allTexts, doc, docxContext, docxDocument, h, p, section, table, text } from '../../fixtures/docx-document.ts';

/** The parts of a .docx the tests read, as XML strings. */
interface DocxParts {
  document: string;
  styles: string;
  numbering: string;
  settings: string;
  core: string;
  rels: string;
  headers: string;
  footers: string;
}

async function unzipDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string): Promise<string> => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} missing from the .docx`);
    return file.async('string');
  };
  const all = async (pattern: RegExp): Promise<string> =>
    (await Promise.all(zip.file(pattern).map((f) => f.async('string')))).join('\n');
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    numbering: await read('word/numbering.xml'),
    settings: await read('word/settings.xml'),
    core: await read('docProps/core.xml'),
    rels: await read('word/_rels/document.xml.rels'),
    headers: await all(/^word\/header\d*\.xml$/),
    footers: await all(/^word\/footer\d*\.xml$/),
  };
}

function decodeXml(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text of each paragraph (w:t runs joined), one paragraph a line. */
function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([para]) =>
    [...para.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, t]) => decodeXml(t ?? '')).join(''),
  );
}

/** The paragraphs with a given style id, as text. */
function styledParagraphs(xml: string, styleId: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map(([para]) => para)
    .filter((para) => para.includes(`<w:pStyle w:val="${styleId}"/>`))
    .flatMap(paragraphTexts);
}

interface Exported {
  bytes: Uint8Array;
  parts: DocxParts;
}
const noParts: DocxParts = { document: '', styles: '', numbering: '', settings: '', core: '', rels: '', headers: '', footers: '' };
const en: Exported = { bytes: new Uint8Array(), parts: noParts };
const sv: Exported = { bytes: new Uint8Array(), parts: noParts };

beforeAll(async () => {
  en.bytes = await exportDocx(docxDocument('en'), docxContext('en'));
  en.parts = await unzipDocx(en.bytes);
  sv.bytes = await exportDocx(docxDocument('sv'), docxContext('sv'));
  sv.parts = await unzipDocx(sv.bytes);
}, 60_000);

describe('exportDocx: structure', () => {
  it('returns the bytes of a zip (a .docx)', () => {
    expect(en.bytes).toBeInstanceOf(Uint8Array);
    expect([...en.bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // "PK"
  });

  it('uses Word\'s built-in Title for the h1 and Heading1/Heading2 for h2/h3', () => {
    const { document } = en.parts;
    expect(styledParagraphs(document, 'Title')).toEqual([EN.title]);
    expect(styledParagraphs(document, 'Heading1')).toEqual([EN.about, EN.dataHeading, EN.sharingHeading, EN.customHeading]);
    expect(styledParagraphs(document, 'Heading2')).toEqual([EN.h3]);
    for (const id of ['Title', 'Heading1', 'Heading2', 'ListBullet', 'ListNumber', 'Quote', 'TOCHeading', 'Header', 'Footer', 'TableGrid']) {
      expect(en.parts.styles, id).toContain(`w:styleId="${id}"`);
    }
    // The names Word knows its built-in styles by, so a template's styles replace them.
    expect(en.parts.styles).toContain('<w:name w:val="Table Grid"/>');
    expect(en.parts.styles).toContain('<w:name w:val="List Bullet 2"/>');
  });

  it('puts the sections on a new page after the localized Contents heading and a TOC field Word updates on open', () => {
    const { document, settings } = en.parts;
    expect(styledParagraphs(document, 'TOCHeading')).toEqual(['Contents']);
    expect(styledParagraphs(sv.parts.document, 'TOCHeading')).toEqual(['Innehåll']);
    const instr = [...document.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map(([, t]) => decodeXml(t ?? ''));
    expect(instr).toContain('TOC \\h \\o "1-2"');
    expect(settings).toMatch(/<w:updateFields( w:val="(true|1)")?\/>/);
    // The first section heading after the contents starts a page.
    expect(document).toMatch(/<w:pStyle w:val="Heading1"\/><w:pageBreakBefore\/>/);
    // Word fills the TOC, but it already lists every section heading.
    const toc = document.slice(document.indexOf('<w:sdt>'), document.indexOf('</w:sdt>'));
    for (const heading of [EN.about, EN.h3, EN.dataHeading, EN.sharingHeading, EN.customHeading]) expect(toc).toContain(heading);
  });

  it('writes every text of the fixture, in both languages', () => {
    for (const [parts, texts] of [[en.parts, EN], [sv.parts, SV]] as const) {
      const body = paragraphTexts(parts.document).join('\n');
      for (const t of allTexts(texts)) expect(body).toContain(t);
    }
  });

  it('writes marks as run properties', () => {
    const runWith = (t: string): string => {
      const match = new RegExp(`<w:r>(?:(?!<w:r>)[\\s\\S])*?<w:t xml:space="preserve">${t}</w:t>`).exec(en.parts.document);
      return match?.[0] ?? '';
    };
    expect(runWith(EN.marks.bold)).toContain('<w:b/>');
    expect(runWith(EN.marks.italic)).toContain('<w:i/>');
    expect(runWith(EN.marks.underline)).toContain('<w:u w:val="single"/>');
    expect(runWith(EN.marks.strike)).toContain('<w:strike/>');
    expect(en.parts.document).toMatch(/<w:br\/><\/w:r><w:r><w:t xml:space="preserve">This line follows a hard break\.<\/w:t>/);
  });

  it('writes a link as a clickable external hyperlink in the Hyperlink style', () => {
    const link = /<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>([\s\S]*?)<\/w:hyperlink>/.exec(en.parts.document);
    expect(link).not.toBeNull();
    const [, id, inner] = link ?? [];
    expect(inner).toContain('<w:rStyle w:val="Hyperlink"/>');
    expect(inner).toContain(EN.marks.link);
    const rel = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*/>`).exec(en.parts.rels)?.[0] ?? '';
    expect(rel).toContain('TargetMode="External"');
    expect(decodeXml(/Target="([^"]*)"/.exec(rel)?.[1] ?? '')).toBe(EN.linkHref);
  });

  it('writes nested lists with numbering levels by depth and Word\'s list styles', () => {
    const { document, numbering } = en.parts;
    const levelOf = (t: string): { style: string; level: string } => {
      const para = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([x]) => x).find((x) => x.includes(`>${t}</w:t>`)) ?? '';
      return { style: /<w:pStyle w:val="(\w+)"\/>/.exec(para)?.[1] ?? '', level: /<w:ilvl w:val="(\d)"\/>/.exec(para)?.[1] ?? '' };
    };
    expect(levelOf(EN.bullets[0])).toEqual({ style: 'ListBullet', level: '0' });
    expect(levelOf(EN.bullets[1])).toEqual({ style: 'ListBullet2', level: '1' });
    expect(levelOf(EN.bullets[3])).toEqual({ style: 'ListBullet', level: '0' });
    expect(levelOf(EN.ordered[0])).toEqual({ style: 'ListNumber', level: '0' });
    expect(levelOf(EN.ordered[1])).toEqual({ style: 'ListNumber2', level: '1' });
    expect(numbering).toContain('w:val="bullet"');
    expect(numbering).toContain('w:val="decimal"');
    expect(numbering).toContain('w:val="lowerLetter"');
  });

  it('writes the processors table full width, header row repeated, rows kept whole', () => {
    const { document } = en.parts;
    const tbl = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(document)?.[0] ?? '';
    expect(tbl).toContain('<w:tblStyle w:val="TableGrid"/>');
    expect(tbl).toMatch(/<w:tblW w:type="pct" w:w="100%"\/>/);
    const rows = [...tbl.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([r]) => r);
    expect(rows).toHaveLength(1 + EN.tableRows.length);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(paragraphTexts(rows[0] ?? '')).toEqual(EN.tableHeader);
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    for (const row of rows.slice(1)) expect(row).not.toContain('<w:tblHeader/>');
    const grid = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map(([, w]) => Number(w));
    expect(grid).toHaveLength(4);
    // The service column (long sentences) is the widest; the grid fills the text width.
    expect(Math.max(...grid)).toBe(grid[1]);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(9072);
  });

  it('puts the company and title in the header, last updated and page X of Y in the footer, localized', () => {
    expect(en.parts.headers).toContain('Acme Widgets Ltd');
    expect(en.parts.headers).toContain('Privacy policy');
    expect(en.parts.footers).toContain('Last updated March 1, 2025');
    expect(paragraphTexts(en.parts.footers).join('')).toContain('Page  of ');
    expect(sv.parts.headers).toContain('Acme Widgets AB');
    expect(sv.parts.headers).toContain('Integritetspolicy');
    expect(sv.parts.footers).toContain('Senast uppdaterad 1 mars 2025');
    const svFooter = sv.parts.footers;
    // Sida {PAGE} av {NUMPAGES}: the fields sit where the placeholders were.
    expect(svFooter.indexOf('>Sida </w:t>')).toBeLessThan(svFooter.indexOf('>PAGE</w:instrText>'));
    expect(svFooter.indexOf('>PAGE</w:instrText>')).toBeLessThan(svFooter.indexOf('> av </w:t>'));
    expect(svFooter.indexOf('> av </w:t>')).toBeLessThan(svFooter.indexOf('>NUMPAGES</w:instrText>'));
  });

  it('sets the document language for proofing and the document properties', () => {
    expect(sv.parts.styles).toMatch(/<w:rPrDefault><w:rPr>[\s\S]*<w:lang w:val="sv-SE"\/>[\s\S]*<\/w:rPrDefault>/);
    expect(en.parts.styles).toContain('<w:lang w:val="en-GB"/>');
    const { core } = sv.parts;
    expect(core).toContain('<dc:title>Integritetspolicy</dc:title>');
    expect(core).toContain('<dc:creator>Acme Widgets AB</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Acme Widgets AB</cp:lastModifiedBy>');
    expect(core).toMatch(/<dc:subject>Integritetspolicy – Acme Widgets AB<\/dc:subject>/);
    expect(core).toContain('Senast uppdaterad 1 mars 2025');
    // The document language is a property of the file too, not only of its text runs.
    expect(core).toContain('<dc:language>sv-SE</dc:language>');
  });

  it('keeps user text with <, & and " as text, escaped in the XML', () => {
    const { document } = en.parts;
    expect(document).toContain('Terms &amp; &quot;conditions&quot; &lt;apply&gt; to a &lt; b &amp;&amp; c &gt; d');
    expect(document).not.toContain('<apply>');
    expect(paragraphTexts(document)).toContain(EN.special);
  });

  it('numbers Heading 1 and 2 through the heading styles with numberedHeadings', async () => {
    const parts = await unzipDocx(await exportDocx(docxDocument('en'), docxContext('en'), { numberedHeadings: true, estimatePageNumbers: false }));
    const heading1 = /<w:style w:type="paragraph" w:styleId="Heading1">[\s\S]*?<\/w:style>/.exec(parts.styles)?.[0] ?? '';
    expect(heading1).toMatch(/<w:numPr>[\s\S]*<w:numId w:val="\d+"\/>/);
    expect(parts.numbering).toContain('w:val="%1.%2."');
    expect(en.parts.styles).not.toContain('%1.%2.');
  });
});

describe('exportDocx: merged cells', () => {
  it('writes colspan as gridSpan and rowspan as a vertical merge, keeping every cell text', async () => {
    const cell = (type: string, value: string, attrs: Record<string, unknown> = {}): DocNode => ({
      type,
      attrs: { colspan: 1, rowspan: 1, colwidth: null, ...attrs },
      content: [p(value)],
    });
    const merged: DocNode = {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'Cookie'), cell('tableHeader', 'Details', { colspan: 2 })] },
        { type: 'tableRow', content: [cell('tableCell', '_ga', { rowspan: 2 }), cell('tableCell', 'Google'), cell('tableCell', '2 years')] },
        { type: 'tableRow', content: [cell('tableCell', 'Analytics'), cell('tableCell', 'third party')] },
      ],
    };
    const parts = await unzipDocx(await exportDocx(doc('en', section('cookies', 'customized', h(2, 'Cookies'), merged)), docxContext('en'), { estimatePageNumbers: false }));
    const tbl = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(parts.document)?.[0] ?? '';
    expect([...tbl.matchAll(/<w:gridCol /g)]).toHaveLength(3);
    expect(tbl).toContain('<w:gridSpan w:val="2"/>');
    expect(tbl).toContain('<w:vMerge w:val="restart"/>');
    for (const t of ['Cookie', 'Details', '_ga', 'Google', '2 years', 'Analytics', 'third party']) expect(paragraphTexts(tbl)).toContain(t);
  });
});

describe('exportDocx: refuses what it cannot write', () => {
  const ctx = docxContext('en');

  it('throws on an unknown node type, naming it', async () => {
    const bad = doc('en', section('about', 'custom', h(2, 'About'), { type: 'codeBlock', content: [text('x')] }));
    await expect(exportDocx(bad, ctx)).rejects.toThrow(/codeBlock/);
  });

  it('throws on an unknown inline node and an unknown mark, naming them', async () => {
    await expect(exportDocx(doc('en', section('a', 'custom', p({ type: 'mention', attrs: { id: 'x' } }))), ctx)).rejects.toThrow(/mention/);
    await expect(exportDocx(doc('en', section('a', 'custom', p(text('x', { type: 'highlight' })))), ctx)).rejects.toThrow(/highlight/);
  });

  it('throws on an unknown node inside a table', async () => {
    const t: DocNode = table(['A'], [['b']]);
    t.content?.push({ type: 'tableFooter', content: [] });
    await expect(exportDocx(doc('en', section('a', 'customized', t)), ctx)).rejects.toThrow(/tableFooter/);
  });

  it('keeps a link with a protocol Word should not open as plain text', async () => {
    const parts = await unzipDocx(
      await exportDocx(doc('en', section('a', 'custom', p(text('click', { type: 'link', attrs: { href: 'file:///etc/passwd' } })))), ctx, { estimatePageNumbers: false }),
    );
    expect(parts.document).not.toContain('<w:hyperlink w:history');
    expect(paragraphTexts(parts.document)).toContain('click');
  });
});

describe('columnWidths', () => {
  it('fills the total, gives long text more room and keeps short columns at least word-wide', () => {
    const widths = columnWidths(
      [
        { column: 0, span: 1, text: 'Country' },
        { column: 1, span: 1, text: 'A long description of the purpose of processing that wraps over lines' },
        { column: 0, span: 1, text: 'Sweden' },
      ],
      2,
      9000,
    );
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9000);
    expect(widths[1]).toBeGreaterThan(widths[0] ?? 0);
    expect(widths[0]).toBeGreaterThanOrEqual(7 * 140);
  });

  it('uses the widths the editor stored when every column has one', () => {
    expect(columnWidths([{ column: 0, span: 2, text: 'x', colwidth: [100, 300] }], 2, 8000)).toEqual([2000, 6000]);
  });
});

/** LibreOffice, when installed (CI installs it): the file opens and reads as the policy. */
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
if (!soffice) console.warn('soffice not on PATH: skipping the LibreOffice DOCX conversion tests');

describe.skipIf(!soffice)('exportDocx: LibreOffice opens it', () => {
  let dir = '';
  const converted = { en: '', sv: '', pdfText: '' };
  const pdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'docx-test-'));
    writeFileSync(join(dir, 'en.docx'), en.bytes);
    writeFileSync(join(dir, 'sv.docx'), sv.bytes);
    // One conversion of both files, shared by the assertions below.
    execFileSync(
      'soffice',
      ['--headless', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'txt:Text', '--outdir', dir, join(dir, 'en.docx'), join(dir, 'sv.docx')],
      { timeout: 120_000, stdio: 'pipe' },
    );
    converted.en = readFileSync(join(dir, 'en.txt'), 'utf8');
    converted.sv = readFileSync(join(dir, 'sv.txt'), 'utf8');
    // One PDF, laid out with header, footer and fields, read back as text.
    execFileSync(
      'soffice',
      ['--headless', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'sv.docx')],
      { timeout: 120_000, stdio: 'pipe' },
    );
    if (pdftotext) converted.pdfText = execFileSync('pdftotext', ['-layout', join(dir, 'sv.pdf'), '-'], { encoding: 'utf8' });
  }, 240_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reads the headings, list items and table cells', () => {
    for (const [textOut, t] of [[converted.en, EN], [converted.sv, SV]] as const) {
      for (const s of [t.title, t.about, t.h3, t.dataHeading, t.sharingHeading, t.customHeading, ...t.bullets, ...t.ordered, ...t.tableHeader, ...t.tableRows.flat(), t.special]) {
        expect(textOut).toContain(s);
      }
    }
  });

  it.skipIf(!pdftotext)('lays out pages with the localized header, footer and page X of Y', () => {
    const pages = converted.pdfText.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) => {
      expect(page).toContain('Acme Widgets AB');
      expect(page).toContain('Senast uppdaterad 1 mars 2025');
      expect(page).toContain(`Sida ${i + 1} av ${pages.length}`);
    });
    // The title page has the title and the table of contents; the sections start on page 2.
    expect(pages[0]).toContain('Innehåll');
    expect(pages[0]).toContain(SV.title);
    expect(pages[1]).toContain(SV.about);
  });

  it('reads the localized table of contents heading', () => {
    expect(converted.en).toContain('Contents');
    expect(converted.sv).toContain('Innehåll');
  });
});

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../shared/export/docx/index.ts';
import { redlineDocx } from '../../../shared/export/redline/index.ts';
import { hasTool } from './starter-policies.ts';
import { changeTags, reviewedParagraphs } from './redline-review.ts';
import { twoVersions } from './redline-versions.ts';

/**
 * The Word redline of two versions of a real policy: tracked changes Word's
 * Review pane can accept or reject one by one. Checked on the XML (accept
 * all gives the new version, reject all the old, paragraph by paragraph),
 * then opened by LibreOffice.
 */

const documentXml = async (bytes: Uint8Array): Promise<string> => (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');

const AUTHOR = 'Fjord & Co <legal>';

describe('redlineDocx', () => {
  const versions = twoVersions();
  let redline: Uint8Array = new Uint8Array();
  let xml = '';
  let oldXml = '';
  let newXml = '';

  beforeAll(async () => {
    redline = await redlineDocx(versions.before, versions.after, versions.ctx, { author: AUTHOR, date: '2025-03-01' });
    xml = await documentXml(redline);
    oldXml = await documentXml(await exportDocx(versions.before, versions.ctx));
    newXml = await documentXml(await exportDocx(versions.after, versions.ctx));
  });

  it('accepting every tracked change gives the new version, paragraph by paragraph', () => {
    expect(reviewedParagraphs(xml, 'accept')).toEqual(reviewedParagraphs(newXml, 'accept'));
  });

  it('rejecting every tracked change gives the old version, paragraph by paragraph', () => {
    expect(reviewedParagraphs(xml, 'reject')).toEqual(reviewedParagraphs(oldXml, 'reject'));
  });

  it('records each change with its author, its date and an id of its own', () => {
    const tags = changeTags(xml);
    expect(tags.filter((t) => t.kind === 'ins').length).toBeGreaterThan(3);
    expect(tags.filter((t) => t.kind === 'del').length).toBeGreaterThan(3);
    expect(new Set(tags.map((t) => t.id)).size).toBe(tags.length);
    for (const tag of tags) expect([tag.author, tag.date]).toEqual([AUTHOR, '2025-03-01T00:00:00Z']);
    // Every tracked change carries the three attributes: none was written without them.
    expect(xml.match(/<w:(ins|del)\b/g)).toHaveLength(tags.length);
  });

  it('keeps deleted text in w:delText inside w:del, and inserted text in w:t inside w:ins', () => {
    const deletions = [...xml.matchAll(/<w:del [^>]*[^/]>([\s\S]*?)<\/w:del>/g)].map((m) => m[1]!);
    expect(deletions.length).toBeGreaterThan(0);
    for (const d of deletions) expect(d).toMatch(/<w:delText[ >]/);
    for (const d of deletions) expect(d).not.toMatch(/<w:t[ >]/);
    expect(xml.replace(/<w:del [^>]*[^/]>[\s\S]*?<\/w:del>/g, '')).not.toMatch(/<w:delText/);
  });

  it('shows the changed retention period as one deleted and one inserted word in its table cell', () => {
    const cell = [...xml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]).find((c) => c.includes('days after our contract'))!;
    expect(cell).toMatch(/<w:del [^>]*><w:r>(?:<w:rPr>[\s\S]*?<\/w:rPr>)?<w:delText[^>]*>30<\/w:delText><\/w:r><\/w:del>/);
    expect(cell).toMatch(/<w:ins [^>]*><w:r>(?:<w:rPr>[\s\S]*?<\/w:rPr>)?<w:t[^>]*>90<\/w:t><\/w:r><\/w:ins>/);
    const row = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]).find((r) => r.includes('days after our contract'))!;
    expect(row).not.toMatch(/<w:trPr>[\s\S]*<w:(ins|del) [^>]*\/>[\s\S]*<\/w:trPr>/);
  });

  it('marks an added table row and a removed one as such, and a removed list item’s paragraph mark', () => {
    const rows = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    const rowMark = (r: string) => /<w:trPr>[\s\S]*?<w:(ins|del) [^>]*\/>[\s\S]*?<\/w:trPr>/.exec(r)?.[1];
    expect(rows.filter((r) => r.includes('Whereby AS')).map(rowMark)).toContain('ins');
    expect(rows.filter((r) => r.includes('_pk_id')).map(rowMark)).toEqual(['del']);
    const analytics = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes('>Analytics<') && p.includes('ListBullet'))!;
    expect(analytics).toMatch(/<w:pPr>[\s\S]*<w:rPr><w:del [^>]*\/><\/w:rPr><\/w:pPr>/);
  });
});

const soffice = hasTool('soffice');
if (!soffice) console.warn('soffice not on PATH: skipping the LibreOffice redline test (Debian: apt-get install libreoffice-writer-nogui)');

describe.skipIf(!soffice)('redlineDocx, as LibreOffice opens it', () => {
  let dir = '';
  let txt = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'redline-docx-'));
    const { before, after, ctx } = twoVersions('sv');
    writeFileSync(join(dir, 'redline.docx'), await redlineDocx(before, after, ctx, { author: 'Policy Studio', date: new Date('2025-03-01T09:30:00Z') }));
    const convert = (format: string) =>
      execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', format, '--outdir', dir, join(dir, 'redline.docx')], { timeout: 120_000, stdio: 'pipe' });
    convert('pdf');
    convert('txt:Text');
    txt = readFileSync(join(dir, 'redline.txt'), 'utf8');
  }, 200_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('converts to PDF without error', () => {
    expect(existsSync(join(dir, 'redline.pdf'))).toBe(true);
    expect(readFileSync(join(dir, 'redline.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows old and new words alike, as tracked changes are shown until reviewed', () => {
    // The retention cell reads "30" (deleted) then "90" (inserted) before "dagar".
    for (const words of ['Whereby AS', '_pk_id', 'Matomo', '3090 dagar']) expect(txt, words).toContain(words);
  });
});

import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportDocx, type DocxExportOptions } from '../../../shared/export/docx/index.ts';
import type { PolicyDocument } from '../../../shared/document/types.ts';
import type { ExportContext } from '../../../shared/export/context.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { generatePolicy } from '../../../shared/pipeline.ts';
import { docxContext, docxDocument } from '../../fixtures/docx-document.ts';
import { loadStarters } from './starter-policies.ts';

/**
 * Body paragraphs and list items are written as WordprocessingML text
 * directly (shared/export/docx/raw-paragraph.ts); with `estimatePageNumbers:
 * true` every paragraph goes through `docx`'s Paragraph instead. Both must
 * give the same document: same paragraphs, lists numbered alike (numbering.xml
 * too), links pointing at the same targets. The ids `docx` draws afresh for
 * each export (bookmarks, hyperlink relationships) are compared by what they
 * point at.
 */
async function bodyOf(bytes: Uint8Array): Promise<{ body: string; numbering: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const document = await zip.file('word/document.xml')!.async('string');
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  const targets = new Map([...rels.matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map(([, id, target]) => [id!, target!]));
  const body = document
    .replace(/r:id="([^"]+)"/g, (_m, id: string) => `target="${targets.get(id) ?? 'MISSING'}"`)
    .replace(/_Toc\d+/g, '_Toc')
    .replace(/(<w:bookmark(?:Start|End)[^>]*w:id=")\d+/g, '$1');
  return { body, numbering: await zip.file('word/numbering.xml')!.async('string') };
}

async function bothWays(document: PolicyDocument, ctx: ExportContext, options: DocxExportOptions = {}) {
  const raw = await bodyOf(await exportDocx(document, ctx, { ...options, estimatePageNumbers: false }));
  const viaDocx = await bodyOf(await exportDocx(document, ctx, { ...options, estimatePageNumbers: true }));
  // The contents' page numbers come from two different estimates: compare the body without them.
  const withoutPageNumbers = (xml: string) => xml.replace(/(PAGEREF _Toc \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">)\d+/g, '$1');
  return { raw: { ...raw, body: withoutPageNumbers(raw.body) }, viaDocx: { ...viaDocx, body: withoutPageNumbers(viaDocx.body) } };
}

describe('DOCX paragraphs written as raw XML', () => {
  it.each(['en', 'sv'] as const)('writes the fixture policy (%s) as docx does: styles, lists, nested lists, quotes, marks, links', async (lang) => {
    const { raw, viaDocx } = await bothWays(docxDocument(lang), docxContext(lang));
    expect(raw.body).toContain('<w:pStyle w:val="ListBullet2"/>');
    expect(raw.body).not.toContain('MISSING');
    expect(raw.body).toEqual(viaDocx.body);
    expect(raw.numbering).toEqual(viaDocx.numbering);
  });

  it('writes a starter policy as docx does, lead-ins kept with their lists and space after tables', async () => {
    const starter = loadStarters().find((s) => s.project.cookies.length > 0 && s.project.languages.includes('en'))!;
    const { document, context } = generatePolicy(starter.project, 'en', nodeEnv);
    const { raw, viaDocx } = await bothWays(document, context);
    expect(raw.body).toContain('<w:keepNext/>');
    expect(raw.body).toContain('<w:spacing w:before="200"/>');
    expect(raw.body).toEqual(viaDocx.body);
    expect(raw.numbering).toEqual(viaDocx.numbering);
  }, 60_000);
});

import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { DocMark, DocNode, PolicyDocument } from '../../../shared/document/types.ts';
import { exportDocx } from '../../../shared/export/docx/index.ts';
import { twoVersions } from './redline-versions.ts';

/**
 * A link inside a redline's change stays a tracked change, whichever order
 * its marks come in: the redline exporter puts the change's mark last, but a
 * document read back or edited may hold it first, and a change that Word does
 * not show is a change the reviewing lawyer never sees.
 */

const LINK: DocMark = { type: 'link', attrs: { href: 'https://whereby.example/privacy' } };

/** The document with one paragraph added to its first section: a linked text with `marks`. */
function withLinkedText(doc: PolicyDocument, text: string, marks: DocMark[]): PolicyDocument {
  const paragraph: DocNode = { type: 'paragraph', content: [{ type: 'text', text, marks }] };
  const [first, ...rest] = doc.content;
  return { ...doc, content: [{ ...first!, content: [...(first!.content ?? []), paragraph] }, ...rest] };
}

const documentXml = async (bytes: Uint8Array): Promise<string> => (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');

describe('DOCX: a link in a tracked change', () => {
  const { after, ctx } = twoVersions();
  for (const order of ['change first', 'link first'] as const) {
    it(`an inserted link is a tracked insertion (${order})`, async () => {
      const marks: DocMark[] = order === 'change first' ? [{ type: 'redlineInsertion' }, LINK] : [LINK, { type: 'redlineInsertion' }];
      const xml = await documentXml(await exportDocx(withLinkedText(after, 'Whereby privacy notice', marks), ctx));
      expect(xml).toMatch(/<w:hyperlink [^>]*>(?:(?!<\/w:hyperlink>).)*<w:ins [^>]*>(?:(?!<\/w:ins>).)*Whereby privacy notice/s);
    });
    it(`a deleted link is a tracked deletion (${order})`, async () => {
      const marks: DocMark[] = order === 'change first' ? [{ type: 'redlineDeletion' }, LINK] : [LINK, { type: 'redlineDeletion' }];
      const xml = await documentXml(await exportDocx(withLinkedText(after, 'Old processor notice', marks), ctx));
      expect(xml).toMatch(/<w:del [^>]*>(?:(?!<\/w:del>).)*<w:delText[^>]*>Old processor notice<\/w:delText>/s);
    });
  }
});

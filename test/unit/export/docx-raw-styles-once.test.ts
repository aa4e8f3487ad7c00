import { Document, Packer, Paragraph, TableOfContents } from 'docx';
import { describe, expect, it } from 'vitest';
import { bulletListNumbering, headingNumbering, orderedListNumbering } from '../../../shared/export/docx/numbering.ts';
import { quickPageNumbers } from '../../../shared/export/docx/page-estimate.ts';
import { formatStylesOnce } from '../../../shared/export/docx/styles-once.ts';
import { policyStyles } from '../../../shared/export/docx/styles.ts';
import { tableGridStylesXml } from '../../../shared/export/docx/table-style.ts';

/**
 * The export formats its styles once (shared/export/docx/styles-once.ts)
 * where `docx` formats them three times when it fills in page numbers: the
 * package must be the very one `docx` writes formatting them each time,
 * the styles part, the table of contents it fills from them and the
 * numbered headings' numbering included.
 */

interface PartCompiler {
  compile(file: Document, prettify: undefined, overrides: readonly never[]): Map<string, string | Uint8Array | ArrayBuffer>;
}
const compiler = (Packer as unknown as { compiler: PartCompiler }).compiler;

/** A document as the export makes it: its styles and numbering, a table of contents and numbered headings for it to list. */
function policyLikeDocument(): Document {
  return new Document({
    features: { updateFields: true },
    pageNumbers: quickPageNumbers,
    externalStyles: tableGridStylesXml(),
    styles: policyStyles('en-GB', true),
    numbering: { config: [bulletListNumbering(), orderedListNumbering(), headingNumbering()] },
    sections: [
      {
        children: [
          new Paragraph({ style: 'TOCHeading', text: 'Contents' }),
          new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2', beginDirty: true }),
          new Paragraph({ style: 'Heading1', text: 'Who we are' }),
          new Paragraph({ style: 'Heading2', text: 'Contact' }),
          new Paragraph({ style: 'ListBullet', numbering: { reference: 'bullet-list', level: 0 }, text: 'An item' }),
        ],
      },
    ],
  });
}

const asText = (parts: Map<string, string | Uint8Array | ArrayBuffer>): Map<string, string> =>
  new Map([...parts].map(([path, data]) => [path, typeof data === 'string' ? data : Buffer.from(data instanceof ArrayBuffer ? new Uint8Array(data) : data).toString('base64')]));

describe('styles formatted once', () => {
  it('writes the same package as formatting them each time, and formats them once', () => {
    const file = policyLikeDocument();
    // The same document compiled as docx compiles it first: bookmark and numbering ids, once given, stay.
    const eachTime = asText(compiler.compile(file, undefined, []));
    const styles = file.Styles;
    const original = styles.prepForXml.bind(styles);
    let formatted = 0;
    Object.defineProperty(styles, 'prepForXml', { value: (...args: Parameters<typeof original>) => (formatted++, original(...args)), configurable: true, writable: true });
    formatStylesOnce(file);
    const onceOnly = styles.prepForXml.bind(styles);
    let asked = 0;
    Object.defineProperty(styles, 'prepForXml', { value: (...args: Parameters<typeof original>) => (asked++, onceOnly(...args)), configurable: true, writable: true });
    const once = asText(compiler.compile(file, undefined, []));
    // docx asks for them for the table of contents, the SEQ fields and the styles part.
    expect(asked).toBeGreaterThanOrEqual(3);
    expect(formatted).toBe(1);
    expect([...once.keys()]).toEqual([...eachTime.keys()]);
    for (const [path, data] of eachTime) expect(once.get(path), path).toBe(data);
    // What the styles are read for: the table of contents lists both headings, and the numbered headings have their numbering.
    expect(once.get('word/document.xml')).toMatch(/Who we are[\s\S]*Contact[\s\S]*<\/w:sdt>/);
    expect(once.get('word/styles.xml')).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1">[\s\S]*?<w:numId w:val="\d+"\/>/);
  });
});

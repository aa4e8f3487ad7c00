import { Document, Paragraph, TableOfContents, type FileChild } from 'docx';
import { safeContext, safeDocument } from '../../document/safe-text.ts';
import type { DocNode, PolicyDocument } from '../../document/types.ts';
import type { ExportContext } from '../context.ts';
import { writeBlocks } from './block-writers.ts';
import { policyFooter, policyHeader } from './header-footer.ts';
import { plainText, stringAttr } from './node-attrs.ts';
import { bulletListNumbering, headingNumbering, orderedListNumbering } from './numbering.ts';
import { PAGE } from './page-layout.ts';
import { quickPageNumbers } from './page-estimate.ts';
import { policyStyles } from './styles.ts';
import { numberHeadingBookmarks } from './heading-bookmarks.ts';
import { formatStylesOnce } from './styles-once.ts';
import { tableGridStylesXml } from './table-style.ts';
import { corePropertiesXml } from './core-properties.ts';
import { wordLanguage } from './word-language.ts';
import { packDocx } from './zip-package.ts';
import type { DocxExportOptions, WriterState } from './writer-state.ts';

export type { DocxExportOptions } from './writer-state.ts';

const TITLE_SECTION = 'title';

/** The policy's title: the h1 of the document, or the localized "Privacy policy" when it has none. */
function documentTitle(doc: PolicyDocument, ctx: ExportContext): string {
  const find = (nodes: readonly DocNode[]): DocNode | undefined => {
    for (const node of nodes) {
      if (node.type === 'heading' && node.attrs?.level === 1) return node;
      const inner = find(node.content ?? []);
      if (inner) return inner;
    }
    return undefined;
  };
  const h1 = find(doc.content);
  const text = h1 ? plainText(h1).trim() : '';
  return text || ctx.message('document.title');
}

/** "Contents" in the document's language and a TOC field over Heading 1–2, which Word fills (and updates) on open. */
function tableOfContents(ctx: ExportContext): FileChild[] {
  const contents = ctx.message('document.contents');
  return [
    new Paragraph({ style: 'TOCHeading', text: contents }),
    new TableOfContents(contents, { hyperlink: true, headingStyleRange: '1-2', beginDirty: true }),
  ];
}

/** The body: the title section, the table of contents, then the other sections, the first of them on a new page. */
function writeBody(doc: PolicyDocument, state: WriterState): FileChild[] {
  const [first, ...others] = doc.content;
  const isTitle = first?.type === 'policySection' && stringAttr(first.attrs, 'sectionId') === TITLE_SECTION;
  const titleSection = isTitle ? [first] : [];
  const sections = isTitle ? others : doc.content;
  const body: FileChild[] = [...writeBlocks(titleSection, state), ...tableOfContents(state.ctx)];
  state.shared.pageBreakBeforeNext = true;
  body.push(...writeBlocks(sections, state));
  return body;
}

/**
 * Exports the policy as a Word document (.docx bytes). It uses Word's
 * built-in styles (Title, Heading 1–2, List Bullet/Number, Table Grid), so a
 * client's template restyles it and the navigation pane shows the sections;
 * it has a table of contents Word fills on open, a header with the company's
 * legal name and the title, a footer with the last-updated date and page X of Y, and the
 * document language set for proofing. Pure: no file system, works in Node
 * and in the renderer. Throws on a node or mark type it cannot write.
 */
export async function exportDocx(unsafeDoc: PolicyDocument, unsafeCtx: ExportContext, options: DocxExportOptions = {}): Promise<Uint8Array> {
  const doc = safeDocument(unsafeDoc);
  const ctx = safeContext(unsafeCtx);
  const title = documentTitle(doc, ctx);
  const state: WriterState = {
    ctx,
    options,
    sectionId: '(document)',
    shared: { nextListInstance: 1, pageBreakBeforeNext: false, nextRevisionId: 1 },
  };
  const children = writeBody(doc, state);
  const lastUpdated = ctx.message('document.lastUpdated', { date: ctx.formatDate(ctx.lastUpdated) });
  const file = new Document({
    title,
    subject: `${title} – ${ctx.legalName}`,
    creator: ctx.legalName,
    lastModifiedBy: ctx.legalName,
    description: `${title} – ${ctx.legalName}. ${lastUpdated}`,
    features: { updateFields: true },
    pageNumbers: options.estimatePageNumbers === true ? (await import('docx/layout')).estimatePageNumbers : quickPageNumbers,
    externalStyles: tableGridStylesXml(),
    styles: policyStyles(wordLanguage(ctx.lang), options.numberedHeadings === true),
    numbering: {
      config: [bulletListNumbering(), orderedListNumbering(), ...(options.numberedHeadings ? [headingNumbering()] : [])],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.marginTop,
              bottom: PAGE.marginBottom,
              left: PAGE.marginSide,
              right: PAGE.marginSide,
              header: PAGE.header,
              footer: PAGE.footer,
            },
          },
        },
        headers: { default: policyHeader(ctx, title) },
        footers: { default: policyFooter(ctx) },
        children,
      },
    ],
  });
  formatStylesOnce(file);
  numberHeadingBookmarks(file, state.shared.nextRevisionId);
  const core = corePropertiesXml({
    title,
    subject: `${title} – ${ctx.legalName}`,
    creator: ctx.legalName,
    description: `${title} – ${ctx.legalName}. ${lastUpdated}`,
    language: wordLanguage(ctx.lang),
    created: new Date().toISOString(),
  });
  return packDocx(file, [{ path: 'docProps/core.xml', data: core }], options.deflateRaw);
}

import type { PolicyDocument } from '../document/types.ts';
import { sectionHeading } from '../document/text.ts';
import { escapeHtml } from '../render/escape.ts';
import type { ExportContext } from './context.ts';
import { anchorId, writeNode } from './html-serializer.ts';
import { STANDALONE_CSS, pagedMediaCss } from './html-style.ts';

/** BCP 47 tag for the `lang` attribute and document metadata. */
export function htmlLang(ctx: ExportContext): string {
  return ctx.lang;
}

/** The table of contents: one link per section with a heading, the title block excluded. */
function tableOfContents(doc: PolicyDocument, ctx: ExportContext): string {
  const items = doc.content
    .filter((s) => s.attrs?.sectionId !== 'title')
    .map((s) => ({ id: anchorId(String(s.attrs?.sectionId ?? '')), title: sectionHeading(s) }))
    .filter((s): s is { id: string; title: string } => s.title !== undefined && s.title !== '');
  if (items.length === 0) return '';
  const list = items.map((i) => `<li><a href="#${escapeHtml(i.id)}">${escapeHtml(i.title)}</a></li>`).join('\n');
  return `<nav class="toc" aria-labelledby="toc-heading">\n<h2 id="toc-heading">${escapeHtml(ctx.message('document.contents'))}</h2>\n<ol>\n${list}\n</ol>\n</nav>\n`;
}

/** The document body: title block, table of contents, then every section. */
function body(doc: PolicyDocument, ctx: ExportContext): string {
  const [first, ...rest] = doc.content;
  const title = first?.attrs?.sectionId === 'title' ? writeNode(first) : '';
  const sections = (title ? rest : doc.content).map(writeNode).join('');
  return `${title}${tableOfContents(doc, ctx)}${sections}`;
}

/**
 * A complete page in one file: inline CSS (screen and print, with a running
 * header and page numbers when printed), `lang`, a table of contents with
 * anchors, and the "Last updated" line in the title block. The same page is
 * what the PDF writers print.
 */
export function exportStandaloneHtml(doc: PolicyDocument, ctx: ExportContext): string {
  const title = `${ctx.message('document.title')} – ${ctx.companyName}`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(htmlLang(ctx))}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Policy Studio">
<meta name="dcterms.modified" content="${escapeHtml(ctx.lastUpdated)}">
<title>${escapeHtml(title)}</title>
<style>${STANDALONE_CSS}${pagedMediaCss(ctx)}</style>
</head>
<body>
<main>
${body(doc, ctx)}</main>
</body>
</html>
`;
}

/** The policy for pasting into a CMS page: no page chrome or styles, one wrapper carrying `lang`. */
export function exportHtmlFragment(doc: PolicyDocument, ctx: ExportContext): string {
  return `<div class="privacy-policy" lang="${escapeHtml(htmlLang(ctx))}">\n${body(doc, ctx)}</div>\n`;
}

import type { PolicyDocument } from '../document/types.ts';
import { safeContext, safeDocument } from '../document/safe-text.ts';
import { sectionHeading } from '../document/text.ts';
import { escapeHtml } from '../render/escape.ts';
import type { ExportContext } from './context.ts';
import { anchorId, escapeHtmlText, writeNodeTo } from './html-serializer.ts';
import { STANDALONE_CSS, pagedMediaCss } from './html-style.ts';

/** BCP 47 tag for the `lang` attribute and document metadata. */
export function htmlLang(ctx: ExportContext): string {
  return ctx.lang;
}

/** What a standalone page is for beyond the screen. */
export interface StandaloneHtmlOptions {
  /**
   * The page each section starts on, by section id, when the page is printed
   * to PDF: the contents then show them after a dotted leader. Sections
   * without a number show none.
   */
  contentsPages?: ReadonlyMap<string, number | string>;
  /**
   * Markup put before the policy, with the styles it needs: the redline's
   * legend (shared/export/redline). Trusted HTML: the caller escapes any
   * text in it.
   */
  preface?: { html: string; css: string };
}

/** The sections the contents list: every section with a heading, the title block excluded. */
export function contentsEntries(doc: PolicyDocument): { sectionId: string; title: string }[] {
  return doc.content
    .filter((s) => s.attrs?.sectionId !== 'title')
    .map((s) => ({ sectionId: String(s.attrs?.sectionId ?? ''), title: sectionHeading(s) }))
    .filter((s): s is { sectionId: string; title: string } => s.title !== undefined && s.title !== '');
}

/** The table of contents: one link per section with a heading, with its page when printed. */
function tableOfContents(doc: PolicyDocument, ctx: ExportContext, pages: StandaloneHtmlOptions['contentsPages']): string {
  const items = contentsEntries(doc);
  if (items.length === 0) return '';
  const list = items
    .map((i) => {
      const id = escapeHtmlText(anchorId(i.sectionId));
      const page = pages?.get(i.sectionId);
      const title = escapeHtmlText(i.title);
      return page === undefined
        ? `<li><a href="#${id}">${title}</a></li>`
        : `<li><a href="#${id}"><span class="toc-title">${title}</span><span class="toc-page">${escapeHtmlText(String(page))}</span></a></li>`;
    })
    .join('\n');
  return `<nav class="toc" aria-labelledby="toc-heading">\n<h2 id="toc-heading">${escapeHtmlText(ctx.message('document.contents'))}</h2>\n<ol>\n${list}\n</ol>\n</nav>\n`;
}

/** The document body: title block, table of contents, then every section, pushed onto one array of parts (see html-serializer.ts). */
function body(doc: PolicyDocument, ctx: ExportContext, out: string[], options: StandaloneHtmlOptions = {}): void {
  const first = doc.content[0];
  const hasTitle = first?.attrs?.sectionId === 'title';
  if (first && hasTitle) writeNodeTo(first, out);
  // The contents are made after the sections, as they always were, so that of two failures the same one is reported; their place is kept.
  const contentsAt = out.push('') - 1;
  // (An empty title block used to be written once more after the contents, as nothing: writing it only first is the same output.)
  for (let i = hasTitle ? 1 : 0; i < doc.content.length; i++) writeNodeTo(doc.content[i]!, out);
  out[contentsAt] = tableOfContents(doc, ctx, options.contentsPages);
}

/**
 * A complete page in one file: inline CSS (screen and print, with a running
 * header and page numbers when printed), `lang`, a table of contents with
 * anchors, and the "Last updated" line in the title block. The same page,
 * with the contents' page numbers, is what the PDF writers print.
 */
export function exportStandaloneHtml(unsafeDoc: PolicyDocument, unsafeCtx: ExportContext, options: StandaloneHtmlOptions = {}): string {
  const doc = safeDocument(unsafeDoc);
  const ctx = safeContext(unsafeCtx);
  const title = `${ctx.message('document.title')} – ${ctx.companyName}`;
  const head = `<!DOCTYPE html>
<html lang="${escapeHtml(htmlLang(ctx))}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Policy Studio">
<meta name="author" content="${escapeHtml(ctx.legalName)}">
<meta name="dcterms.modified" content="${escapeHtml(ctx.lastUpdated)}">
<title>${escapeHtml(title)}</title>
<style>${STANDALONE_CSS}${pagedMediaCss(ctx)}${options.preface?.css ?? ''}</style>
</head>
<body>
<main>
${options.preface?.html ?? ''}`;
  const out = [head];
  body(doc, ctx, out, options);
  out.push('</main>\n</body>\n</html>\n');
  return out.join('');
}

/** The policy for pasting into a CMS page: no page chrome or styles, one wrapper carrying `lang`. */
export function exportHtmlFragment(unsafeDoc: PolicyDocument, unsafeCtx: ExportContext): string {
  const doc = safeDocument(unsafeDoc);
  const ctx = safeContext(unsafeCtx);
  const out = [`<div class="privacy-policy" lang="${escapeHtml(htmlLang(ctx))}">\n`];
  body(doc, ctx, out);
  out.push('</div>\n');
  return out.join('');
}

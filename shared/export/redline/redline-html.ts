import type { PolicyDocument } from '../../document/types.ts';
import { escapeHtml } from '../../render/escape.ts';
import type { ExportContext } from '../context.ts';
import { exportStandaloneHtml } from '../html.ts';
import { diffDocuments } from './diff-documents.ts';
import { LEGEND_LABELS } from './legend-labels.ts';

/** What the legend says the two sides are, such as "Version 2 (1 March 2025)" and "Working copy". */
export interface RedlineHtmlOptions {
  from?: string;
  to?: string;
}

/** Inserted text underlined in green, deleted text struck through in red, on screen and on paper; the legend kept off the contents. */
const REDLINE_CSS = `
ins { color: #0b6b2e; background: #e6f4ea; text-decoration: underline; text-decoration-thickness: .08em; }
del { color: #a4161a; background: #fbe9ea; text-decoration: line-through; }
.redline-legend { border: 1px solid var(--rule); border-left: 4px solid var(--accent); border-radius: 6px; padding: .75rem 1rem; margin: 0 0 1.5rem; background: #fafbfc; }
.redline-legend h2 { font-size: 1rem; margin: 0 0 .35rem; padding: 0; }
.redline-legend p { margin: 0; }
.redline-legend ul { list-style: none; margin: .25rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; }
@media print { .redline-legend { break-inside: avoid; background: none; } ins, del { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;

function legend(ctx: ExportContext, options: RedlineHtmlOptions): string {
  const labels = LEGEND_LABELS[ctx.lang];
  const sides = options.from !== undefined || options.to !== undefined
    ? `<p class="redline-versions">${escapeHtml(options.from ?? '')} → ${escapeHtml(options.to ?? '')}</p>\n`
    : '';
  return `<aside class="redline-legend" aria-labelledby="redline-legend-heading">
<h2 id="redline-legend-heading">${escapeHtml(labels.changes)}</h2>
${sides}<ul>
<li><ins>${escapeHtml(labels.inserted)}</ins></li>
<li><del>${escapeHtml(labels.deleted)}</del></li>
</ul>
</aside>
`;
}

/**
 * The redline of two versions as one standalone HTML page: the new version's
 * page (styles, contents, title block) with every inserted run of words in
 * `<ins>` and every deleted one in `<del>`, and a legend in the document
 * language at the top. Every text from the documents and the labels is
 * escaped.
 */
export function redlineHtml(before: PolicyDocument, after: PolicyDocument, ctx: ExportContext, options: RedlineHtmlOptions = {}): string {
  return exportStandaloneHtml(diffDocuments(before, after), ctx, { preface: { html: legend(ctx, options), css: REDLINE_CSS } });
}

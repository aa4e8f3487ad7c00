/** Redlines of two versions of a policy: the merged document, Word with tracked changes, HTML with `<ins>`/`<del>`. */
export { diffDocuments } from './diff-documents.ts';
export { redlineDocx, type RedlineDocxOptions } from './redline-docx.ts';
export { redlineHtml, type RedlineHtmlOptions } from './redline-html.ts';
export { LEGEND_LABELS, type LegendLabels } from './legend-labels.ts';

/**
 * The standalone page's stylesheet, inlined so the file is self-contained.
 * Print rules keep tables whole where possible, repeat table headers on each
 * page, avoid a heading alone at the bottom of a page, and number pages.
 */
export const STANDALONE_CSS = `
:root { color-scheme: light; --text: #1d2430; --muted: #5b6472; --rule: #d9dee5; --accent: #1f5fa8; --head: #f3f5f8; }
* { box-sizing: border-box; }
html { font-size: 100%; -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--text); background: #fff; font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.35rem; line-height: 1.3; margin: 2.25rem 0 .75rem; padding-top: .25rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
p, ul, ol { margin: 0 0 1rem; }
li { margin: .25rem 0; }
a { color: var(--accent); overflow-wrap: anywhere; }
.policy-section--title p { color: var(--muted); }
nav.toc { border: 1px solid var(--rule); border-radius: 6px; padding: 1rem 1.25rem; margin: 1.5rem 0 2rem; background: #fafbfc; }
nav.toc h2 { font-size: 1rem; margin: 0 0 .5rem; padding: 0; }
nav.toc ol { margin: 0; padding-left: 1.25rem; columns: 2 16rem; }
.table-wrap { overflow-x: auto; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; font-size: .925rem; }
th, td { border: 1px solid var(--rule); padding: .45rem .6rem; text-align: left; vertical-align: top; }
th { background: var(--head); font-weight: 600; }
td ul, td p { margin: 0; }
td ul { padding-left: 1.1rem; }
@page { size: A4; margin: 20mm 18mm 22mm; @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; color: #5b6472; } }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  nav.toc { break-inside: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  tr, li { break-inside: avoid; page-break-inside: avoid; }
  .table-wrap { overflow: visible; }
}
`;

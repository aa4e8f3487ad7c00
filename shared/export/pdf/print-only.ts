/**
 * The page is only ever printed, never looked at: laying it out for the
 * screen first (the window's or tab's viewport) is work thrown away when the
 * print lays it out again for paper, 100–200 ms of the large project. Print
 * media never match this rule, so what prints is unchanged. Used by both
 * print engines: Chromium through Playwright (CLI, browser host) and
 * Electron's hidden print window.
 */
export const PRINT_ONLY_CSS = '@media screen { body { display: none !important; } }';

/** The policy page with `PRINT_ONLY_CSS` last in its head, where no rule of the page's own can override it. */
export function printOnlyPage(html: string): string {
  const head = html.indexOf('</head>');
  const style = `<style>${PRINT_ONLY_CSS}</style>`;
  return head < 0 ? `${style}${html}` : `${html.slice(0, head)}${style}${html.slice(head)}`;
}

/**
 * The page is only ever printed, never looked at: laying it out for the
 * screen first (the window's or tab's viewport) is work thrown away when the
 * print lays it out again for paper, 100–200 ms of the large project. Print
 * media never match this rule, so what prints is unchanged. Used by both
 * print engines: headless Chromium (CLI, browser host) and Electron's
 * hidden print window.
 */
export const PRINT_ONLY_CSS = '@media screen { body { display: none !important; } }';

/**
 * What the page printed may load: nothing but its own inline styles. The
 * policy is our own static HTML, and every text in it is escaped; this
 * makes sure that no image, font or frame it could ever name is fetched
 * while it prints, from the network or from the disk.
 */
export const PRINT_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'";

/** What `printOnlyPage` adds to the page's head. */
export const PRINT_ONLY_HEAD = `<meta http-equiv="Content-Security-Policy" content="${PRINT_PAGE_CSP}"><style>${PRINT_ONLY_CSS}</style>`;

/**
 * The policy page with `PRINT_ONLY_CSS` last in its head, where no rule of
 * the page's own can override it, and `PRINT_PAGE_CSP` before anything in
 * its body (the head holds nothing that loads).
 */
export function printOnlyPage(html: string): string {
  const head = html.indexOf('</head>');
  const style = PRINT_ONLY_HEAD;
  return head < 0 ? `${style}${html}` : `${html.slice(0, head)}${style}${html.slice(head)}`;
}

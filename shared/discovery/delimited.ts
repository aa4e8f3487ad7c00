import { parseCsv } from '../library/csv.ts';

/**
 * Splits CSV text into rows of fields (RFC 4180 quoting), with the delimiter
 * the file uses: scanners in many European locales export with semicolons,
 * some with tabs. The delimiter is the one of `,`, `;` or tab found most
 * often on the first line outside quotes.
 */
export function parseDelimited(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  return parseCsv(body, detectDelimiter(body));
}

function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  const [best, count] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return count > 0 ? best : ',';
}

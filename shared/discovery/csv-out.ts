import { formatCookieDuration } from '../library/duration.ts';
import type { DiscoveryRow } from './compare.ts';
import { rowDuration } from './to-cookie.ts';

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/**
 * The review as CSV for a spreadsheet (or to import again: `parseScannerCsv`
 * reads it back): one line per cookie, with the library's match and how it
 * compares with the project.
 */
export function discoveryCsv(rows: readonly DiscoveryRow[]): string {
  const lines = [['name', 'domain', 'party', 'storage', 'duration', 'category', 'provider', 'library id', 'status']];
  for (const row of rows) {
    if (row.status === 'gone') {
      lines.push([row.listed.name, '', row.listed.party, 'cookie', '', row.listed.category, row.listed.provider, '', 'listed, not found']);
      continue;
    }
    const duration = rowDuration(row);
    lines.push([
      row.found.name,
      row.found.domain,
      row.found.party,
      row.found.storage,
      duration ? formatCookieDuration(duration, 'en') : '',
      row.match?.category ?? '',
      row.match?.provider ?? '',
      row.match?.id ?? '',
      row.status === 'listed' ? 'listed' : 'new',
    ]);
  }
  return lines.map((l) => l.map(quote).join(',')).join('\r\n') + '\r\n';
}

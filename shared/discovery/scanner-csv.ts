import { parseDelimited } from './delimited.ts';
import { collect } from './collect.ts';
import { parseDurationText } from './duration.ts';
import { hostOfUrl, normalizeHost, siteOf } from './site.ts';
import type { DiscoveryResult, Party } from './types.ts';

/** Header names scanners use for each column we read, compared lower case without spaces, dashes or underscores. */
const COLUMNS = {
  name: ['name', 'cookie', 'cookiename', 'key'],
  domain: ['domain', 'host', 'hostname', 'cookiedomain', 'hostkey'],
  duration: ['duration', 'expiry', 'expires', 'expiration', 'retention', 'maxage', 'lifespan', 'retentionperiod'],
  party: ['party', 'firstorthirdparty', 'firstthirdparty', 'partytype', 'type'],
  site: ['site', 'website', 'url', 'page', 'pageurl', 'foundon'],
  storage: ['storage', 'storagetype'],
  provider: ['provider', 'vendor', 'setby'],
} as const;
type Column = keyof typeof COLUMNS;

const squash = (h: string) => h.trim().toLowerCase().replace(/[\s_\-/]+/g, '').replace(/^\ufeff/, '');

function partyText(text: string | undefined): Party | undefined {
  const t = (text ?? '').trim().toLowerCase();
  if (/^(first|1st|1p|first[- ]party)/.test(t)) return 'first';
  if (/^(third|3rd|3p|third[- ]party)/.test(t)) return 'third';
  return undefined;
}

/**
 * A cookie scanner's CSV export (one cookie a row, a header row naming the
 * columns: name and domain at least; duration, party and the page's URL
 * where the scanner gives them; our own `scan-cookies --out` file too). A
 * row without a party column is judged against the site: the CSV's site or
 * URL column, else `site`, else the site most rows belong to.
 */
export function parseScannerCsv(text: string, site?: string): DiscoveryResult {
  const rows = parseDelimited(text).filter((r) => r.some((cell) => cell.trim() !== ''));
  const header = rows[0];
  if (!header) return { ok: false, message: 'is empty: expected a header row (name, domain, …) and a row per cookie' };
  const index = {} as Partial<Record<Column, number>>;
  header.forEach((h, i) => {
    const key = squash(h);
    for (const column of Object.keys(COLUMNS) as Column[]) if (index[column] === undefined && (COLUMNS[column] as readonly string[]).includes(key)) index[column] = i;
  });
  // Some scanners name the host only in a provider column ("doubleclick.net"): read it as the domain when it looks like one.
  const hostLike = (v: string | undefined) => v !== undefined && /^\.?[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(v.trim());
  if (index.domain === undefined && index.provider !== undefined && rows.slice(1).some((r) => hostLike(r[index.provider!]))) index.domain = index.provider;
  if (index.name === undefined || index.domain === undefined) {
    return { ok: false, message: `has no ${index.name === undefined ? '"name"' : '"domain"'} column in its header row (found: ${header.map((h) => `"${h.trim()}"`).join(', ')})` };
  }
  const cell = (row: string[], column: Column) => (index[column] === undefined ? undefined : row[index[column]!]?.trim());
  const body = rows.slice(1).filter((r) => cell(r, 'name'));
  if (body.length === 0) return { ok: false, message: 'has a header row but no cookie rows' };
  const fromColumn = body.map((r) => hostOfUrl(cell(r, 'site') ?? '') ?? (cell(r, 'site') ? normalizeHost(cell(r, 'site')!) : null)).find((h) => h);
  const resolved = fromColumn ?? (site ? normalizeHost(site) : mostCommonSite(body.map((r) => cell(r, 'domain') ?? '')));
  const seen = collect(resolved ?? '');
  for (const row of body) {
    const given = cell(row, 'domain') ?? '';
    const domain = (hostLike(given) || !/\s/.test(given) ? normalizeHost(given) : '') || (resolved ?? '');
    const party = partyText(cell(row, 'party'));
    // A "Type" column says either the party or, in some scanners, the storage ("HTML Local Storage").
    const storage = /local/i.test(`${cell(row, 'storage') ?? ''} ${cell(row, 'party') ?? ''}`) ? 'local-storage' : 'cookie';
    seen.add({ name: cell(row, 'name')!, domain, storage, duration: parseDurationText(cell(row, 'duration') ?? ''), ...(party ? { party } : {}) });
  }
  return { ok: true, site: resolved ?? null, found: seen.list() };
}

function mostCommonSite(domains: string[]): string | null {
  const counts = new Map<string, number>();
  for (const d of domains.filter(Boolean)) counts.set(siteOf(d), (counts.get(siteOf(d)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

import { basename, resolve } from 'node:path';
import { compareWithProject, type DiscoveryRow } from '../discovery/compare.ts';
import { discoveryCsv } from '../discovery/csv-out.ts';
import { parseHar } from '../discovery/har.ts';
import { parseScannerCsv } from '../discovery/scanner-csv.ts';
import { rowDuration } from '../discovery/to-cookie.ts';
import type { Discovery, DiscoveryResult } from '../discovery/types.ts';
import { cookies as libraryCookies, formatCookieDuration } from '../library/index.ts';
import { writeFileAtomic } from '../node/files/atomic-write.ts';
import { readRegularFile } from '../node/files/read-regular-file.ts';
import { EXIT, UsageError, type CliIo, type ExitCode } from './io.ts';
import { readProjectForCli } from './read-project.ts';

export interface ScanCookiesArgs {
  har?: string;
  csv?: string;
  url?: string;
  project?: string;
  out?: string;
  json: boolean;
  /** Same-site links a URL scan visits besides the start page. */
  links?: string;
}

/** A HAR with response bodies saved can be large; far beyond this it is not worth reading. */
const MAX_SOURCE_BYTES = 200 * 1024 * 1024;

async function readSource(io: CliIo, file: string, parse: (text: string) => DiscoveryResult): Promise<Discovery | null> {
  const read = await readRegularFile(resolve(io.cwd, file), MAX_SOURCE_BYTES);
  if (!read.ok) {
    io.stderr(`${file}: ${read.kind === 'not-found' ? 'no such file' : read.reason.replace('a project file', 'a HAR or CSV file')}\n`);
    return null;
  }
  const result = parse(new TextDecoder().decode(read.bytes));
  if (!result.ok) {
    io.stderr(`${file} ${result.message}.\n`);
    return null;
  }
  return result;
}

async function scanUrl(io: CliIo, url: string, links: number | undefined): Promise<Discovery | null> {
  // Playwright and the browser load only for a scan.
  const [{ scanSite, SiteScanError }, { fromSiteScan }] = await Promise.all([import('../node/site-scan.ts'), import('../discovery/from-scan.ts')]);
  try {
    const scan = await scanSite(url, { ...(links === undefined ? {} : { links }), onPage: (page) => io.stderr(`visited ${page}\n`) });
    return fromSiteScan(scan);
  } catch (error) {
    if (error instanceof SiteScanError) {
      io.stderr(`${url}: ${error.message}\n`);
      return null;
    }
    throw error;
  }
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n') + '\n';
}

const STATUS = { new: 'new', listed: 'listed', gone: 'not found' } as const;

function printRows(io: CliIo, rows: DiscoveryRow[], withStatus: boolean): void {
  const found = rows.filter((r): r is Exclude<DiscoveryRow, { status: 'gone' }> => r.status !== 'gone');
  if (found.length === 0) return;
  const header = ['NAME', 'DOMAIN', 'PARTY', 'DURATION', 'CATEGORY', 'PROVIDER', ...(withStatus ? ['STATUS'] : [])];
  io.stdout(
    table([
      header,
      ...found.map((r) => {
        const duration = rowDuration(r);
        return [
          r.found.storage === 'local-storage' ? `${r.found.name} (local storage)` : r.found.name,
          r.found.domain,
          r.found.party,
          duration ? formatCookieDuration(duration, 'en') : '?',
          r.match?.category ?? '?',
          r.match ? r.match.provider : 'not in the library',
          ...(withStatus ? [STATUS[r.status]] : []),
        ];
      }),
    ]),
  );
}

/**
 * `policy-studio scan-cookies (--har FILE | --csv FILE | URL) [--project F]
 * [--out cookies.csv] [--json]`: every cookie the source saw, matched to the
 * library; with --project, how it compares with the project's cookies
 * table. Exit 1 when the source cannot be read, or when the project does
 * not list a cookie found (as `check` exits 1 for a missing item).
 */
export async function handleScanCookies(io: CliIo, args: ScanCookiesArgs): Promise<ExitCode> {
  const sources = [args.har, args.csv, args.url].filter((s) => s !== undefined);
  if (sources.length !== 1) throw new UsageError(`"scan-cookies" needs one of --har <file>, --csv <file> or a web address${sources.length > 1 ? `, got ${sources.length}` : ''}`);
  let links: number | undefined;
  if (args.links !== undefined) {
    if (args.url === undefined) throw new UsageError('--links applies only to a scan of a web address');
    links = Number(args.links);
    if (!/^\d+$/.test(args.links) || links > 50) throw new UsageError(`--links: "${args.links}" is not a number of pages from 0 to 50`);
  }
  const project = args.project === undefined ? undefined : await readProjectForCli(args.project, io);
  if (project === null) return EXIT.badInput;
  const discovery = args.har !== undefined ? await readSource(io, args.har, parseHar) : args.csv !== undefined ? await readSource(io, args.csv, (t) => parseScannerCsv(t)) : await scanUrl(io, args.url!, links);
  if (discovery === null) return EXIT.badInput;
  const rows = compareWithProject(discovery.found, project?.project.cookies ?? [], libraryCookies());
  const count = (status: DiscoveryRow['status']) => rows.filter((r) => r.status === status).length;
  const source = args.har ?? args.csv ?? args.url!;
  if (args.out !== undefined) await writeFileAtomic(resolve(io.cwd, args.out), discoveryCsv(rows), { keepBackup: false });
  if (args.json) {
    const cookies = rows.flatMap((r) => (r.status === 'gone' ? [] : [{ ...r.found, duration: rowDuration(r), match: r.match ? { id: r.match.id, category: r.match.category, provider: r.match.provider } : null, ...(project ? { status: r.status } : {}) }]));
    const notFound = rows.flatMap((r) => (r.status === 'gone' ? [{ name: r.listed.name, provider: r.listed.provider, index: r.listedIndex }] : []));
    io.stdout(`${JSON.stringify({ source, site: discovery.site, cookies, ...(project ? { project: args.project, new: count('new'), listed: count('listed'), notFound } : {}) }, null, 2)}\n`);
  } else {
    const found = rows.length - count('gone');
    io.stdout(`${found} cookie${found === 1 ? '' : 's'} found on ${discovery.site ?? 'the site'} (${args.url === undefined ? basename(source) : 'scan'}):\n`);
    printRows(io, rows, project !== undefined);
    if (project) {
      for (const r of rows) if (r.status === 'gone') io.stdout(`listed in ${args.project} but not found: ${r.listed.name} (${r.listed.provider}; cookies[${r.listedIndex}])\n`);
      io.stdout(`${count('new')} new, ${count('listed')} already listed, ${count('gone')} listed but not found.\n`);
    }
    if (args.out !== undefined) io.stdout(`${args.out}\n`);
  }
  return project && count('new') > 0 ? EXIT.badInput : EXIT.ok;
}

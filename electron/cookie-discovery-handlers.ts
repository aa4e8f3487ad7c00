import { basename } from 'node:path';
import { scanStartUrl } from '../shared/discovery/crawl.ts';
import { fromSiteScan, type SiteScanData } from '../shared/discovery/from-scan.ts';
import { readDiscoveryFile } from '../shared/discovery/read-source.ts';
import type { FindCookiesResult } from '../shared/host/api.ts';
import { readRegularFile } from '../shared/node/files/read-regular-file.ts';
import type { Dialogs, FileFilter } from './dialogs.ts';

/** What "Find cookies…" opens: HAR files saved from a browser's developer tools, and cookie scanners' CSV exports. */
export const COOKIE_SOURCE_FILTERS: FileFilter[] = [
  { name: 'HAR file or cookie scanner CSV', extensions: ['har', 'csv', 'json'] },
  { name: 'HAR file (browser developer tools)', extensions: ['har', 'json'] },
  { name: 'CSV (cookie scanner export)', extensions: ['csv'] },
];

/** A HAR with response bodies saved can be large; far beyond this it is not worth reading. */
const MAX_SOURCE_BYTES = 200 * 1024 * 1024;

/** Visits a site and reports what its browser holds afterwards; throws an Error whose message is one line for the user. */
export type SiteScanner = (url: string) => Promise<SiteScanData>;

/**
 * The host side of "Find cookies…": reading a file the user chose in an
 * open dialog (the dialog is the grant: nothing else can be read), and a
 * site scan where the host has a scanner. What was found goes back to the
 * page unapplied: the page compares it with the project it holds.
 */
export function createCookieDiscoveryHandlers(deps: { dialogs: Dialogs; scanSite?: SiteScanner }) {
  async function handleImportCookies(): Promise<FindCookiesResult> {
    const path = await deps.dialogs.showOpen({ title: 'Find cookies in a file', pick: 'file', filters: COOKIE_SOURCE_FILTERS });
    if (path === null) return { ok: false, kind: 'cancelled' };
    const name = basename(path);
    const read = await readRegularFile(path, MAX_SOURCE_BYTES);
    if (!read.ok) return { ok: false, kind: 'unreadable', path, message: `"${name}" ${read.reason.replace('a project file', 'a HAR or CSV file')}` };
    const result = readDiscoveryFile(name, new TextDecoder().decode(read.bytes));
    if (!result.ok) return { ok: false, kind: 'unreadable', path, message: `"${name}" ${result.message}.` };
    return { ok: true, source: name, site: result.site, found: result.found };
  }

  async function handleScanCookies(url: string): Promise<FindCookiesResult> {
    const start = scanStartUrl(url);
    if (!start.ok) return { ok: false, kind: 'failed', message: start.message };
    if (!deps.scanSite) return { ok: false, kind: 'unavailable', message: 'This window cannot scan sites. Save a HAR file from your browser and choose "From a file…" instead.' };
    try {
      const { site, found } = fromSiteScan(await deps.scanSite(start.url));
      return { ok: true, source: start.url, site, found };
    } catch (error) {
      return { ok: false, kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }

  return { handleImportCookies, handleScanCookies };
}

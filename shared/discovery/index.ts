/**
 * Cookie discovery: what a HAR file, a scanner's CSV or a site scan saw,
 * matched to the library and compared with the project's cookies table.
 * Pure: no file or network access, so the renderer, the CLI and the main
 * process share it.
 */
export type { Discovery, DiscoveryResult, FoundCookie, Party, Storage } from './types.ts';
export { parseHar } from './har.ts';
export { parseScannerCsv } from './scanner-csv.ts';
export { readDiscoveryFile, discoveryKindOf, type DiscoveryFileKind } from './read-source.ts';
export { compareWithProject, namesCookie, type DiscoveryRow } from './compare.ts';
export { cookieRowFrom, rowDuration } from './to-cookie.ts';
export { discoveryCsv } from './csv-out.ts';
export { partyOf, siteOf, hostOfUrl } from './site.ts';
export { durationFromSeconds, parseDurationText } from './duration.ts';
export { fromSiteScan, type SiteScanData } from './from-scan.ts';
export { applyDiscovery, type DiscoveryChoices } from './apply.ts';

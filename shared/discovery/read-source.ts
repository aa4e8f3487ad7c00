import { parseHar } from './har.ts';
import { parseScannerCsv } from './scanner-csv.ts';
import type { DiscoveryResult } from './types.ts';

/** The kinds of file "Find cookies…" reads. */
export type DiscoveryFileKind = 'har' | 'csv';

/** By the file's name, else by its first character: a HAR file is JSON. */
export function discoveryKindOf(name: string, text: string): DiscoveryFileKind {
  if (/\.(har|json)$/i.test(name)) return 'har';
  if (/\.(csv|txt)$/i.test(name)) return 'csv';
  return text.trimStart().startsWith('{') ? 'har' : 'csv';
}

/** Reads a HAR file or a scanner's CSV, whichever the file is. */
export function readDiscoveryFile(name: string, text: string): DiscoveryResult & { kind?: DiscoveryFileKind } {
  const kind = discoveryKindOf(name, text);
  return { ...(kind === 'har' ? parseHar(text) : parseScannerCsv(text)), kind };
}

import { formatCookieDuration, library, searchCookies, searchServices } from '../library/index.ts';
import { EXIT, UsageError, type CliIo, type ExitCode } from './io.ts';

export interface LibraryArgs {
  what: string | undefined;
  search?: string;
  json: boolean;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n') + '\n';
}

/**
 * `policy-studio library services|cookies [--search TEXT] [--json]`: the
 * library's entries, one per line (or as JSON for pipelines), filtered by
 * the text; a search that finds nothing says so and exits 1.
 */
export function handleLibrary(io: CliIo, args: LibraryArgs): ExitCode {
  if (args.what !== 'services' && args.what !== 'cookies') {
    throw new UsageError(`"library" needs "services" or "cookies"${args.what === undefined ? '' : `, got "${args.what}"`}`);
  }
  const text = args.search ?? '';
  const { version } = library();
  if (args.what === 'services') {
    const found = searchServices(text);
    if (args.json) io.stdout(`${JSON.stringify({ version: version.services, services: found }, null, 2)}\n`);
    else if (found.length > 0) {
      io.stdout(table([['ID', 'NAME', 'KIND', 'ROLE', 'STORED IN', 'CHECKED'], ...found.map((s) => [s.id, s.name, s.kind, s.role, s.storedIn.join(','), s.unverified ? 'not yet, against its source' : s.checked])]));
    }
    return report(io, found.length, 'service', text, args.json);
  }
  const found = searchCookies(text);
  if (args.json) io.stdout(`${JSON.stringify({ version: version.cookies, cookies: found }, null, 2)}\n`);
  else if (found.length > 0) {
    io.stdout(table([['NAME', 'PROVIDER', 'CATEGORY', 'DURATION', 'PURPOSE'], ...found.map((c) => [c.match === 'prefix' ? `${c.name}*` : c.name, c.provider, c.category, formatCookieDuration(c.duration, 'en'), c.purpose.en])]));
  }
  return report(io, found.length, 'cookie', text, args.json);
}

function report(io: CliIo, count: number, noun: string, text: string, json: boolean): ExitCode {
  if (count === 0) {
    io.stderr(`No library ${noun} matches "${text}".\n`);
    return EXIT.badInput;
  }
  if (!json) io.stderr(`${count} ${noun}${count === 1 ? '' : 's'}${text ? ` matching "${text}"` : ''}.\n`);
  return EXIT.ok;
}

import { readFileSync } from 'node:fs';

let producer: string | undefined;

/**
 * "Policy Studio <version>", from the package.json two folders up: the
 * repository's for the sources (shared/node/) and the CLI bundle (out/cli/),
 * the app's own for the main process bundle (out/electron/). Written into
 * exported PDFs as their producer. Just "Policy Studio" if it cannot be read.
 */
export function appProducer(): string {
  if (producer !== undefined) return producer;
  try {
    const { productName, version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { productName?: unknown; version?: unknown };
    const name = typeof productName === 'string' ? productName : 'Policy Studio';
    producer = typeof version === 'string' ? `${name} ${version}` : name;
  } catch {
    producer = 'Policy Studio';
  }
  return producer;
}

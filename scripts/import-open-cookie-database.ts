/**
 * Rebuilds templates/library/cookies.json from a copy of the Open Cookie
 * Database CSV (Apache-2.0): `tsx scripts/import-open-cookie-database.ts <open-cookie-database.csv> [commit]`.
 * A cookie keeps its service link only where services.json has that service.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { importOcd } from '../shared/library/ocd-import.ts';
import { OCD_PROVIDERS } from '../shared/library/ocd-providers.ts';

const [csvPath, commit] = process.argv.slice(2);
if (!csvPath) throw new Error('usage: tsx scripts/import-open-cookie-database.ts <open-cookie-database.csv> [commit]');
const root = new URL('../templates/library/', import.meta.url);
const services = JSON.parse(readFileSync(new URL('services.json', root), 'utf8')) as { services: { id: string }[] };
const known = new Set(services.services.map((s) => s.id));
const cookies = importOcd(readFileSync(csvPath, 'utf8'), { providers: OCD_PROVIDERS }).map((c) => {
  if (c.serviceId === undefined || known.has(c.serviceId)) return c;
  const { serviceId: _unknown, ...rest } = c;
  return rest;
});
const previous = JSON.parse(readFileSync(new URL('cookies.json', root), 'utf8')) as { version: number };
const file = { version: previous.version, sourceCommit: commit ?? null, cookies };
writeFileSync(new URL('cookies.json', root), `${JSON.stringify(file, null, 1)}\n`);
console.log(`${cookies.length} cookies written`);

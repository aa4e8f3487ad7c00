import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../shared/cli/main.ts';
import { serializeProject } from '../../../shared/model/project-file.ts';
import { buildProject } from '../../fixtures/project-builder.ts';
import { findChromium } from '../../../shared/node/chromium-path.ts';
import { startLocalSite } from '../discovery/local-site.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/discovery/', import.meta.url));

function io(cwd = FIXTURES) {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t), cwd } };
}

/** A project listing _ga and a cookie the HAR does not show. */
async function projectFile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'scan-cookies-'));
  const project = buildProject({
    cookies: [
      { name: '_ga', provider: 'Google Analytics', category: 'analytics', purpose: 'Counts visits', duration: '2 years', party: 'first' },
      { name: 'old_banner', provider: 'Nordlys', category: 'functional', purpose: 'Remembers a closed banner', duration: '1 year', party: 'first' },
    ],
  });
  const file = join(dir, 'acme.policy');
  await writeFile(file, serializeProject(project));
  return file;
}

describe('policy-studio scan-cookies', () => {
  it('prints each cookie of a HAR file with party, duration and the library match', async () => {
    const { out, io: cli } = io();
    expect(await runCli(['scan-cookies', '--har', 'shop.har'], cli)).toBe(0);
    expect(out.stdout).toContain('6 cookies found on www.nordlys-shop.example (shop.har):');
    expect(out.stdout).toMatch(/^_ga\s+nordlys-shop\.example\s+first\s+2 years\s+analytics\s+Google Analytics$/m);
    expect(out.stdout).toMatch(/^IDE\s+doubleclick\.net\s+third\s+1 year\s+marketing\s+Google Ads$/m);
    // Seen only being sent, so the library's duration.
    expect(out.stdout).toMatch(/^_fbp\s+www\.nordlys-shop\.example\s+first\s+4 months\s+marketing\s+Meta$/m);
    expect(out.stdout).toMatch(/^uid7\s+tracker\.example-ads\.example\s+third\s+\?\s+\?\s+not in the library$/m);
  });

  it('compares with a project: new, listed and not found, exit 1 while any is new; --json says the same', async () => {
    const file = await projectFile();
    const a = io();
    expect(await runCli(['scan-cookies', '--har', 'shop.har', '--project', file], a.io)).toBe(1);
    expect(a.out.stdout).toMatch(/^_ga\s.*\slisted$/m);
    expect(a.out.stdout).toMatch(/^IDE\s.*\snew$/m);
    expect(a.out.stdout).toContain(`listed in ${file} but not found: old_banner (Nordlys; cookies[1])`);
    expect(a.out.stdout).toContain('5 new, 1 already listed, 1 listed but not found.');
    const b = io();
    expect(await runCli(['scan-cookies', '--har', 'shop.har', '--project', file, '--json'], b.io)).toBe(1);
    const json = JSON.parse(b.out.stdout) as { site: string; new: number; notFound: { name: string }[]; cookies: { name: string; status: string; match: { id: string } | null }[] };
    expect(json).toMatchObject({ site: 'www.nordlys-shop.example', new: 5, notFound: [{ name: 'old_banner' }] });
    expect(json.cookies.find((c) => c.name === '_ga_X1Y2Z3')).toMatchObject({ status: 'new', match: { id: 'google-analytics-ga-prefix' } });
  });

  it('reads a scanner CSV and writes the result as CSV with --out', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scan-cookies-out-'));
    const { out, io: cli } = io();
    expect(await runCli(['scan-cookies', '--csv', 'scanner.csv', '--out', join(dir, 'found.csv')], cli)).toBe(0);
    expect(out.stdout).toContain('4 cookies found on nordlys-shop.example (scanner.csv):');
    const csv = await readFile(join(dir, 'found.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('name,domain,party,storage,duration,category,provider,library id,status');
    expect(csv).toContain('_gid,nordlys-shop.example,first,cookie,1 day,analytics,Google Analytics,google-analytics-gid,new');
    expect(csv).toContain('"odd,name",nordlys-shop.example,first,cookie,');
  });

  it('names the file and what is wrong in one line, and refuses a command line without one source', async () => {
    const a = io();
    expect(await runCli(['scan-cookies', '--har', 'scanner.csv'], a.io)).toBe(1);
    expect(a.out.stderr).toBe('scanner.csv is not a HAR file: it is not JSON (save it from the browser\'s developer tools, Network tab, "Save all as HAR").\n');
    const b = io();
    expect(await runCli(['scan-cookies', '--csv', 'missing.csv'], b.io)).toBe(1);
    expect(b.out.stderr).toBe('missing.csv: no such file\n');
    const c = io();
    expect(await runCli(['scan-cookies'], c.io)).toBe(2);
    expect(c.out.stderr).toContain('"scan-cookies" needs one of --har <file>, --csv <file> or a web address');
    const d = io();
    expect(await runCli(['scan-cookies', '--har', 'shop.har', 'https://example.com/'], d.io)).toBe(2);
    const e = io();
    expect(await runCli(['scan-cookies', 'not a url'], e.io)).toBe(1);
    expect(e.out.stderr).toBe('not a url: "not a url" is not a web address: enter one like https://www.example.com/\n');
  });
});

describe.skipIf(findChromium() === null)('policy-studio scan-cookies <url> (headless Chromium, local site)', () => {
  it('scans the page and its same-site links, printing first- and third-party cookies and the pages visited', async () => {
    const site = await startLocalSite();
    try {
      const { out, io: cli } = io();
      expect(await runCli(['scan-cookies', site.shop, '--links', '1', '--json'], cli)).toBe(0);
      expect(out.stderr).toBe(`visited ${site.shop}\nvisited ${site.shop}about\n`);
      const json = JSON.parse(out.stdout) as { site: string; cookies: { name: string; party: string; storage: string; match: { provider: string } | null }[] };
      expect(json.site).toBe('127.0.0.1');
      const byName = Object.fromEntries(json.cookies.map((c) => [c.name, c]));
      expect(byName._ga).toMatchObject({ party: 'first', match: { provider: 'Google Analytics' } });
      expect(byName._gid).toMatchObject({ party: 'first' });
      expect(byName.IDE).toMatchObject({ party: 'third', match: { provider: 'Google Ads' } });
      expect(byName.test3p).toMatchObject({ party: 'third', match: null });
      expect(byName.shop_cart).toMatchObject({ storage: 'local-storage' });
    } finally {
      await site.close();
    }
  }, 120_000);

  it('refuses --links without a web address, or a number out of range', async () => {
    const a = io();
    expect(await runCli(['scan-cookies', '--har', 'shop.har', '--links', '2'], a.io)).toBe(2);
    expect(a.out.stderr).toContain('--links applies only to a scan of a web address');
    const b = io();
    expect(await runCli(['scan-cookies', 'https://example.com/', '--links', 'many'], b.io)).toBe(2);
    expect(b.out.stderr).toContain('--links: "many" is not a number of pages from 0 to 50');
  });
});

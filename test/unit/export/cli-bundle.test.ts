import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../shared/cli/io.ts';
import { runCli } from '../../../shared/cli/main.ts';
import { DOCUMENT_LANGUAGES } from '../../../shared/model/languages.ts';
import { findPrintEngine } from '../../../shared/node/chromium-path.ts';
import { hasTool, loadStarters } from './starter-policies.ts';

/**
 * The `policy-studio` CLI run in-process, as a user types it: a bundle of
 * every format in two languages with the page linking them, and the exit
 * codes scripts rely on (0 done, 1 bad input, 2 bad usage).
 */

/** A CliIo that keeps what the command printed, in a folder of its own. */
function bufferIo(cwd: string): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    cwd,
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
  };
  return io;
}

const saas = loadStarters().find((s) => s.id === 'saas-sweden')!;
const chromium = findPrintEngine() !== null;
if (!chromium) console.warn('No Chromium found: skipping the CLI export with PDF (Debian: apt-get install chromium)');

let root = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cli-bundle-'));
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.skipIf(!chromium)('policy-studio export: every format in English and Swedish', () => {
  const expected = ['en', 'sv'].flatMap((lang) => ['html', 'fragment.html', 'md', 'docx', 'pdf'].map((ext) => `privacy-policy.${lang}.${ext}`)).concat('index.html');
  let io: ReturnType<typeof bufferIo>;
  let code: number;
  let dist = '';

  beforeAll(async () => {
    io = bufferIo(root);
    // This test is about the formats: a text the starter has not translated yet is exported with a warning, not refused.
    code = await runCli(['export', saas.file, '--format', 'html,fragment,md,docx,pdf', '--lang', 'en,sv', '--paper', 'letter', '--out', 'dist', '--allow-untranslated'], io);
    dist = join(root, 'dist');
  }, 60_000);

  it('exits 0 and lists each file it wrote, and nothing on stderr but translation warnings', () => {
    for (const line of io.err.split('\n').filter(Boolean)) expect(line).toMatch(/^warning: \S+ \((en|sv)\): (missing|stale)$/);
    expect(code).toBe(0);
    expect(io.out.trim().split('\n').sort()).toEqual(expected.map((f) => join('dist', f)).sort());
  });

  it('writes privacy-policy.<lang>.<ext> for each language and format, and index.html, and nothing else', () => {
    expect(readdirSync(dist).sort()).toEqual([...expected].sort());
  });

  it('writes each format as what it claims to be', async () => {
    for (const lang of ['en', 'sv']) {
      const file = (ext: string) => join(dist, `privacy-policy.${lang}.${ext}`);
      const html = readFileSync(file('html'), 'utf8');
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html).toContain(`<html lang="${lang}">`);
      expect(readFileSync(file('fragment.html'), 'utf8')).toMatch(new RegExp(`^<div class="privacy-policy" lang="${lang}">`));
      expect(readFileSync(file('md'), 'utf8')).toMatch(/^# /);
      const docx = await JSZip.loadAsync(readFileSync(file('docx')));
      expect(docx.file('word/document.xml')).not.toBeNull();
      expect(readFileSync(file('pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    expect(readFileSync(join(dist, 'privacy-policy.sv.md'), 'utf8')).toContain('# Integritetspolicy');
  });

  it('links each language from index.html, named in its own language', () => {
    const index = readFileSync(join(dist, 'index.html'), 'utf8');
    const links = [...index.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map(([, href, label]) => ({ href, label }));
    expect(links).toEqual([
      { href: 'privacy-policy.en.html', label: 'English' },
      { href: 'privacy-policy.sv.html', label: expect.stringMatching(/^[Ss]venska$/) },
    ]);
    expect(index).toMatch(/<a href="privacy-policy\.sv\.html" hreflang="sv" lang="sv">/);
  });

  it.skipIf(!hasTool('pdfinfo', ['-v']))('prints the PDFs on the paper --paper asks for', () => {
    for (const lang of ['en', 'sv']) {
      expect(execFileSync('pdfinfo', [join(dist, `privacy-policy.${lang}.pdf`)], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts/);
    }
  });
});

describe('policy-studio exit codes', () => {
  it('exits 0 for "validate" of a starter and says what it holds', async () => {
    const io = bufferIo(root);
    expect(await runCli(['validate', saas.file], io)).toBe(0);
    expect(io.out.split('\n')[0]).toMatch(/is valid: \d+ data categories, \d+ activities, \d+ recipients, \d+ cookies; languages en, sv\.$/);
    expect(io.err).toBe('');
  });

  it('prints risky facts as warnings after the summary, one line each, and still exits 0', async () => {
    const project = JSON.parse(readFileSync(saas.file, 'utf8')) as { recipients: { id: string; storedIn: string[]; transfers?: unknown }[] };
    const outside = project.recipients.findIndex((r) => r.storedIn.includes('US'));
    project.recipients[outside]!.transfers = { eu: { mechanism: 'none' } };
    writeFileSync(join(root, 'risky.policy'), JSON.stringify(project));
    const io = bufferIo(root);
    expect(await runCli(['validate', 'risky.policy'], io)).toBe(0);
    const lines = io.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^risky\.policy is valid: /);
    expect(lines.slice(1)).toContainEqual(expect.stringMatching(new RegExp(`^warning: recipients\\[${outside}\\]\\.transfers\\.eu\\.mechanism: no transfer tool is in place`)));
    for (const line of lines.slice(1)) expect(line).toMatch(/^(warning|note): \S+: /);
    expect(io.err).toBe('');
  });

  it('exits 1 for an invalid project, naming the field at fault on stderr, and writes nothing', async () => {
    const project = JSON.parse(readFileSync(saas.file, 'utf8')) as { company: { email: string }; recipients: { storedIn: string[] }[] };
    project.company.email = 'not an email';
    project.recipients[1]!.storedIn = ['Norge'];
    writeFileSync(join(root, 'broken.policy'), JSON.stringify(project));
    for (const argv of [['validate', 'broken.policy'], ['export', 'broken.policy', '--format', 'html', '--out', 'broken-dist']]) {
      const io = bufferIo(root);
      expect(await runCli(argv, io), argv.join(' ')).toBe(1);
      expect(io.err).toContain('broken.policy is not a valid project (2 problems)');
      expect(io.err).toMatch(/^ {2}company\.email: /m);
      expect(io.err).toMatch(/^ {2}recipients\[1\]\.storedIn\[0\]: .*"Norge"/m);
      expect(io.out).toBe('');
    }
    expect(existsSync(join(root, 'broken-dist'))).toBe(false);
  });

  it('exits 1 for a file that does not exist', async () => {
    const io = bufferIo(root);
    expect(await runCli(['export', 'missing.policy'], io)).toBe(1);
    expect(io.err).toContain('missing.policy: no such file');
  });

  it('exits 2 for an unknown format, paper, language, option or command, with the usage on stderr', async () => {
    const cases: [string[], string][] = [
      [['export', saas.file, '--format', 'xls'], '--format: "xls" is not one of html, fragment, md, docx, pdf'],
      [['export', saas.file, '--paper', 'a5'], '--paper: "a5" is not one of a4, letter'],
      [['export', saas.file, '--lang', 'tlh'], `--lang: "tlh" is not one of ${DOCUMENT_LANGUAGES.join(', ')}`],
      [['export', saas.file, '--colour', 'red'], 'colour'],
      [['frobnicate', saas.file], 'unknown command "frobnicate"'],
    ];
    for (const [argv, message] of cases) {
      const io = bufferIo(root);
      expect(await runCli(argv, io), argv.join(' ')).toBe(2);
      expect(io.err, argv.join(' ')).toContain(message);
      expect(io.err).toContain('Usage: policy-studio');
    }
  });

  it('accepts --paper in any case', async () => {
    const io = bufferIo(root);
    expect(await runCli(['export', saas.file, '--format', 'md', '--lang', 'en', '--paper', 'A4', '--out', 'md-only'], io)).toBe(0);
    expect(readdirSync(join(root, 'md-only'))).toEqual(['privacy-policy.en.md']);
  });

  it('"new" creates a project from a starter and refuses to overwrite it without --force', async () => {
    const first = bufferIo(root);
    expect(await runCli(['new', '--starter', 'mobile-app', '--out', 'mine.policy'], first)).toBe(0);
    const created = readFileSync(join(root, 'mine.policy'), 'utf8');
    expect(JSON.parse(created)).toMatchObject({ schemaVersion: 3 });

    writeFileSync(join(root, 'mine.policy'), `${created.trimEnd()}\n`.replace('"schemaVersion": 3', '"schemaVersion": 3, "edited": true'));
    const edited = readFileSync(join(root, 'mine.policy'), 'utf8');
    const again = bufferIo(root);
    expect(await runCli(['new', '--starter', 'saas-sweden', '--out', 'mine.policy'], again)).toBe(1);
    expect(again.err).toContain('mine.policy already exists');
    expect(again.err).toContain('--force');
    expect(readFileSync(join(root, 'mine.policy'), 'utf8')).toBe(edited);

    const forced = bufferIo(root);
    expect(await runCli(['new', '--starter', 'saas-sweden', '--out', 'mine.policy', '--force'], forced)).toBe(0);
    expect(readFileSync(join(root, 'mine.policy'), 'utf8')).toContain('Stigvis Software AB');
  });

  it('exits 2 for "new" with an unknown starter', async () => {
    const io = bufferIo(root);
    expect(await runCli(['new', '--starter', 'bakery', '--out', 'x.policy'], io)).toBe(2);
    expect(existsSync(join(root, 'x.policy'))).toBe(false);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../shared/export/docx/index.ts';
import { lineCount } from '../../../shared/export/docx/page-estimate.ts';
import { hasTool, loadStarters, sectionHeadings, starterPolicies, type StarterPolicy } from './starter-policies.ts';

/**
 * The Word export as a reader sees it without updating fields: the contents
 * already list each section's page (estimated, so LibreOffice shows numbers
 * rather than dot leaders leading to nothing), the header names the legal
 * name, lead-ins keep with what follows, and a table keeps its distance
 * from the next paragraph. LibreOffice converts the English and Swedish
 * files to text (the contents as it shows them) and to PDF (where each
 * heading really landed in its layout).
 */

const soffice = hasTool('soffice');
const poppler = hasTool('pdftotext', ['-v']);
/** LibreOffice lays out like Word only with Calibri's metrics: Calibri itself or Carlito (Debian: fonts-crosextra-carlito). */
const calibriMetrics = hasTool('fc-list') && /Carlito|Calibri/.test(execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' }));
if (!calibriMetrics) console.warn('Neither Calibri nor Carlito installed: the DOCX contents are checked for page numbers, not against LibreOffice\'s layout (Debian: apt-get install fonts-crosextra-carlito)');

describe('lineCount (the page estimate’s word wrapping)', () => {
  it('wraps at spaces, counts hard breaks, and breaks a word longer than the line', () => {
    expect(lineCount('', 22, 9000)).toBe(1);
    expect(lineCount('short text', 22, 9000)).toBe(1);
    expect(lineCount('word '.repeat(200).trim(), 22, 9000)).toBeGreaterThan(8);
    expect(lineCount('one\ntwo', 22, 9000)).toBe(2);
    expect(lineCount('x'.repeat(400), 22, 2000)).toBeGreaterThan(8);
  });
});

describe.skipIf(!soffice || !poppler)('DOCX contents with page numbers, as LibreOffice shows them', () => {
  let dir = '';
  let policies: StarterPolicy[] = [];
  const texts = new Map<string, string>();
  const pdfPages = new Map<string, string[]>();
  const xml = new Map<string, { document: string; header: string }>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'docx-toc-'));
    policies = starterPolicies(loadStarters().filter((s) => s.id === 'saas-sweden'));
    for (const { key, policy } of policies) {
      const bytes = await exportDocx(policy.document, policy.context);
      writeFileSync(join(dir, `${key}.docx`), bytes);
      const zip = await JSZip.loadAsync(bytes);
      const header = Object.keys(zip.files).find((n) => /^word\/header\d*\.xml$/.test(n))!;
      xml.set(key, { document: await zip.file('word/document.xml')!.async('string'), header: await zip.file(header)!.async('string') });
    }
    const files = policies.map((p) => join(dir, `${p.key}.docx`));
    const profile = `-env:UserInstallation=file://${join(dir, 'lo-profile')}`;
    for (const to of ['txt:Text', 'pdf']) execFileSync('soffice', ['--headless', '--norestore', profile, '--convert-to', to, '--outdir', dir, ...files], { timeout: 120_000, stdio: 'pipe' });
    for (const { key } of policies) {
      texts.set(key, readFileSync(join(dir, `${key}.txt`), 'utf8'));
      pdfPages.set(key, execFileSync('pdftotext', ['-layout', join(dir, `${key}.pdf`), '-'], { encoding: 'utf8' }).split('\f'));
    }
  }, 150_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lists every section with a page number, close to where LibreOffice lays the heading out', () => {
    expect(policies.map((p) => p.key)).toEqual(['saas-sweden.en', 'saas-sweden.sv']);
    for (const { key, policy } of policies) {
      const lines = texts.get(key)!.split(/\r?\n/);
      const pages = pdfPages.get(key)!;
      for (const heading of sectionHeadings(policy)) {
        const entry = lines.find((l) => l.startsWith(`${heading}\t`));
        expect(entry, `${key}: contents entry "${heading}" with a page number`).toMatch(/\t\d+$/);
        const estimated = Number(entry!.split('\t').at(-1));
        const actual = pages.findIndex((p, i) => i > 0 && p.split('\n').some((l) => l.trim() === heading)) + 1;
        expect(actual, `${key}: "${heading}" in LibreOffice's layout`).toBeGreaterThan(1);
        // An estimate of Word's layout: LibreOffice's may differ by a page where a page breaks late.
        if (calibriMetrics) expect(Math.abs(estimated - actual), `${key}: "${heading}" estimated on page ${estimated}, laid out on ${actual}`).toBeLessThanOrEqual(1);
        else expect(estimated, `${key}: "${heading}"`).toBeGreaterThan(1);
      }
    }
  });

  it('puts the legal name in the running header', () => {
    for (const { key, policy } of policies) {
      expect(xml.get(key)!.header, key).toContain(`<w:t xml:space="preserve">${policy.context.legalName}</w:t>`);
    }
  });

  it('keeps a lead-in with what it introduces, and leaves room after each table', () => {
    for (const { key } of policies) {
      const { document } = xml.get(key)!;
      const paragraphs = document.split('<w:p>').slice(1);
      const leadIns = paragraphs.filter((p) => /:<\/w:t><\/w:r>(<\/w:hyperlink>)?<\/w:p>/.test(p));
      expect(leadIns.length, key).toBeGreaterThan(3);
      for (const p of leadIns) expect(p, `${key}: lead-in ${p.slice(0, 200)}`).toContain('<w:keepNext/>');
      const afterTables = document.split('</w:tbl>').slice(1, -1);
      expect(afterTables.length, key).toBeGreaterThan(1);
      for (const after of afterTables) {
        if (!after.startsWith('<w:p>') || after.startsWith('<w:p><w:pPr><w:pStyle w:val="Heading')) continue;
        expect(after.slice(0, 300), `${key}: paragraph after a table`).toMatch(/<w:spacing w:before="200"\/>/);
      }
    }
  });
});

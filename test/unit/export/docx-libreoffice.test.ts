import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../../shared/export/docx/index.ts';
import { hasTool, missingFrom, projectFacts, sectionHeadings, starterPolicies, type StarterPolicy } from './starter-policies.ts';

/**
 * The Word export of every starter, in each of its languages, opened by
 * LibreOffice (a reader other than the docx library that wrote it) and read
 * back as text: every fact of the project and every section heading is
 * there. One soffice run converts every file; one Swedish file is also
 * unzipped to check what Word relies on.
 */

const soffice = hasTool('soffice');
if (!soffice) console.warn('soffice not on PATH: skipping the LibreOffice DOCX tests (Debian: apt-get install libreoffice-writer-nogui)');

describe.skipIf(!soffice)('DOCX export, as LibreOffice reads it', () => {
  let dir = '';
  let policies: StarterPolicy[] = [];
  const texts = new Map<string, string>();
  const bytes = new Map<string, Uint8Array>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'docx-libreoffice-'));
    policies = starterPolicies();
    for (const { key, policy } of policies) {
      const docx = await exportDocx(policy.document, policy.context);
      bytes.set(key, docx);
      writeFileSync(join(dir, `${key}.docx`), docx);
    }
    // One conversion of every file: LibreOffice takes seconds to start. A fresh profile per run, so parallel runs do not share one.
    execFileSync(
      'soffice',
      ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'txt:Text', '--outdir', dir, ...policies.map((p) => join(dir, `${p.key}.docx`))],
      { timeout: 120_000, stdio: 'pipe' },
    );
    for (const { key } of policies) texts.set(key, readFileSync(join(dir, `${key}.txt`), 'utf8'));
  }, 150_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('converted every starter in every one of its languages', () => {
    expect(policies.length).toBeGreaterThanOrEqual(6);
    expect(policies.map((p) => p.key)).toContain('saas-sweden.sv');
    for (const { key } of policies) expect(texts.get(key)?.length ?? 0, key).toBeGreaterThan(5_000);
  });

  it('contains every fact of the project: company, processors, cookies, data categories, change log', () => {
    for (const { key, starter, lang } of policies) {
      expect(missingFrom(texts.get(key)!, projectFacts(starter.project, lang)), key).toEqual([]);
    }
  });

  it('contains every section heading, in the document language', () => {
    for (const { key, policy } of policies) {
      const headings = sectionHeadings(policy);
      expect(headings.length, key).toBeGreaterThanOrEqual(10);
      expect(missingFrom(texts.get(key)!, headings.map((text, i) => ({ what: `heading ${i + 1}`, text }))), key).toEqual([]);
    }
  });

  it('has the title and the contents heading in the document language', () => {
    for (const { key, policy } of policies) {
      expect(texts.get(key), key).toContain(policy.context.message('document.title'));
      expect(texts.get(key), key).toContain(policy.context.message('document.contents'));
    }
  });

  describe('inside the Swedish file (saas-sweden.sv)', () => {
    let document = '';
    let styles = '';
    let rels = '';
    let website = '';

    beforeAll(async () => {
      const zip = await JSZip.loadAsync(bytes.get('saas-sweden.sv')!);
      const read = (path: string) => zip.file(path)!.async('string');
      [document, styles, rels] = await Promise.all([read('word/document.xml'), read('word/styles.xml'), read('word/_rels/document.xml.rels')]);
      website = policies.find((p) => p.key === 'saas-sweden.sv')!.starter.project.company.website!;
    });

    it('repeats the header row of every table on each page', () => {
      const tables = document.match(/<w:tbl>/g) ?? [];
      expect(tables.length).toBeGreaterThanOrEqual(4);
      expect((document.match(/<w:tblHeader\/>|<w:tblHeader w:val="(?:true|1|on)"\/>/g) ?? []).length).toBe(tables.length);
    });

    it('has a table of contents field over the headings', () => {
      expect(/<w:instrText[^>]*>\s*TOC [^<]*\\o &quot;1-2&quot;/.test(document), 'TOC field instruction').toBe(true);
      expect(document.includes('<w:fldChar w:fldCharType="begin"'), 'field begin').toBe(true);
    });

    it('declares Swedish (sv-SE) for spelling and hyphenation', () => {
      expect(styles).toMatch(/<w:lang [^>]*w:val="sv-SE"/);
      expect(/<w:lang [^>]*w:val="en-/.test(document + styles), 'an English w:lang').toBe(false);
    });

    it('links the company website as an external hyperlink', () => {
      const rel = [...rels.matchAll(/<Relationship [^>]*\/>/g)].map(([r]) => r).find((r) => r.includes(`Target="${website}"`) || r.includes(`Target="${website}/"`));
      expect(rel, `no relationship to ${website}`).toBeDefined();
      expect(rel).toContain('TargetMode="External"');
      const id = /Id="([^"]+)"/.exec(rel!)![1]!;
      const link = new RegExp(`<w:hyperlink [^>]*r:id="${id}"[^>]*>(.*?)</w:hyperlink>`).exec(document);
      expect(link, `no w:hyperlink uses ${id}`).not.toBeNull();
      expect(link![1]).toContain('w:val="Hyperlink"');
    });
  });
});

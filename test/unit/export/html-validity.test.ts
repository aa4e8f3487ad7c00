import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBundle } from '../../../shared/export/bundle.ts';
import { exportHtmlFragment } from '../../../shared/export/html.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { hasTool, loadStarters, starterPolicies } from './starter-policies.ts';

/**
 * The standalone HTML of every starter in every one of its languages, the
 * language index and the fragments pass the Nu HTML Checker (the W3C
 * validator) without errors. One JVM checks every file: it takes seconds
 * to start.
 */

const VNU_JAR = resolve('node_modules/vnu-jar/build/dist/vnu.jar');
const java = hasTool('java', ['-version']);
const ready = java && existsSync(VNU_JAR);
if (!java) console.warn('java not on PATH: skipping the Nu HTML Checker tests (Debian: apt-get install default-jre-headless)');
else if (!existsSync(VNU_JAR)) console.warn(`${VNU_JAR} missing: skipping the Nu HTML Checker tests (npm ci installs vnu-jar)`);

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  lastLine?: number;
}

describe.skipIf(!ready)('HTML export passes the Nu HTML Checker', () => {
  let dir = '';
  const files: { name: string; kind: 'standalone' | 'index' | 'fragment' | 'canary' }[] = [];
  let messages: VnuMessage[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'html-validity-'));
    const starters = loadStarters();
    for (const starter of starters) {
      // The bundle writes what users publish: a page per language and, for several languages, index.html.
      const bundle = await exportBundle({ project: starter.project, langs: starter.project.languages, formats: ['html'], env: nodeEnv });
      for (const file of bundle) {
        const name = `${starter.id}.${file.name}`;
        writeFileSync(join(dir, name), file.contents);
        files.push({ name, kind: file.format === 'index' ? 'index' : 'standalone' });
      }
    }
    // A fragment is pasted into someone's page: check it inside the smallest valid page.
    for (const { key, lang, policy } of starterPolicies(starters)) {
      const name = `${key}.fragment-in-page.html`;
      const page = `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>CMS page</title>\n</head>\n<body>\n${exportHtmlFragment(policy.document, policy.context)}</body>\n</html>\n`;
      writeFileSync(join(dir, name), page);
      files.push({ name, kind: 'fragment' });
    }
    // A page with two known errors proves the checker ran and reports by file.
    writeFileSync(join(dir, 'canary.html'), '<!DOCTYPE html>\n<html lang="en">\n<head><title>x</title></head>\n<body><p id="a">1</p><p id="a">2</p><li>stray</li></body>\n</html>\n');
    files.push({ name: 'canary.html', kind: 'canary' });
    const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files.map((f) => join(dir, f.name))], {
      encoding: 'utf8',
      timeout: 120_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    // vnu prints its JSON report on stderr, and exits 1 when there is an error.
    const report = [run.stderr, run.stdout].find((out) => out?.trim().startsWith('{'));
    if (!report) throw new Error(`vnu gave no JSON report (exit ${run.status}): ${run.stderr}${run.stdout}`);
    messages = (JSON.parse(report) as { messages: VnuMessage[] }).messages;
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const problems = (name: string): string[] =>
    messages
      .filter((m) => (m.url ?? '').endsWith(`/${name}`) || m.type === 'non-document-error')
      .map((m) => `${m.type}${m.subType ? `/${m.subType}` : ''} line ${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` [${m.extract.trim()}]` : ''}`);

  it('checked a standalone page per starter and language, and an index for each multi-language starter', () => {
    const starters = loadStarters();
    const pages = starters.reduce((n, s) => n + s.project.languages.length, 0);
    expect(files.filter((f) => f.kind === 'standalone')).toHaveLength(pages);
    expect(files.filter((f) => f.kind === 'index')).toHaveLength(starters.filter((s) => s.project.languages.length > 1).length);
    expect(pages).toBeGreaterThanOrEqual(6);
  });

  it('finds no errors in any standalone page', () => {
    for (const f of files.filter((f) => f.kind === 'standalone')) expect(problems(f.name), f.name).toEqual([]);
  });

  it('finds no errors in the language index pages', () => {
    for (const f of files.filter((f) => f.kind === 'index')) expect(problems(f.name), f.name).toEqual([]);
  });

  it('finds no errors in the fragments, placed in a page', () => {
    for (const f of files.filter((f) => f.kind === 'fragment')) expect(problems(f.name), f.name).toEqual([]);
  });

  it('reports the errors of a broken page, so silence above means valid', () => {
    expect(problems('canary.html').length).toBeGreaterThanOrEqual(2);
  });

  it('reported nothing else (no error outside the files either)', () => {
    const others = messages.filter((m) => !(m.url ?? '').endsWith('/canary.html'));
    expect(others.map((m) => `${m.url ?? ''}: ${m.message}`)).toEqual([]);
  });
});

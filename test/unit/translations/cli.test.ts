import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProjectFile, serializeProject } from '../../../shared/model/project-file.ts';
import { translationGaps } from '../../../shared/translations/gaps.ts';
import { buildProject } from '../../fixtures/project-builder.ts';

const launcher = resolve('bin/policy-studio.cjs');

/** Runs the launcher from the sources in `cwd`, as a user types it; never throws, returns what it printed. */
function cli(cwd: string, ...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [launcher, ...args], { cwd, encoding: 'utf8', env: { ...process.env, POLICY_STUDIO_FROM_SOURCE: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A folder holding acme.policy: English texts, Swedish in its languages, nothing translated yet. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cli-translations-'));
  writeFileSync(join(dir, 'acme.policy'), serializeProject(buildProject()));
  return dir;
}

const read = (dir: string) => {
  const parsed = parseProjectFile(readFileSync(join(dir, 'acme.policy'), 'utf8'));
  if (!parsed.ok) throw new Error('acme.policy became invalid');
  return parsed.project;
};

// Each case runs the CLI as a process, several times: seconds each on a loaded 2-core machine.
describe('policy-studio export with untranslated texts', { timeout: 60_000 }, () => {
  it('refuses, naming each gap by field path and language, and writes nothing', () => {
    const dir = workspace();
    const r = cli(dir, 'export', 'acme.policy', '--format', 'md', '--out', 'dist');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^acme\.policy: \d+ texts are not translated into every language asked for; nothing was exported:$/m);
    expect(r.err).toMatch(/^ {2}dataCategories\[1\]\.name \(sv\): missing$/m);
    expect(r.err).toMatch(/^ {2}activities\[0\]\.purpose \(sv\): missing$/m);
    expect(r.err).toContain('--allow-untranslated');
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    // English alone has no gap.
    expect(cli(dir, 'export', 'acme.policy', '--lang', 'en', '--format', 'md', '--out', 'dist').code).toBe(0);
  });

  it('names a stale translation as stale', () => {
    const dir = workspace();
    const project = buildProject();
    writeFileSync(join(dir, 'acme.policy'), serializeProject({ ...project, dataCategories: project.dataCategories.map((c, i) => (i === 0 ? { ...c, name: { en: 'Account', sv: { text: 'Konto', from: 'en', sourceHash: '0000000000000000' } } } : c)) }));
    expect(cli(dir, 'export', 'acme.policy', '--format', 'md').err).toMatch(/^ {2}dataCategories\[0\]\.name \(sv\): stale$/m);
  });

  it('exports with --allow-untranslated, printing each gap as a warning', () => {
    const dir = workspace();
    const r = cli(dir, 'export', 'acme.policy', '--format', 'md', '--out', 'dist', '--allow-untranslated');
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n').sort()).toEqual([join('dist', 'privacy-policy.en.md'), join('dist', 'privacy-policy.sv.md')]);
    expect(existsSync(join(dir, 'dist', 'privacy-policy.sv.md'))).toBe(true);
    const warnings = r.err.trimEnd().split('\n');
    expect(warnings).toContain('warning: dataCategories[1].name (sv): missing');
    for (const line of warnings) expect(line).toMatch(/^warning: \S+ \(sv\): (missing|stale)$/);
  });
});

describe('policy-studio export of a project with many untranslated texts', { timeout: 60_000 }, () => {
  it("lists each language's first 25 gaps and counts the rest, saying how to list them all", () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-translations-many-'));
    const project = buildProject();
    const cookies = Array.from({ length: 40 }, (_, i) => ({ ...project.cookies[0]!, name: `cookie_${i}` }));
    writeFileSync(join(dir, 'acme.policy'), serializeProject({ ...project, cookies }));
    const total = translationGaps(read(dir)).length;
    expect(total).toBeGreaterThan(60);
    const refused = cli(dir, 'export', 'acme.policy', '--format', 'md', '--out', 'dist');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`acme.policy: ${total} texts are not translated into every language asked for`);
    expect(refused.err.split('\n').filter((l) => /^ {2}\S+ \(sv\): missing$/.test(l))).toHaveLength(25);
    expect(refused.err).toContain(`  … and ${total - 25} more texts not translated into sv (policy-studio translations export acme.policy --lang sv lists every one)`);
    const exported = cli(dir, 'export', 'acme.policy', '--format', 'md', '--out', 'dist', '--allow-untranslated');
    expect(exported.code).toBe(0);
    expect(exported.err.trimEnd().split('\n')).toHaveLength(26);
    expect(exported.err).toContain(`warning: … and ${total - 25} more texts not translated into sv`);
  });
});

describe('policy-studio translations', { timeout: 60_000 }, () => {
  it('exports XLIFF, imports it filled in, and then the project exports without --allow-untranslated', () => {
    const dir = workspace();
    const before = readFileSync(join(dir, 'acme.policy'), 'utf8');
    const exported = cli(dir, 'translations', 'export', 'acme.policy', '--lang', 'sv', '--out', 'sv.xlf');
    expect(exported.code).toBe(0);
    expect(exported.out).toMatch(/^Wrote sv\.xlf: \d+ texts from en into sv, \d+ to translate/);
    const xliff = readFileSync(join(dir, 'sv.xlf'), 'utf8');
    expect(xliff).toContain('srcLang="en" trgLang="sv"');
    writeFileSync(join(dir, 'sv.xlf'), xliff.replace(/<source>([^<]*)<\/source>/g, '<source>$1</source><target>SV $1</target>'));

    const imported = cli(dir, 'translations', 'import', 'acme.policy', 'sv.xlf');
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/^sv\.xlf \(en → sv\): \d+ applied, 0 unchanged, 0 left empty, 0 not applied\.$/m);
    expect(imported.out).toContain('Wrote acme.policy; the previous version is kept as acme.policy.bak.');
    expect(readFileSync(join(dir, 'acme.policy.bak'), 'utf8')).toBe(before);
    expect(translationGaps(read(dir))).toEqual([]);
    expect(cli(dir, 'export', 'acme.policy', '--format', 'md', '--out', 'dist').code).toBe(0);
    expect(readFileSync(join(dir, 'dist', 'privacy-policy.sv.md'), 'utf8')).toContain('SV Creating and running your account');
  });

  it('round-trips CSV through stdout, and refuses a unit whose source changed meanwhile', () => {
    const dir = workspace();
    const exported = cli(dir, 'translations', 'export', 'acme.policy', '--lang', 'sv', '--format', 'csv');
    expect(exported.code).toBe(0);
    expect(exported.out.startsWith('\uFEFFpath,source language,source text,source hash,target language,target text')).toBe(true);
    const filled = exported.out
      .split('\r\n')
      .map((line, i) => (i === 0 || line === '' ? line : line.replace(/,sv,,$/, ',sv,"Översatt, med ""citat""",')))
      .join('\r\n');
    writeFileSync(join(dir, 'sv.csv'), filled);
    // Meanwhile the English name of a category is edited.
    const edited = read(dir);
    edited.dataCategories[1]!.name = 'Usage and device data';
    writeFileSync(join(dir, 'acme.policy'), serializeProject(edited));

    const imported = cli(dir, 'translations', 'import', 'acme.policy', 'sv.csv', '--out', 'translated.policy');
    expect(imported.code).toBe(1);
    expect(imported.out).toMatch(/1 not applied\.$/m);
    expect(imported.out).toContain('not applied: dataCategories[1].name (sv): its en text changed since the file was written (now "Usage and device data"); translate it again');
    expect(imported.out).toContain('Wrote translated.policy.');
    const translated = parseProjectFile(readFileSync(join(dir, 'translated.policy'), 'utf8'));
    expect(translated.ok && translationGaps(translated.project).map((g) => `${g.path} (${g.lang}): ${g.state}`)).toEqual(['dataCategories[1].name (sv): missing']);
    expect(translated.ok && translated.project.dataCategories[0]!.name).toMatchObject({ sv: { text: 'Översatt, med "citat"', from: 'en' } });
  });

  it('says in one line which language to enter, and refuses a malformed file in one line', () => {
    const dir = workspace();
    const notListed = buildProject();
    writeFileSync(join(dir, 'en-only.policy'), serializeProject({ ...notListed, languages: ['en'] }));
    const r = cli(dir, 'translations', 'export', 'en-only.policy', '--lang', 'sv');
    expect(r.code).toBe(1);
    expect(r.err).toBe('policy-studio: --lang: en-only.policy does not list "sv" in its languages; enter one of en, or add "sv" to "languages" first\n');
    const unknown = cli(dir, 'translations', 'export', 'acme.policy', '--lang', 'tlh');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^policy-studio: --lang: "tlh" is not a document language \(.*\); enter one of acme\.policy's languages: en, sv\n$/);

    writeFileSync(join(dir, 'broken.xlf'), '<?xml version="1.0"?>\n<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="sv"><file id="f"><unit id="a"><segment><source>a & b</source></segment></unit></file></xliff>');
    const before = readFileSync(join(dir, 'acme.policy'), 'utf8');
    const broken = cli(dir, 'translations', 'import', 'acme.policy', 'broken.xlf');
    expect(broken.code).toBe(1);
    expect(broken.err).toBe('broken.xlf is not a translations file Policy Studio can read: "&" must be written as "&amp;" (line 2, column 139)\n');
    expect(readFileSync(join(dir, 'acme.policy'), 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'acme.policy.bak'))).toBe(false);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applicableLaws, checks } from '../../../shared/checks/checklist.ts';
import type { CliIo } from '../../../shared/cli/io.ts';
import { runCli } from '../../../shared/cli/main.ts';
import { LAWS } from '../../../shared/laws/index.ts';
import { serializeProject } from '../../../shared/model/project-file.ts';
import { JURISDICTIONS, type Project } from '../../../shared/model/schema.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { generatePolicy } from '../../../shared/pipeline.ts';
import { buildProject } from '../../fixtures/project-builder.ts';
import { loadStarters } from '../export/starter-policies.ts';
import { customisedWithout } from '../laws/harness.ts';

const checklistOf = (p: Project, lang: 'en' | 'sv' = 'en') => checks(p, generatePolicy(p, lang, nodeEnv).document);

describe('the law registry', () => {
  it('has a module for every jurisdiction, under its own id, each item with an article and a one-line description', () => {
    for (const j of JURISDICTIONS) {
      const law = LAWS[j];
      expect(law.id).toBe(j);
      expect(law.noticeItems.length).toBeGreaterThan(0);
      for (const item of law.noticeItems) {
        expect(item.article, `${j} ${item.id}`).toMatch(/\S/);
        expect(item.description, `${j} ${item.id}`).toMatch(/^[A-Z].*\.$/);
        expect(item.description).not.toContain('\n');
      }
    }
  });
});

describe('every starter', () => {
  for (const starter of loadStarters()) {
    for (const lang of starter.project.languages) {
      it(`${starter.id} (${lang}): no required item missing under any law it selects`, () => {
        const result = checks(starter.project, generatePolicy(starter.project, lang, nodeEnv).document);
        // The laws it selects, then those its facts bring in (CalOPPA for a US project, COPPA for children under 13).
        expect(result.laws.map((l) => l.law)).toEqual(applicableLaws(starter.project));
        const missing = result.laws.flatMap((l) => l.items.filter((i) => i.status === 'missing').map((i) => `${l.law} ${i.id}: ${JSON.stringify(i)}`));
        expect(missing).toEqual([]);
        for (const law of result.laws) expect(law.stated).toBe(law.required);
      });
    }
  }
});

describe('checks(project, document)', () => {
  it('reports an item dropped by a customised section as removed there, naming its heading and the override', () => {
    const p = customisedWithout(buildProject(), ['rights.gdpr'], 'sv');
    const sv = checklistOf(p, 'sv').laws[0]!.items.find((i) => i.id === 'rights')!;
    expect(sv).toMatchObject({ status: 'missing', path: 'overrides[0]' });
    expect(sv.status === 'missing' && sv.removedIn).toBe(generatePolicy(p, 'sv', nodeEnv).context.message('section.rights'));
    // The English document is not customised: still stated.
    expect(checklistOf(p, 'en').laws[0]!.items.find((i) => i.id === 'rights')).toMatchObject({ status: 'stated', clauses: ['rights.gdpr'] });
  });

  it('checks only the laws asked for, among those the project selects, and carries the risk warnings', () => {
    const p = buildProject({ jurisdictions: ['EU', 'US-CA'] });
    const doc = generatePolicy(p, 'en', nodeEnv).document;
    expect(checks(p, doc, { laws: ['US-CA', 'BR'] }).laws.map((l) => l.law)).toEqual(['US-CA']);
    const all = checks(p, doc);
    expect(all.laws.map((l) => l.law)).toEqual(['EU', 'US-CA', 'CALOPPA']);
    expect(all.warnings.some((w) => w.path === 'company.requestChannels')).toBe(true);
    expect(all.missing).toBe(all.laws.reduce((n, l) => n + l.missing, 0));
  });

  it('accepts an email address alone for requests under the CCPA when the business operates only online', () => {
    const base = buildProject({ jurisdictions: ['US-CA'] });
    const item = (p: Project) => checklistOf(p).laws[0]!.items.find((i) => i.id === 'request-methods')!;
    expect(item(base)).toMatchObject({ status: 'missing', path: 'company.requestChannels' });
    expect(item({ ...base, company: { ...base.company, onlineOnly: true } })).toMatchObject({ status: 'stated' });
  });
});

function bufferIo(cwd: string): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', cwd, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

function workspace(p: Project): string {
  const dir = mkdtempSync(join(tmpdir(), 'cli-check-'));
  writeFileSync(join(dir, 'acme.policy'), serializeProject(p));
  return dir;
}

describe('policy-studio check', () => {
  it('prints N/M items per law and language and exits 0 when nothing is missing', async () => {
    const io = bufferIo(workspace(buildProject()));
    expect(await runCli(['check', 'acme.policy'], io)).toBe(0);
    expect(io.out).toMatch(/^acme\.policy \(en\):$/m);
    expect(io.out).toMatch(/^acme\.policy \(sv\):$/m);
    expect(io.out).toMatch(/^ {2}GDPR \(EU\): (\d+)\/\1 items$/m);
    expect(io.out).toContain('Every required item is stated.');
  });

  it('names each missing item with its field and exits 1', async () => {
    const p = buildProject({ jurisdictions: ['EU', 'US-CA'] });
    const io = bufferIo(workspace({ ...p, dataCategories: p.dataCategories.map((c, i) => (i === 1 ? { ...c, ccpaCategory: undefined } : c)) }));
    expect(await runCli(['check', 'acme.policy', '--law', 'US-CA', '--lang', 'en'], io)).toBe(1);
    expect(io.out).not.toContain('GDPR');
    expect(io.out).toMatch(/^ {2}CCPA \(US-CA\): \d+\/\d+ items$/m);
    expect(io.out).toMatch(/^ {4}missing §1798\.110\(c\)\(1\).*$/m);
    expect(io.out).toMatch(/^ {6}dataCategories\[1\]\.ccpaCategory: Choose the CCPA category/m);
    expect(io.out).toMatch(/^warning: company\.requestChannels: /m);
    expect(io.out).toMatch(/^\d+ required items? (is|are) missing\.$/m);
  });

  it('says which customised section dropped an item', async () => {
    const io = bufferIo(workspace(customisedWithout(buildProject(), ['rights.gdpr'])));
    expect(await runCli(['check', 'acme.policy', '--lang', 'en'], io)).toBe(1);
    expect(io.out).toMatch(/^ {6}overrides\[0\]: removed in your customised section '[^']+'; /m);
  });

  it('writes JSON for pipelines', async () => {
    const io = bufferIo(workspace(buildProject({ jurisdictions: ['EU', 'US-CA'] })));
    const code = await runCli(['check', 'acme.policy', '--json', '--lang', 'en'], io);
    const json = JSON.parse(io.out) as { file: string; missing: number; languages: { lang: string; laws: { law: string; stated: number; required: number; items: { status: string }[] }[] }[]; warnings: unknown[] };
    expect(json.file).toBe('acme.policy');
    expect(json.languages.map((l) => l.lang)).toEqual(['en']);
    expect(json.languages[0]!.laws.map((l) => l.law)).toEqual(['EU', 'US-CA', 'CALOPPA']);
    expect(json.missing).toBeGreaterThan(0);
    expect(code).toBe(1);
    expect(json.warnings.length).toBeGreaterThan(0);
  });

  it('exits 2 on bad usage, naming what to type', async () => {
    const dir = workspace(buildProject());
    for (const argv of [['check'], ['check', 'acme.policy', '--law', 'XX'], ['check', 'acme.policy', '--law', 'BR'], ['check', 'acme.policy', '--lang', 'de'], ['check', 'acme.policy', '--law', ''], ['check', 'acme.policy', '--bogus']]) {
      const io = bufferIo(dir);
      expect(await runCli(argv, io), argv.join(' ')).toBe(2);
      expect(io.err).toMatch(/^policy-studio: /);
    }
    const io = bufferIo(dir);
    expect(await runCli(['check', 'missing.policy'], io)).toBe(1);
  });

  it('is listed in the help', async () => {
    const io = bufferIo(tmpdir());
    await runCli(['help'], io);
    expect(io.out).toMatch(/^ {2}check <file> \[--law EU,US-CA\] \[--lang sv\] \[--json\]$/m);
  });
});

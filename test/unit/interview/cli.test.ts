import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../shared/cli/io.ts';
import { runCli } from '../../../shared/cli/main.ts';
import { parseProjectFile } from '../../../shared/model/project-file.ts';

function cli(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { cwd, stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

const answers = {
  'company-country': 'SE',
  company: { legalName: 'Lilla Butiken AB', email: 'hej@lillabutiken.se', street: 'Storgatan 1', postalCode: '111 22', city: 'Stockholm' },
  languages: ['sv', 'en'],
  'customer-regions': ['eu'],
  sells: ['physical-goods'],
  newsletter: true,
  services: ['meta-pixel'],
};

describe('policy-studio new', () => {
  it('--answers writes the interview’s project and prints what it made and the warnings to act on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'interview-cli-'));
    writeFileSync(join(dir, 'answers.json'), JSON.stringify(answers));
    const run = cli(dir);
    expect(await runCli(['new', '--answers', 'answers.json', '--out', 'shop.policy'], run.io)).toBe(0);
    const parsed = parseProjectFile(readFileSync(join(dir, 'shop.policy'), 'utf8'));
    expect(parsed.ok).toBe(true);
    expect(run.stdout()).toMatch(/^Created shop\.policy from your answers: \d+ data categories, \d+ activities, 1 recipients?, \d+ cookies; laws EU; languages sv, en\.\n/);
    expect(run.stdout()).not.toContain('Still to enter');
    // Meta's pixel is a joint controller in the library: the arrangement is for the person to describe.
    expect(run.stdout()).toMatch(/warning: recipients\[0\]\.jointArrangement: /);
    // Never overwritten without --force.
    expect(await runCli(['new', '--answers', 'answers.json', '--out', 'shop.policy'], cli(dir).io)).toBe(1);
  });

  it('--answers with a bad answer names it and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'interview-cli-'));
    writeFileSync(join(dir, 'answers.json'), JSON.stringify({ ...answers, newsletter: 'yes' }));
    const run = cli(dir);
    expect(await runCli(['new', '--answers', 'answers.json', '--out', 'shop.policy'], run.io)).toBe(1);
    expect(run.stderr()).toContain('newsletter: expected true (yes) or false (no)');
    expect(existsSync(join(dir, 'shop.policy'))).toBe(false);
    writeFileSync(join(dir, 'broken.json'), '{ "sells": ');
    expect(await runCli(['new', '--answers', 'broken.json', '--out', 'shop.policy'], cli(dir).io)).toBe(1);
  });

  it('--answers with an unfinished interview writes the draft and lists what is still to enter', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'interview-cli-'));
    writeFileSync(join(dir, 'answers.json'), JSON.stringify({ 'company-country': 'SE', newsletter: true }));
    const run = cli(dir);
    expect(await runCli(['new', '--answers', 'answers.json', '--out', 'draft.policy'], run.io)).toBe(0);
    expect(run.stdout()).toContain('Still to enter before draft.policy is valid');
    expect(run.stdout()).toContain('  company.legalName: expected a non-empty text\n');
  });

  it('--blank writes the empty project and names each essential to enter', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'interview-cli-'));
    const run = cli(dir);
    expect(await runCli(['new', '--blank', '--out', 'x.policy'], run.io)).toBe(0);
    expect(run.stdout()).toMatch(/^Created x\.policy: a blank project\.\n/);
    expect(run.stdout()).toContain('  activities: expected at least one processing activity\n');
    expect(JSON.parse(readFileSync(join(dir, 'x.policy'), 'utf8'))).toMatchObject({ schemaVersion: 3, activities: [], dataCategories: [] });
  });

  it('--starter still works; two sources, or none, is a usage error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'interview-cli-'));
    expect(await runCli(['new', '--starter', 'saas-sweden', '--out', 'saas.policy'], cli(dir).io)).toBe(0);
    const run = cli(dir);
    expect(await runCli(['new', '--starter', 'saas-sweden', '--blank', '--out', 'y.policy'], run.io)).toBe(2);
    expect(run.stderr()).toContain('"new" needs one of --starter <id>, --answers <answers.json> or --blank');
    expect(await runCli(['new', '--out', 'y.policy'], cli(dir).io)).toBe(2);
    expect(existsSync(join(dir, 'y.policy'))).toBe(false);
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checks } from '../../../shared/checks/checklist.ts';
import { DISCLOSURE_INDEX_ID, withDisclosureIndex } from '../../../shared/checks/disclosure-index.ts';
import type { CliIo } from '../../../shared/cli/io.ts';
import { runCli } from '../../../shared/cli/main.ts';
import { nodeText } from '../../../shared/document/text.ts';
import type { DocNode } from '../../../shared/document/types.ts';
import { exportBundle } from '../../../shared/export/bundle.ts';
import { serializeProject } from '../../../shared/model/project-file.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { generatePolicy } from '../../../shared/pipeline.ts';
import { customisedWithout } from '../laws/harness.ts';
import { buildProject } from '../../fixtures/project-builder.ts';
import { loadStarters } from '../export/starter-policies.ts';

/** The appendix's table as rows of cell texts. */
function rowsOf(section: DocNode): string[][] {
  const table = section.content!.find((n) => n.type === 'table')!;
  return table.content!.map((row) => row.content!.map((cell) => nodeText(cell).trim()));
}

function indexOf(project: ReturnType<typeof buildProject>, lang: 'en' | 'sv') {
  const policy = generatePolicy(project, lang, nodeEnv);
  const checklist = checks(project, policy.document);
  const doc = withDisclosureIndex(policy.document, checklist, (key) => policy.context.message(key));
  return { policy, checklist, section: doc.content.at(-1)!, doc };
}

describe('the disclosure index appendix', () => {
  const starter = loadStarters().find((s) => s.id === 'saas-sweden') ?? loadStarters()[0]!;

  it('lists every required item of every law the policy is checked for, with its provision and the section that states it', () => {
    const { checklist, section, policy } = indexOf(starter.project, 'en');
    expect(section.attrs?.sectionId).toBe(DISCLOSURE_INDEX_ID);
    const rows = rowsOf(section);
    expect(rows[0]).toEqual(['Law', 'Provision', 'Requirement', 'Where this policy states it']);
    const lawName = (id: string, short: string) => {
      try {
        return policy.context.message(`lawShort.${id}`);
      } catch {
        return short;
      }
    };
    const required = checklist.laws.flatMap((l) => l.items.filter((i) => i.status !== 'not-applicable').map((i) => [lawName(l.law, l.shortName), i.article, i.description]));
    expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual(required);
    // Each "where" names headings the document really has.
    const headings = new Set(
      policy.document.content.map((s) =>
        nodeText(
          s.content?.find((n) => n.type === 'heading') ?? {
            type: 'text',
            text: '',
          },
        ).trim(),
      ),
    );
    headings.add('Title and date of this policy');
    for (const row of rows.slice(1)) for (const where of row[3]!.split('; ')) expect(headings, row.join(' | ')).toContain(where);
  });

  it("is written in the document's language, without the English item descriptions", () => {
    const { section, policy } = indexOf(starter.project, 'sv');
    const rows = rowsOf(section);
    expect(rows[0]).toEqual(['Regelverk', 'Bestämmelse', 'Avsnitt i policyn']);
    expect(nodeText(section.content![0]!).trim()).toBe('Förteckning över lagstadgad information');
    expect(rows.slice(1).some((r) => r[2] === policy.context.message('section.rights'))).toBe(true);
    // The laws as the Swedish document names them, not the checklist's English short names.
    expect(rows[1]![0]).toBe(policy.context.message('lawShort.EU'));
  });

  it('says "Not stated" for an item a customised section dropped', () => {
    const p = customisedWithout(buildProject(), ['rights.gdpr'], 'en');
    const { checklist, section } = indexOf(p, 'en');
    const dropped = checklist.laws[0]!.items.find((i) => i.id === 'rights')!;
    expect(dropped.status).toBe('missing');
    expect(rowsOf(section).find((r) => r[1] === dropped.article && r[2] === dropped.description)?.[3]).toBe('Not stated');
  });

  it('goes into the exported files only when asked for', async () => {
    const without = await exportBundle({
      project: starter.project,
      langs: ['en'],
      formats: ['md'],
      env: nodeEnv,
    });
    const withIt = await exportBundle({
      project: starter.project,
      langs: ['en'],
      formats: ['md'],
      env: nodeEnv,
      disclosureIndex: true,
    });
    expect(String(without[0]!.contents)).not.toContain('Disclosure index');
    expect(String(withIt[0]!.contents)).toMatch(/## (\d+\. )?Disclosure index/);
    expect(String(withIt[0]!.contents)).toContain('| Law | Provision | Requirement | Where this policy states it |');
  });

  it('is asked for on the command line with --disclosure-index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'disclosure-index-'));
    writeFileSync(join(dir, 'acme.policy'), serializeProject(starter.project));
    const out: string[] = [];
    const io: CliIo = {
      cwd: dir,
      stdout: (s) => void out.push(s),
      stderr: (s) => void out.push(s),
    };
    const code = await runCli(['export', 'acme.policy', '--lang', 'en', '--format', 'html', '--out', 'dist', '--disclosure-index'], io);
    expect(code, out.join('')).toBe(0);
    const html = readFileSync(join(dir, 'dist', 'privacy-policy.en.html'), 'utf8');
    expect(html).toContain('Disclosure index');
    expect(html).toContain('Where this policy states it');
  });
});

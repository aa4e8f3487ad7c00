import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../shared/cli/main.ts';
import { serializeProject } from '../../../shared/model/project-file.ts';
import { US_STATE_JURISDICTIONS, type UsStateJurisdiction } from '../../../shared/model/schema.ts';
import { lawFor } from '../../../shared/laws/index.ts';
import { US_STATE_TABLE, type UsStateRow } from '../../../shared/laws/us-state-table.ts';
import { findSection } from '../../../shared/document/text.ts';
import type { DocNode } from '../../../shared/document/types.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { generatePolicy } from '../../../shared/pipeline.ts';
import { flatText } from '../../fixtures/document-text.ts';
import { baseProjectInput } from '../../fixtures/project-builder.ts';
import { describeLaw, itemOf, lawChecklist, project, type Input, type Mutate } from './harness.ts';
import { noRecipients, nothing } from './others.ts';

/** The base project under one state's law, on a date when every law but the 2027 ones is in force. */
const under = (state: UsStateJurisdiction) => (): Input => ({ ...baseProjectInput(), jurisdictions: [state], effectiveDate: '2026-12-01' });

const sellsAccounts: Mutate = (p) => void (p.activities[0]!.sells = true);
/** The first activity sells, and uses a category marked `kind`. */
const sellsData = (kind: 'health' | 'biometric-identification'): Mutate => (p) => {
  p.dataCategories.push({ id: kind, name: kind === 'health' ? 'Health data' : 'Face geometry', sources: [{ kind: 'data-subject' }], special: kind });
  p.activities[0]!.categories.push(kind);
  p.activities[0]!.sells = true;
};

/** The items every state has, in the Virginia pattern. */
const common = [
  { id: 'categories' },
  { id: 'purposes' },
  { id: 'rights-and-appeal' },
  { id: 'third-parties', notApplicable: noRecipients },
  { id: 'sale-and-targeted-advertising', supply: sellsAccounts, notApplicable: nothing },
];

describeLaw('US-VA', under('US-VA'), common);
describeLaw('US-IA', under('US-IA'), common);

describeLaw('US-TX', under('US-TX'), [
  ...common,
  { id: 'sensitive-sale-notice', supply: sellsData('health'), notApplicable: nothing },
  { id: 'biometric-sale-notice', supply: sellsData('biometric-identification'), notApplicable: sellsData('health') },
]);

describeLaw('US-CT', under('US-CT'), [
  ...common,
  {
    id: 'llm-training',
    supply: (p) => void (p.languageModelTraining = { uses: false, sells: false }),
    without: { mutate: (p) => void delete p.languageModelTraining, path: 'languageModelTraining' },
    notApplicable: (p) => void (p.effectiveDate = '2026-06-30'),
  },
]);

describeLaw('US-OR', under('US-OR'), [...common, { id: 'third-party-list' }]);
describeLaw('US-MN', under('US-MN'), [...common, { id: 'third-party-list' }]);
describeLaw('US-MD', under('US-MD'), [...common, { id: 'third-party-list' }]);

describeLaw('US-RI', under('US-RI'), [
  ...common,
  {
    id: 'third-parties-sold-to',
    supply: (p) => {
      p.activities[0]!.sells = true;
      p.activities[0]!.recipients = ['postmark'];
    },
    without: { mutate: (p) => void (p.activities[0]!.recipients = []), path: 'activities' },
    notApplicable: nothing,
  },
]);

describe('the US state table', () => {
  it('has one row per state jurisdiction, each citing its statute and the pages it was read on', () => {
    expect(US_STATE_TABLE.map((r) => r.id)).toEqual([...US_STATE_JURISDICTIONS]);
    for (const row of US_STATE_TABLE) {
      expect(row.statuteUrl, row.id).toMatch(/^https?:\/\//);
      expect(row.sources.length, row.id).toBeGreaterThan(0);
      expect(lawFor(row.id).officialName).toBe(row.officialName);
    }
  });

  it('gives Iowa 90 days to answer, the others 45, and each one extension of 45 days', () => {
    for (const row of US_STATE_TABLE) {
      expect(lawFor(row.id).deadline, row.id).toMatchObject({ amount: row.id === 'US-IA' ? 90 : 45, unit: 'day', extension: { amount: 45, unit: 'day' } });
    }
  });

  it('owes an appeal everywhere but Utah', () => {
    expect(US_STATE_TABLE.filter((r) => r.appeal === null).map((r) => r.id)).toEqual(['US-UT']);
  });

  it('names only real fields as unverified, so no unconfirmed fact slips through a misspelt name', () => {
    const has = (row: UsStateRow, path: string) => path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), row) !== undefined;
    // A field some row has (Louisiana names `special`, the sale notices it leaves out until their wording is confirmed).
    for (const row of US_STATE_TABLE) {
      for (const field of row.unverified ?? []) expect(US_STATE_TABLE.some((r) => has(r, field)), `${row.id}: ${field}`).toBe(true);
    }
  });

  it("prints an appeal's days only where the statute's text confirms them (Oregon 45, Iowa 60), and no number for Connecticut's unconfirmed 60", () => {
    const appeal = (state: UsStateJurisdiction) => {
      const text = flatText(findSection(generatePolicy(project(under(state)), 'en', nodeEnv).document, 'united-states') as DocNode);
      return /we decide on your appeal within ([^.;]+)/.exec(text)?.[1] ?? null;
    };
    expect(appeal('US-OR')).toBe('45 days');
    expect(appeal('US-IA')).toBe('60 days');
    expect(appeal('US-CT')).toBeNull();
  });

  it('gives no right to correct in Iowa, and in Utah only from 1 July 2026', () => {
    expect(US_STATE_TABLE.find((r) => r.id === 'US-IA')!.rights).not.toContain('correction');
    expect(US_STATE_TABLE.find((r) => r.id === 'US-UT')!.rightsFrom).toEqual({ correction: '2026-07-01' });
  });

  it('reports a law selected before it takes effect as not applicable yet, saying from when', () => {
    const checklist = lawChecklist(project(under('US-OK')), 'US-OK');
    expect(checklist.items.length).toBeGreaterThan(0);
    for (const item of checklist.items) {
      expect(item).toMatchObject({ status: 'not-applicable', why: expect.stringContaining('applies from 2027-01-01') });
    }
    expect(itemOf(project(under('US-AL'), (p) => void (p.effectiveDate = '2027-05-01')), 'US-AL', 'categories')).toMatchObject({ status: 'stated' });
  });

  it('says on the command line why a law not yet in force has no items, instead of a bare 0/0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-us-ok-'));
    writeFileSync(join(dir, 'ok.policy'), serializeProject(project(under('US-OK'))));
    const out: string[] = [];
    const code = await runCli(['check', 'ok.policy', '--law', 'US-OK'], { cwd: dir, stdout: (t) => void out.push(t), stderr: (t) => void out.push(t) });
    expect(out.join('')).toMatch(/\(US-OK\): 0\/0 items \(none applies: the .+ applies from 2027-01-01; this policy takes effect on \d{4}-\d{2}-\d{2}\.\)/);
    expect(code).toBe(0);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checks } from '../../../shared/checks/checklist.ts';
import { runCli } from '../../../shared/cli/main.ts';
import { serializeProject } from '../../../shared/model/project-file.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { generatePolicy } from '../../../shared/pipeline.ts';
import { describeLaw, project, type Input } from './harness.ts';
import { noRecipients, under } from './others.ts';

/** A US service for children under 13, with the parent's consent process described. */
const forChildren = (): Input => ({
  ...under('US-CA')(),
  children: { minimumAge: 13, directedAtChildren: true, parentalConsent: 'A parent confirms by a card check we refund at once.', publicDisclosure: false },
});

describeLaw('COPPA', forChildren, [
  { id: 'operator-contact', without: { mutate: (p) => void delete p.company.phone, path: 'company.phone' } },
  { id: 'information-collected' },
  { id: 'made-public', without: { mutate: (p) => void delete p.children!.publicDisclosure, path: 'children.publicDisclosure' } },
  { id: 'uses' },
  { id: 'disclosures', notApplicable: noRecipients },
  { id: 'retention-policy' },
  { id: 'persistent-identifiers', cannotBeSupplied: true },
  { id: 'audio-files', cannotBeSupplied: true },
  { id: 'parent-rights' },
]);

describe('when COPPA applies', () => {
  const lawsOf = (...mutations: ((p: Input) => void)[]) => {
    const p = project(forChildren, ...mutations);
    return checks(p, generatePolicy(p, 'en', nodeEnv).document).laws.map((l) => l.law);
  };

  it('applies to a US service directed at children, and to one open to children under 13', () => {
    expect(lawsOf()).toContain('COPPA');
    expect(lawsOf((p) => void (p.children = { minimumAge: 10 }))).toContain('COPPA');
  });

  it('does not apply to a service for 13 and over, to one with no age limit, or without a US law', () => {
    expect(lawsOf((p) => void (p.children = { minimumAge: 13 }))).not.toContain('COPPA');
    expect(lawsOf((p) => void (p.children = { minimumAge: 0 }))).not.toContain('COPPA');
    expect(lawsOf((p) => void (p.jurisdictions = ['EU']))).not.toContain('COPPA');
  });

  it('is checked when asked for by name, and only when it applies', () => {
    const p = project(forChildren);
    const doc = generatePolicy(p, 'en', nodeEnv).document;
    expect(checks(p, doc, { laws: ['COPPA'] }).laws.map((l) => l.law)).toEqual(['COPPA']);
    const adults = project(forChildren, (i) => void (i.children = { minimumAge: 18 }));
    expect(checks(adults, generatePolicy(adults, 'en', nodeEnv).document, { laws: ['COPPA'] }).laws).toEqual([]);
  });
});

describe('policy-studio check --law COPPA', () => {
  const run = async (input: () => Input, argv: string[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-coppa-'));
    writeFileSync(join(dir, 'kids.policy'), serializeProject(project(input)));
    const io = { out: '', err: '', cwd: dir, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
    return { code: await runCli(['check', 'kids.policy', ...argv], io), io };
  };

  it('checks COPPA alone: every item stated, and the one left unanswered named with its field', async () => {
    const all = await run(forChildren, ['--law', 'COPPA', '--lang', 'en']);
    expect(all.io.out).toMatch(/^ {2}COPPA \(COPPA\): 7\/7 items$/m);
    expect(all.code).toBe(0);
    const unanswered = await run(() => {
      const input = forChildren();
      delete input.children!.publicDisclosure;
      return input;
    }, ['--law', 'COPPA', '--lang', 'en']);
    expect(unanswered.io.out).toMatch(/^ {2}COPPA \(COPPA\): 6\/7 items$/m);
    expect(unanswered.io.out).toMatch(/16 CFR §312\.4\(d\)\(2\): Whether the service enables a child to make personal information publicly available\./);
    expect(unanswered.io.out).toContain('children.publicDisclosure');
    expect(unanswered.code).toBe(1);
  });

  it('refuses COPPA for a service that it does not cover, saying why (exit 2)', async () => {
    const { code, io } = await run(() => ({ ...forChildren(), children: { minimumAge: 16 } }), ['--law', 'COPPA']);
    expect(code).toBe(2);
    expect(io.err).toMatch(/--law: COPPA does not apply to kids\.policy: the service is not directed at children/);
  });
});

describe('whether children can make information public (16 CFR §312.4(d)(2))', () => {
  const text = (publicDisclosure: boolean | undefined) => {
    const p = project(forChildren, (q) => void (publicDisclosure === undefined ? delete q.children!.publicDisclosure : (q.children!.publicDisclosure = publicDisclosure)));
    return JSON.stringify(generatePolicy(p, 'en', nodeEnv).document);
  };

  it('says whether children can make information public, as the facts say, and nothing while it is not answered', () => {
    expect(text(true)).toContain('Children can make personal information publicly available through our service');
    expect(text(true)).not.toContain('does not let children make');
    expect(text(false)).toContain('Our service does not let children make their personal information publicly available.');
    expect(text(false)).not.toContain('Children can make personal information publicly available');
    expect(text(undefined)).not.toMatch(/publicly available/);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../shared/cli/io.ts';
import { runCli } from '../../../shared/cli/main.ts';
import { serializeProject } from '../../../shared/model/project-file.ts';
import type { LocalizedText, Project } from '../../../shared/model/schema.ts';
import { importTranslations, translationBatch } from '../../../shared/translations/units.ts';
import { buildProject } from '../../fixtures/project-builder.ts';

function bufferIo(cwd: string): CliIo & { out: string; err: string } {
  const io = { out: '', err: '', cwd, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

function workspace(p: Project): string {
  const dir = mkdtempSync(join(tmpdir(), 'cli-check-translations-'));
  writeFileSync(join(dir, 'acme.policy'), serializeProject(p));
  return dir;
}

/** Every text translated into Swedish, then: one new English text (sv missing), two English texts rewritten (sv stale). */
function withGaps(): Project {
  const start = buildProject({ languages: ['en', 'sv'] });
  const batch = translationBatch(start, 'sv');
  const p = importTranslations(start, { ...batch, units: batch.units.map((u) => ({ path: u.path, sourceHash: u.sourceHash, target: `[sv] ${u.source}` })) }).project;
  const rewrite = (value: LocalizedText, en: string) => ({ ...(value as Record<string, unknown>), en }) as LocalizedText;
  p.scope.services = [...p.scope.services, 'the new booking app'];
  p.security.measures = p.security.measures.map((m, i) => (i === 0 ? rewrite(m, 'Encryption everywhere') : m));
  p.recipients = p.recipients.map((r, i) => (i === 1 ? { ...r, activity: rewrite(r.activity, 'Sends the newsletter') } : r));
  return p;
}

describe('policy-studio check: translation gaps', () => {
  it('counts each language’s missing and stale texts on a line of its own, lists them, and keeps exit 0', async () => {
    const io = bufferIo(workspace(withGaps()));
    expect(await runCli(['check', 'acme.policy'], io)).toBe(0);
    const sv = io.out.slice(io.out.indexOf('acme.policy (sv):'));
    expect(sv).toContain('  Translations (sv): 1 text missing, 2 stale\n    scope.services[1] (sv): missing\n');
    expect(sv).toContain('    recipients[1].activity (sv): stale\n');
    expect(sv).toContain('    security.measures[0] (sv): stale\n');
    // The source language has no gaps: no line for it.
    expect(io.out.slice(0, io.out.indexOf('acme.policy (sv):'))).not.toContain('Translations');
    expect(io.out).toContain('Every required item is stated.');
  });

  it('says when a language is complete', async () => {
    const start = buildProject({ languages: ['en', 'sv'] });
    const batch = translationBatch(start, 'sv');
    const done = importTranslations(start, { ...batch, units: batch.units.map((u) => ({ path: u.path, sourceHash: u.sourceHash, target: `[sv] ${u.source}` })) }).project;
    const io = bufferIo(workspace(done));
    expect(await runCli(['check', 'acme.policy', '--lang', 'sv'], io)).toBe(0);
    expect(io.out).toContain('  Translations (sv): every text is translated and up to date\n');
  });

  it('includes the gaps per language in --json', async () => {
    const io = bufferIo(workspace(withGaps()));
    expect(await runCli(['check', 'acme.policy', '--json'], io)).toBe(0);
    const report = JSON.parse(io.out) as { translationGaps: number; languages: { lang: string; translations: { missing: number; stale: number; gaps: { path: string; state: string }[] } }[] };
    expect(report.translationGaps).toBe(3);
    expect(report.languages.map((l) => [l.lang, l.translations.missing, l.translations.stale])).toEqual([
      ['en', 0, 0],
      ['sv', 1, 2],
    ]);
    expect(report.languages[1]!.translations.gaps).toContainEqual({ path: 'scope.services[1]', state: 'missing' });
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProjectFile } from '../../../shared/model/project-file.ts';
import { migrateV2ToV3, usStatesInForceOn } from '../../../shared/model/migrations/v2-to-v3.ts';
import { baseProjectInput } from '../../fixtures/project-builder.ts';

/** A v2 file as v2 wrote it: one 'US' for the state laws other than California's. */
function v2File(jurisdictions: string[], effectiveDate = '2026-12-01'): string {
  return JSON.stringify({ ...baseProjectInput(), schemaVersion: 2, jurisdictions, effectiveDate });
}

function opened(text: string) {
  const result = parseProjectFile(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe('migrating v2 to v3: "US" becomes the state laws', () => {
  it('turns "US" into every state law in force on the effective date, keeping the other laws in place, and asks the user to keep only their states', () => {
    const { project, migratedFrom, migrationNotes } = opened(v2File(['EU', 'US', 'US-CA']));
    expect(migratedFrom).toBe(2);
    expect(project.schemaVersion).toBe(3);
    const states = ['US-VA', 'US-CO', 'US-CT', 'US-UT', 'US-TX', 'US-OR', 'US-MT', 'US-IA', 'US-DE', 'US-NE', 'US-NH', 'US-NJ', 'US-TN', 'US-MN', 'US-MD', 'US-IN', 'US-KY', 'US-RI'];
    expect(project.jurisdictions).toEqual(['EU', ...states, 'US-CA']);
    // Oklahoma, Louisiana and Alabama take effect in 2027: not what "US" meant on 1 December 2026.
    expect(project.jurisdictions).not.toContain('US-OK');
    expect(migrationNotes).toContainEqual(expect.stringMatching(/^jurisdictions: .*18 state laws in force on 2026-12-01 \(Virginia, .*Rhode Island\)\. Keep only the states where you have consumers/));
  });

  it('takes the effective date of the policy: a 2024 policy gets the laws in force then', () => {
    expect(opened(v2File(['US'], '2024-01-01')).project.jurisdictions).toEqual(['US-VA', 'US-CO', 'US-CT', 'US-UT']);
    expect(usStatesInForceOn('2025-01-01')).toContain('US-IA');
    expect(usStatesInForceOn('2024-12-31')).not.toContain('US-IA');
  });

  it('does not select a state twice when the file already named it', () => {
    const result = migrateV2ToV3({ ...baseProjectInput(), schemaVersion: 2, jurisdictions: ['US-TX', 'US'], effectiveDate: '2024-07-01' });
    expect(result.ok && result.value.jurisdictions).toEqual(['US-TX', 'US-VA', 'US-CO', 'US-CT', 'US-UT', 'US-OR']);
  });

  it('leaves a file without "US" as it was, with no note', () => {
    const { project, migrationNotes } = opened(v2File(['EU', 'UK']));
    expect(project.jurisdictions).toEqual(['EU', 'UK']);
    expect(migrationNotes.filter((n) => n.startsWith('jurisdictions'))).toEqual([]);
  });

  it('leaves an unfinished v2 file (an autosave) for the v3 schema to report, naming the field', () => {
    expect(migrateV2ToV3({ schemaVersion: 2, jurisdictions: 'US' })).toEqual({ ok: true, value: { schemaVersion: 3, jurisdictions: 'US' }, notes: [] });
    const result = parseProjectFile(JSON.stringify({ ...baseProjectInput(), schemaVersion: 2, jurisdictions: 'US' }));
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['jurisdictions']);
  });

  it('brings a v1 file with "US" through v2 to v3', () => {
    const text = readFileSync(join(import.meta.dirname, '../../fixtures/v1/online-shop-us-eu.policy'), 'utf8');
    const { project, migratedFrom, migrationNotes } = opened(text);
    expect(migratedFrom).toBe(1);
    expect(project.jurisdictions).not.toContain('US');
    // Its effective date, 1 July 2026: the eighteen laws then in force, then California and the EU as before.
    expect(project.jurisdictions.slice(0, 2)).toEqual(['US-VA', 'US-CO']);
    expect(project.jurisdictions).toContain('US-RI');
    expect(project.jurisdictions.slice(-2)).toEqual(['US-CA', 'EU']);
    expect(migrationNotes.some((n) => n.startsWith('jurisdictions: "Other US states"'))).toBe(true);
  });
});

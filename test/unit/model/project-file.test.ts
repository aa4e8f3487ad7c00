import { describe, expect, it } from 'vitest';
import { formatProjectError, migrate, parseProject, parseProjectFile, serializeProject } from '../../../shared/model/index.ts';
import { baseProjectInput, buildProject } from '../../fixtures/project-builder.ts';

const messages = (text: string) => {
  const r = parseProjectFile(text);
  if (r.ok) throw new Error('expected errors');
  return r.errors.map(formatProjectError);
};

describe('project file', () => {
  it('round-trips: serialize then parse gives the same project and the same bytes', () => {
    const project = buildProject();
    const text = serializeProject(project);
    const again = parseProjectFile(text);
    expect(again.ok && again.project).toEqual(project);
    expect(again.ok && serializeProject(again.project)).toBe(text);
  });

  it('writes keys in a stable order, schemaVersion first, whatever order they were set in', () => {
    const project = buildProject();
    const reordered = Object.fromEntries(Object.entries(project).reverse()) as typeof project;
    expect(serializeProject(reordered)).toBe(serializeProject(project));
    expect(serializeProject(project).split('\n')[1]).toBe('  "schemaVersion": 1,');
    expect(serializeProject(project).endsWith('}\n')).toBe(true);
  });

  it('fills defaults for fields a user may leave out', () => {
    const input = baseProjectInput();
    delete input.cookies;
    delete input.changes;
    const r = parseProject(input);
    expect(r.ok && r.project.cookies).toEqual([]);
    expect(r.ok && r.project.changes.noticeDays).toBe(30);
  });

  it('names the JSON path, what was expected and what the file held', () => {
    const input = baseProjectInput();
    input.processors![1]!.country = 'Norge';
    input.company!.email = 'not-an-email';
    expect(messages(JSON.stringify(input))).toEqual([
      'company.email: expected an email address, got "not-an-email"',
      'processors[1].country: expected an ISO country code, got "Norge"',
    ]);
  });

  it('reports enum, date and list errors with their paths', () => {
    const input = { ...baseProjectInput(), languages: ['en', 'de'], effectiveDate: '2024-02-30', jurisdictions: [] };
    const out = messages(JSON.stringify(input));
    expect(out).toContain('languages[1]: expected one of en, sv, got "de"');
    expect(out).toContain('effectiveDate: expected a real calendar date as YYYY-MM-DD, got "2024-02-30"');
    expect(out).toContain('jurisdictions: expected at least one jurisdiction');
  });

  it('reports a missing required field by path', () => {
    const input = baseProjectInput();
    delete (input.company as { legalName?: string }).legalName;
    expect(messages(JSON.stringify(input))[0]).toMatch(/^company\.legalName: /);
  });

  it('locates a JSON syntax error by line and column', () => {
    const out = messages('{\n  "schemaVersion": 1,\n  "company": {,\n}');
    expect(out[0]).toMatch(/^\(file\): not valid JSON: .*line 3, column \d+/);
  });

  it('refuses a file from a newer schema version with a clear message', () => {
    const out = messages(JSON.stringify({ ...baseProjectInput(), schemaVersion: 2 }));
    expect(out).toEqual([expect.stringMatching(/^schemaVersion: this file was written by a newer Policy Studio \(format version 2/)]);
  });

  it('runs migrations step by step from an older version', () => {
    const v1 = { schemaVersion: 1, name: 'x' };
    const r = migrate(v1, { 1: (raw) => ({ ...raw, schemaVersion: 2, renamed: raw.name }) }, 2);
    expect(r).toEqual({ ok: true, value: { schemaVersion: 2, name: 'x', renamed: 'x' }, migratedFrom: 1 });
    expect(migrate({ schemaVersion: 1 }, {}, 2)).toEqual({ ok: false, message: 'schemaVersion: no migration from version 1 to 2' });
  });

  it('refuses a non-object document', () => {
    expect(messages('[1,2]')).toEqual(['(root): expected a JSON object']);
  });
});

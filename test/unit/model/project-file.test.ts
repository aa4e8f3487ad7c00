import { describe, expect, it } from 'vitest';
import { DOCUMENT_LANGUAGES, formatProjectError, migrate, parseProject, parseProjectFile, serializeProject } from '../../../shared/model/index.ts';
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
    expect(serializeProject(project).split('\n')[1]).toBe('  "schemaVersion": 3,');
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
    input.recipients![1]!.storedIn = ['US', 'Norge'];
    input.company!.email = 'not-an-email';
    expect(messages(JSON.stringify(input))).toEqual([
      'company.email: expected an email address, got "not-an-email"',
      'recipients[1].storedIn[1]: expected an ISO country code, got "Norge"',
    ]);
  });

  it('names a duplicate id and a dangling reference once, with the ids a user may enter instead', () => {
    const input = baseProjectInput();
    const categories = input.dataCategories!;
    const recipients = input.recipients!;
    categories[1]!.id = categories[0]!.id;
    input.activities![0]!.categories = [...input.activities![0]!.categories, 'health'];
    input.activities![0]!.recipients = ['no-such-recipient'];
    const out = messages(JSON.stringify(input));
    expect(out).toContain(`dataCategories[1].id: "${categories[0]!.id}" is already the id of dataCategories[0]: enter an id no other entry of dataCategories has`);
    const health = out.find((m) => m.includes('"health"'));
    expect(health).toMatch(/^activities\[0\]\.categories\[\d+\]: no data category has the id "health": enter one of /);
    expect(health).toContain(`"${categories[0]!.id}"`);
    const recipient = out.find((m) => m.includes('"no-such-recipient"'));
    expect(recipient).toBe(`activities[0].recipients[0]: no recipient has the id "no-such-recipient": enter one of ${recipients.slice(0, 5).map((r) => `"${r.id}"`).join(', ')}${recipients.length > 5 ? ` and ${recipients.length - 5} more` : ''}, or add it under recipients`);
    // The value is quoted once: the file's error formatting adds no second ", got …".
    for (const m of out) expect(m.match(/, got /g)?.length ?? 0).toBe(0);
  });

  it('shows the form a transfer tool takes when a file holds a list or the bare name', () => {
    const input = baseProjectInput();
    const recipients = input.recipients as unknown as Record<string, unknown>[];
    recipients[0]!.transfers = [];
    recipients[1]!.transfers = { eu: 'scc' };
    const out = messages(JSON.stringify(input));
    expect(out).toContain('recipients[0].transfers: expected the transfer tool per law, like {"eu": {"mechanism": "scc"}}, the law one of eu, uk, ch, got a list');
    expect(out).toContain(
      'recipients[1].transfers.eu: expected the transfer tool as an object like {"mechanism": "scc"}, the mechanism one of adequacy, dpf, scc, idta, uk-addendum, bcr, derogation, none, got "scc"',
    );
  });

  it('reports enum, date and list errors with their paths', () => {
    const input = { ...baseProjectInput(), languages: ['en', 'ja'], effectiveDate: '2024-02-30', jurisdictions: [] };
    const out = messages(JSON.stringify(input));
    expect(out).toContain(`languages[1]: expected one of ${DOCUMENT_LANGUAGES.join(', ')}, got "ja"`);
    expect(out).toContain('effectiveDate: expected a real calendar date as YYYY-MM-DD, got "2024-02-30"');
    expect(out).toContain('jurisdictions: expected at least one jurisdiction');
  });

  it('reports a missing required field by path', () => {
    const input = baseProjectInput();
    delete (input.company as { legalName?: string }).legalName;
    expect(messages(JSON.stringify(input))[0]).toMatch(/^company\.legalName: /);
  });

  it('locates a JSON syntax error by line and column', () => {
    const out = messages('{\n  "schemaVersion": 2,\n  "company": {,\n}');
    expect(out[0]).toBe('(file): not valid JSON at line 3, column 15: expected a field name in double quotes, found ","');
  });

  it('refuses a file from a newer schema version with a clear message', () => {
    const out = messages(JSON.stringify({ ...baseProjectInput(), schemaVersion: 4 }));
    expect(out).toEqual([expect.stringMatching(/^schemaVersion: this file was written by a newer Policy Studio \(format version 4; this version reads up to 3\)/)]);
  });

  it('runs migrations step by step from an older version', () => {
    const v1 = { schemaVersion: 1, name: 'x' };
    const steps = {
      1: (raw: Record<string, unknown>) => ({ ok: true as const, value: { ...raw, schemaVersion: 2, renamed: raw.name }, notes: ['renamed: check it'] }),
      2: (raw: Record<string, unknown>) => ({ ok: true as const, value: { ...raw, schemaVersion: 3 }, notes: ['version 3'] }),
    };
    expect(migrate(v1, steps, 3)).toEqual({ ok: true, value: { schemaVersion: 3, name: 'x', renamed: 'x' }, migratedFrom: 1, notes: ['renamed: check it', 'version 3'] });
    expect(migrate({ schemaVersion: 3 }, steps, 3)).toEqual({ ok: true, value: { schemaVersion: 3 }, migratedFrom: null, notes: [] });
    expect(migrate({ schemaVersion: 1 }, {}, 2)).toEqual({ ok: false, errors: [{ path: 'schemaVersion', message: 'no migration from version 1 to 2' }] });
    expect(migrate({ schemaVersion: 'one' }, {}, 2)).toEqual({ ok: false, errors: [{ path: 'schemaVersion', message: 'expected a whole number from 1 to 2, got "one"' }] });
  });

  it('keeps an editor\'s "$schema" on save, first in the file', () => {
    const r = parseProject({ ...baseProjectInput(), $schema: './schema/policy.schema.json' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(serializeProject(r.project).split('\n').slice(1, 3)).toEqual(['  "$schema": "./schema/policy.schema.json",', '  "schemaVersion": 3,']);
  });

  it('reads a current file without migration notes', () => {
    const r = parseProject(baseProjectInput());
    expect(r.ok && { migratedFrom: r.migratedFrom, notes: r.migrationNotes }).toEqual({ migratedFrom: null, notes: [] });
  });

  it('refuses a non-object document', () => {
    expect(messages('[1,2]')).toEqual(['(root): expected a JSON object']);
  });
});

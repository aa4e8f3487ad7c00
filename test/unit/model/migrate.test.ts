import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isThirdCountryFor, selectedTransferLaws } from '../../../shared/model/transfer-areas.ts';
import { parseProjectFile, serializeProject } from '../../../shared/model/project-file.ts';
import { usStatesInForceOn } from '../../../shared/model/migrations/v2-to-v3.ts';
import { projectSchemaV1, type ProjectV1 } from '../../../shared/model/schema-v1.ts';
import type { Project, TransferLaw, TransferMechanism } from '../../../shared/model/schema.ts';

const V1 = join(import.meta.dirname, '../../fixtures/v1');
const FILES = readdirSync(V1).filter((f) => f.endsWith('.policy'));

function readV1(name: string): { text: string; v1: ProjectV1 } {
  const text = readFileSync(join(V1, name), 'utf8');
  return { text, v1: projectSchemaV1.parse(JSON.parse(text)) };
}

function migrated(text: string): { project: Project; notes: string[]; migratedFrom: number | null } {
  const r = parseProjectFile(text);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return { project: r.project, notes: r.migrationNotes, migratedFrom: r.migratedFrom };
}

/** The v2 tools that say what a v1 safeguard said, under each law: under UK law the SCCs are used with the UK Addendum, or replaced by the IDTA. */
function equivalentTools(law: TransferLaw, safeguard: ProjectV1['processors'][number]['safeguard']): TransferMechanism[] {
  if (law === 'uk' && safeguard === 'scc') return ['uk-addendum', 'idta'];
  return [safeguard];
}

/** A note starts with the field paths it is about: `recipients[2].transfers.uk: …`, `activities[].retention: …`. */
const NAMES_PATHS = /^[a-zA-Z]+(\[\d*\])?(\.[a-zA-Z]+(\[\d*\])?)*(, [a-zA-Z]+(\[\d*\])?(\.[a-zA-Z]+(\[\d*\])?)*)*: \S/;

describe.each(FILES)('migrating %s from version 1', (name) => {
  const { text, v1 } = readV1(name);
  const { project, notes, migratedFrom } = migrated(text);

  it('gives a valid version 3 project that round-trips', () => {
    expect(migratedFrom).toBe(1);
    expect(project.schemaVersion).toBe(3);
    const again = parseProjectFile(serializeProject(project));
    expect(again.ok && again.migratedFrom).toBe(null);
    expect(again.ok && again.project).toEqual(project);
  });

  it('keeps every category with its name, examples and source', () => {
    expect(project.dataCategories).toHaveLength(v1.dataCategories.length);
    v1.dataCategories.forEach((c, i) => {
      const v2 = project.dataCategories[i]!;
      expect(v2.name).toEqual(c.name);
      expect(v2.examples).toEqual(c.examples);
      expect(v2.sources).toContainEqual({ kind: c.source, ...(c.sourceDetail !== undefined ? { detail: c.sourceDetail } : {}) });
    });
  });

  it('turns every purpose into an activity using that category on the same basis, interest and retention', () => {
    v1.dataCategories.forEach((c, i) => {
      const categoryId = project.dataCategories[i]!.id;
      for (const purpose of c.purposes) {
        const matches = project.activities.filter(
          (a) =>
            JSON.stringify(a.purpose) === JSON.stringify(purpose) &&
            a.categories.includes(categoryId) &&
            a.legalBases.some((b) => b.basis === c.legalBasis && JSON.stringify(b.interest) === JSON.stringify(c.legitimateInterest)) &&
            a.retention.kind === 'text' &&
            JSON.stringify(a.retention.text) === JSON.stringify(c.retention) &&
            (a.requirement === 'optional') === !c.required,
        );
        expect(matches, `${JSON.stringify(purpose)} of ${JSON.stringify(c.name)}`).toHaveLength(1);
      }
    });
    // Nothing invented: every activity comes from a v1 purpose, and says what v1 said about sale and advertising.
    const purposes = new Set(v1.dataCategories.flatMap((c) => c.purposes.map((p) => JSON.stringify(p))));
    for (const a of project.activities) {
      expect(purposes.has(JSON.stringify(a.purpose))).toBe(true);
      expect({ sells: a.sells, sharesForAdvertising: a.sharesForAdvertising }).toEqual(v1.dataSales);
      expect({ targetedAdvertising: a.targetedAdvertising, profiling: a.profiling }).toEqual({ targetedAdvertising: false, profiling: false });
    }
  });

  it('turns every processor into a recipient with the same name, activity, country and an equivalent tool under each law', () => {
    expect(project.recipients).toHaveLength(v1.processors.length);
    const laws = selectedTransferLaws(v1.jurisdictions.filter((j) => j !== 'US'));
    v1.processors.forEach((p, i) => {
      const r = project.recipients[i]!;
      expect({ name: r.name, activity: r.activity, storedIn: r.storedIn, url: r.url, role: r.role }).toEqual({ name: p.name, activity: p.activity, storedIn: [p.country], url: p.url, role: 'processor' });
      for (const law of laws) {
        if (!isThirdCountryFor(law, p.country)) expect(r.transfers[law], `${p.name} under ${law}`).toBeUndefined();
        else expect(equivalentTools(law, p.safeguard), `${p.name} under ${law}`).toContain(r.transfers[law]?.mechanism);
      }
    });
  });

  it('keeps everything else as it was', () => {
    const { dataCategories: _c, processors: _p, dataSales: _s, schemaVersion: _v, jurisdictions, ...rest } = v1;
    expect(project).toMatchObject(rest);
    // v1's one "US" became the state laws in force on the policy's date (v2-to-v3.ts).
    expect(project.jurisdictions).toEqual(jurisdictions.flatMap((j) => (j === 'US' ? usStatesInForceOn(v1.effectiveDate) : [j])));
    expect(project.company).toEqual({ ...v1.company, dataLocations: [], dpfCertified: false, requestChannels: [] });
  });

  it('tells the user what to check, each note naming the field', () => {
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(note).toMatch(NAMES_PATHS);
    expect(notes.filter((n) => n.startsWith('activities[].requirement')).length).toBeLessThanOrEqual(1);
  });
});

describe('migration notes', () => {
  const { text, v1 } = readV1('saas-sweden.policy');
  const raw = JSON.parse(text) as Record<string, unknown> & { dataCategories: Record<string, unknown>[]; processors: Record<string, unknown>[] };

  it('list every activity whose requirement must be checked in one note', () => {
    const { project, notes } = migrated(text);
    const required = project.activities.flatMap((a, i) => (a.requirement === 'optional' ? [] : [`activities[${i}]`]));
    expect(required.length).toBeGreaterThan(1);
    const note = notes.filter((n) => n.startsWith('activities[].requirement'));
    expect(note).toHaveLength(1);
    for (const path of required) expect(note[0]).toContain(`${path} "`);
  });

  it('name a category marked sensitive, and a processor without a tool under each law', () => {
    const edited = structuredClone(raw);
    edited.dataCategories[1]!.sensitive = true;
    edited.processors[1] = { ...edited.processors[1], country: 'IN', safeguard: 'none' };
    const { notes } = migrated(JSON.stringify(edited));
    expect(notes).toContainEqual(expect.stringMatching(/^dataCategories\[1\]\.special: .*marked sensitive/));
    expect(notes).toContainEqual(expect.stringMatching(/^recipients\[1\]\.transfers\.eu: no transfer tool is in place .*\(IN\)/));
    expect(notes).toContainEqual(expect.stringMatching(/^recipients\[1\]\.transfers\.uk: no transfer tool/));
    expect(v1.jurisdictions).toEqual(['EU', 'UK']);
  });

  it('ask which derogation, and warn about a minimum age under 13 with US law', () => {
    const edited = structuredClone(raw);
    edited.processors[1] = { ...edited.processors[1], safeguard: 'derogation' };
    edited.jurisdictions = ['EU', 'US'];
    edited.children = { minimumAge: 10, directedAtChildren: false };
    const { project, notes } = migrated(JSON.stringify(edited));
    expect(project.recipients[1]?.transfers.eu).toEqual({ mechanism: 'derogation' });
    expect(notes).toContainEqual(expect.stringMatching(/^recipients\[1\]\.transfers\.eu: choose which Article 49 derogation/));
    expect(notes).toContainEqual(expect.stringMatching(/^children\.parentalConsent: /));
  });

  it('refuse a file from a newer Policy Studio, and an invalid v1 file with its path', () => {
    const newer = parseProjectFile(JSON.stringify({ ...raw, schemaVersion: 4 }));
    expect(newer.ok ? [] : newer.errors).toEqual([{ path: 'schemaVersion', message: expect.stringMatching(/newer Policy Studio \(format version 4/) }]);
    const broken = structuredClone(raw);
    broken.processors[0]!.country = 'Sverige';
    const invalid = parseProjectFile(JSON.stringify(broken));
    expect(invalid.ok ? [] : invalid.errors).toEqual([{ path: 'processors[0].country', message: 'expected an ISO country code, got "Sverige"' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { localizedText, projectSchema, type ProjectInput } from '../../../shared/model/schema.ts';
import { translatableFields } from '../../../shared/translations/fields.ts';
import { baseProjectInput, buildProject } from '../../fixtures/project-builder.ts';

type Key = string | number;

/** Every path in the zod schema where a `localizedText` sits, array indices as `*`. */
function localizedPaths(schema: z.ZodType, path: string[] = [], out = new Set<string>()): Set<string> {
  if (schema === localizedText) {
    out.add(path.join('.'));
    return out;
  }
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) {
    return localizedPaths(schema.unwrap() as z.ZodType, path, out);
  }
  if (schema instanceof z.ZodObject) {
    for (const [key, child] of Object.entries(schema.shape as Record<string, z.ZodType>)) localizedPaths(child, [...path, key], out);
  } else if (schema instanceof z.ZodArray) {
    localizedPaths(schema.element as z.ZodType, [...path, '*'], out);
  } else if (schema instanceof z.ZodUnion) {
    for (const option of schema.options as readonly z.ZodType[]) localizedPaths(option, path, out);
  } else if (schema instanceof z.ZodRecord) {
    localizedPaths(schema.valueType as z.ZodType, [...path, '*'], out);
  }
  return out;
}

const abstract = (path: readonly Key[]): string => path.map((k) => (typeof k === 'number' ? '*' : k)).join('.');

/** The base project with every optional free text filled in. */
function fullProjectInput(): ProjectInput {
  const base = baseProjectInput();
  return {
    ...base,
    company: { ...base.company, requestChannels: [{ kind: 'email', email: 'privacy@nordlys.example' }, { kind: 'in-app', where: 'Settings › Privacy' }] },
    dataCategories: [
      ...(base.dataCategories ?? []),
      { id: 'leads', name: 'Business contacts', sources: [{ kind: 'third-party', detail: 'Lead lists from Cognism' }], special: 'criminal-offences' },
    ],
    activities: [
      ...(base.activities ?? []),
      {
        id: 'books',
        purpose: 'Bookkeeping',
        categories: ['leads'],
        legalBases: [{ basis: 'legal-obligation', obligation: 'the Bookkeeping Act', criminalAuthority: 'the Background Checks Act', specialCondition: 'legal-claims' }],
        consequence: 'We cannot invoice you',
        retention: { kind: 'text', text: 'Seven years' },
      },
    ],
    recipients: [
      ...(base.recipients ?? []),
      { id: 'partner', name: 'Partner AB', role: 'joint-controller', activity: 'Co-hosting events', storedIn: ['SE'], jointArrangement: 'Partner answers your requests' },
    ],
    children: { minimumAge: 13, directedAtChildren: true, parentalConsent: 'A parent confirms by email' },
    automatedDecisions: { used: true, description: 'We score fraud risk automatically' },
  };
}

describe('translatableFields', () => {
  it('finds every free text the schema allows, on a project that fills each one', () => {
    const schemaPaths = localizedPaths(projectSchema as unknown as z.ZodType);
    expect(schemaPaths.size).toBeGreaterThan(15);
    const project = projectSchema.parse(fullProjectInput());
    const found = new Set(translatableFields(project).map((f) => abstract(f.path)));
    expect([...found].sort()).toEqual([...schemaPaths].sort());
  });

  it('gives each field its path and value, in file order', () => {
    const project = buildProject();
    const fields = translatableFields(project);
    expect(fields[0]).toEqual({ path: ['scope', 'services', 0], value: 'the Nordlys planning app' });
    expect(fields.map((f) => abstract(f.path))).toContain('activities.*.retention.text');
    const paths = fields.map((f) => f.path.join('.'));
    expect(paths.indexOf('dataCategories.0.name')).toBeLessThan(paths.indexOf('dataCategories.0.examples.0'));
    expect(paths.indexOf('activities.2.purpose')).toBeLessThan(paths.indexOf('recipients.0.activity'));
    expect(paths.at(-1)).toBe('security.measures.1');
    for (const f of fields) {
      let at: unknown = project;
      for (const key of f.path) at = (at as Record<Key, unknown>)[key];
      expect(at).toEqual(f.value);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { translationState, withSourceText, withTranslation } from '../../../shared/model/localized.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { translatableFields } from '../../../shared/translations/fields.ts';
import { editorTranslationGaps, formatGap, translationGaps } from '../../../shared/translations/gaps.ts';
import { buildProject } from '../../fixtures/project-builder.ts';

/** The project with every free text translated into Swedish (`[sv] …`). */
function translatedProject(): Project {
  const project = buildProject();
  const copy = structuredClone(project);
  for (const field of translatableFields(project)) {
    const text = withTranslation(field.value, 'sv', `[sv] ${String(field.value)}`, 'en', 'en');
    let at = copy as unknown as Record<string | number, unknown>;
    for (const key of field.path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
    at[field.path.at(-1)!] = text;
  }
  return copy;
}

describe('translation state', () => {
  it('reads stale after the source is edited, and translated again once retranslated', () => {
    let value = withTranslation('Account details', 'sv', 'Kontouppgifter', 'en', 'en');
    expect(translationState(value, 'sv', 'en')).toBe('translated');
    value = withSourceText(value, 'en', 'Account and profile details', 'en');
    expect(translationState(value, 'sv', 'en')).toBe('stale');
    expect(translationState(value, 'en', 'en')).toBe('source');
    value = withTranslation(value, 'sv', 'Konto- och profiluppgifter', 'en', 'en');
    expect(translationState(value, 'sv', 'en')).toBe('translated');
  });
});

describe('translationGaps', () => {
  it('lists every text without a Swedish version as missing, and none in the source language', () => {
    const project = buildProject();
    const gaps = translationGaps(project);
    expect(gaps).toHaveLength(translatableFields(project).length);
    expect(gaps.every((g) => g.lang === 'sv' && g.state === 'missing')).toBe(true);
    expect(gaps.map(formatGap)).toContain('dataCategories[1].name (sv): missing');
    expect(translationGaps(project, ['en'])).toEqual([]);
  });

  it('is empty once everything is translated, and names a text whose source changed as stale', () => {
    const project = translatedProject();
    expect(translationGaps(project)).toEqual([]);
    const category = project.dataCategories[1]!;
    category.name = withSourceText(category.name, 'en', 'Usage and device data', 'en');
    expect(translationGaps(project).map(formatGap)).toEqual(['dataCategories[1].name (sv): stale']);
  });

  it('treats a text written directly in Swedish as the source, never a gap', () => {
    const project = buildProject();
    project.scope.services[0] = { en: 'the app', sv: 'appen' };
    expect(translationGaps(project).some((g) => g.path === 'scope.services[0]')).toBe(false);
  });
});

describe('editorTranslationGaps, kept per part of the project', () => {
  it('gives the same gaps as translationGaps', () => {
    const project = buildProject();
    expect(editorTranslationGaps(project)).toEqual(translationGaps(project));
    expect(editorTranslationGaps({ ...project, languages: ['en', 'sv', 'fi'] })).toEqual(translationGaps({ ...project, languages: ['en', 'sv', 'fi'] }));
  });

  it('follows an edit to one part while the other parts are the same objects, and a change of languages', () => {
    const project = translatedProject();
    expect(editorTranslationGaps(project)).toEqual([]);
    // A new English-only purpose in the first activity: the only gap, though categories and recipients were answered from the earlier call.
    const edited: Project = { ...project, activities: project.activities.map((a, i) => (i === 0 ? { ...a, purpose: 'A purpose written just now' } : a)) };
    expect(editorTranslationGaps(edited).map(formatGap)).toEqual(['activities[0].purpose (sv): missing']);
    expect(editorTranslationGaps(project)).toEqual([]);
    // The same parts asked about another language: every text is missing in German.
    const withGerman: Project = { ...edited, languages: ['en', 'sv', 'de'] };
    expect(editorTranslationGaps(withGerman).filter((g) => g.lang === 'de')).toHaveLength(translatableFields(withGerman).length);
    expect(editorTranslationGaps(withGerman, ['sv']).map(formatGap)).toEqual(['activities[0].purpose (sv): missing']);
  });
});

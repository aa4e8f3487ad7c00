import { describe, expect, it } from 'vitest';
import { hashString } from '../../../shared/document/hash.ts';
import { translationState, withSourceText, withTranslation } from '../../../shared/model/localized.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { generatePolicy } from '../../../shared/pipeline.ts';
import { readTranslationFile, writeTranslationFile, type TranslationFormat } from '../../../shared/translations/file-format.ts';
import { translationGaps } from '../../../shared/translations/gaps.ts';
import { importTranslations, translationBatch, type ReturnedBatch } from '../../../shared/translations/units.ts';
import { flatText } from '../../fixtures/document-text.ts';
import { buildProject } from '../../fixtures/project-builder.ts';

/** What a translator does: fill every target with a Swedish text, here the source marked and made hostile. */
function translate(format: TranslationFormat, fill: (source: string) => string): ReturnedBatch {
  const project = buildProject();
  const batch = translationBatch(project, 'sv');
  const filled = { ...batch, units: batch.units.map((u) => ({ ...u, target: fill(u.source) })) };
  return readTranslationFile(writeTranslationFile(filled, format, 'nordlys'));
}

const swedish = (source: string) => `SV ${source} & <ö> "${source.length}", ]]>`;

describe.each(['xliff', 'csv'] as const)('a %s round trip', (format) => {
  it('leaves no Swedish gap, and the Swedish document shows the translations', () => {
    const project = buildProject();
    expect(translationGaps(project, ['sv']).length).toBeGreaterThan(10);
    const result = importTranslations(project, translate(format, swedish));
    expect(result.refused).toEqual([]);
    expect(result.applied).toHaveLength(translationGaps(project, ['sv']).length);
    expect(translationGaps(result.project)).toEqual([]);
    expect(translationState(result.project.activities[0]!.purpose, 'sv', 'en')).toBe('translated');
    const text = flatText(generatePolicy(result.project, 'sv', nodeEnv).document);
    expect(text).toContain(swedish('Creating and running your account'));
    expect(text).toContain(swedish('Hosting'));
    // The English document is untouched.
    expect(flatText(generatePolicy(result.project, 'en', nodeEnv).document)).not.toContain('SV Creating');
  });

  it('exports the current translations as targets, so a second import changes nothing', () => {
    const first = importTranslations(buildProject(), translate(format, swedish)).project;
    const again = readTranslationFile(writeTranslationFile(translationBatch(first, 'sv'), format));
    const result = importTranslations(first, again);
    expect(result.applied).toEqual([]);
    expect(result.unchanged.length).toBeGreaterThan(10);
    expect(result.project).toEqual(first);
  });
});

describe('importTranslations', () => {
  it('reports, and does not apply, a unit whose source changed since the export', () => {
    const returned = translate('xliff', swedish);
    const project = buildProject();
    project.dataCategories[0]!.name = withSourceText(project.dataCategories[0]!.name, 'en', 'Account and profile details', 'en');
    const result = importTranslations(project, returned);
    expect(result.refused).toEqual([
      { path: 'dataCategories[0].name', reason: 'its en text changed since the file was written (now "Account and profile details"); translate it again' },
    ]);
    expect(result.project.dataCategories[0]!.name).toBe('Account and profile details');
    expect(translationGaps(result.project).map((g) => g.path)).toEqual(['dataCategories[0].name']);
  });

  it('reports a unit whose field no longer exists, one given twice, and skips empty targets', () => {
    const project = buildProject();
    const hash = hashString('Account details');
    const result = importTranslations(project, {
      srcLang: 'en',
      trgLang: 'sv',
      units: [
        { path: 'dataCategories.0.name', sourceHash: hash, target: 'Kontouppgifter' },
        { path: 'dataCategories[0].name', sourceHash: hash, target: 'Annat' },
        { path: 'dataCategories[9].name', sourceHash: hash, target: 'X' },
        { path: 'dataCategories[1].name', sourceHash: hashString('Usage data'), target: undefined },
      ],
    });
    expect(result.applied).toEqual(['dataCategories[0].name']);
    expect(result.empty).toEqual(['dataCategories[1].name']);
    expect(result.refused.map((r) => r.path)).toEqual(['dataCategories[0].name', 'dataCategories[9].name']);
    expect(result.refused[1]!.reason).toMatch(/no such text/);
    expect(result.project.dataCategories[0]!.name).toEqual({ en: 'Account details', sv: { text: 'Kontouppgifter', from: 'en', sourceHash: hash } });
  });

  it('gives a stale translation only as a hint, never as a target to re-import unchecked', () => {
    const project = buildProject();
    const category = project.dataCategories[0]!;
    category.name = withSourceText(withTranslation(category.name, 'sv', 'Kontouppgifter', 'en', 'en'), 'en', 'Account and profile details', 'en');
    const unit = translationBatch(project, 'sv').units.find((u) => u.path === 'dataCategories[0].name')!;
    expect(unit).toEqual({ path: 'dataCategories[0].name', source: 'Account and profile details', sourceHash: hashString('Account and profile details'), previous: 'Kontouppgifter' });
    // Translated again from the new source, it reads translated.
    const result = importTranslations(project, { srcLang: 'en', trgLang: 'sv', units: [{ path: unit.path, sourceHash: unit.sourceHash, target: 'Konto- och profiluppgifter' }] });
    expect(translationState(result.project.dataCategories[0]!.name, 'sv', 'en')).toBe('translated');
  });

  it('leaves out texts written directly in the target language', () => {
    const project = buildProject();
    project.scope.services[0] = { en: 'the app', sv: 'appen' };
    expect(translationBatch(project, 'sv').units.some((u) => u.path === 'scope.services[0]')).toBe(false);
  });
});

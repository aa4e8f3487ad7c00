import type { DocumentLanguage, Project } from '../../shared/model/index.ts';
import { addSectionTranslation, sectionGaps, type SectionGap } from '../../shared/translations/section-links.ts';
import { languageName } from '../i18n/language-names.ts';
import { t, type MessageKey } from '../i18n/t.ts';

type Update = (key: string, edit: (project: Project) => Project) => void;

export interface SectionTranslationsProps {
  project: Project;
  update: Update;
}

/** What a gap asks of the user, in words. */
function gapText(gap: SectionGap, untranslated: boolean): MessageKey {
  if (gap.state === 'stale') return 'translations.sections.stale';
  if (gap.path.startsWith('overrides')) return 'translations.sections.missingOverride';
  return untranslated ? 'translations.sections.untranslated' : 'translations.sections.missingCustom';
}

/**
 * The sections of the user's own that other languages lack or have out of
 * date, below the field grid of the translation view: each names the
 * section and the language, and a custom section a language lacks can be
 * added there as a copy to translate (undoable like every edit).
 */
export function SectionTranslations({ project, update }: SectionTranslationsProps) {
  const gaps = sectionGaps(project);
  if (gaps.length === 0) return null;
  const primary: DocumentLanguage = project.languages[0] ?? 'en';
  return (
    <section className="ps-tr-sections" aria-labelledby="ps-tr-sections-title">
      <h3 id="ps-tr-sections-title">{t('translations.sections.title')}</h3>
      <p className="ps-field-hint">{t('translations.sections.hint', { lang: languageName(primary) })}</p>
      <ul>
        {gaps.map((gap) => (
          <li key={`${gap.sectionId}:${gap.lang}`} data-section-gap={`${gap.sectionId}:${gap.lang}`}>
            <strong>{t('translations.sectionGap', { title: gap.title })}</strong> · <span lang={gap.lang}>{languageName(gap.lang)}</span>: {t(gapText(gap, !gap.canAdd), { lang: languageName(gap.lang) })}
            {gap.canAdd && (
              <button type="button" className="ps-button ps-button--small" onClick={() => update(`add-translation:${gap.sectionId}:${gap.lang}:${Date.now()}`, (p) => addSectionTranslation(p, gap.lang, gap.sectionId))}>
                {t('translations.sections.add', { lang: languageName(gap.lang) })}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

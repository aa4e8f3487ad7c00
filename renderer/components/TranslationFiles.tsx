import { useId, useState } from 'react';
import type { DocumentLanguage, Project } from '../../shared/model/index.ts';
import type { TranslationFormat } from '../../shared/translations/file-format.ts';
import { importTranslations, type RefusedUnit } from '../../shared/translations/units.ts';
import type { Host } from '../host/host.ts';
import { languageName } from '../i18n/language-names.ts';
import { t } from '../i18n/t.ts';

export interface TranslationFilesProps {
  host: Host;
  project: Project;
  /** Records an edit in the project history (undo takes an import back as one step). */
  update(key: string, edit: (project: Project) => Project): void;
}

/** What the last export or import said: one line, the units not applied, and the file to reveal. */
interface Report {
  tone: 'done' | 'problem';
  text: string;
  refused?: RefusedUnit[];
  shown?: string;
}

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * "Export for translators…" and "Import translations…" in the translation
 * view: the host's dialogs choose the files (the page never names a path).
 * An import is applied to the project as it is now, unsaved edits included;
 * units whose source text changed since the file was written are listed, not
 * applied.
 */
export function TranslationFiles({ host, project, update }: TranslationFilesProps) {
  const id = useId();
  const primary = project.languages[0] ?? 'en';
  const targets = project.languages.filter((lang) => lang !== primary);
  const [chosen, setChosen] = useState<DocumentLanguage | null>(null);
  const lang = chosen !== null && targets.includes(chosen) ? chosen : targets[0];
  const [format, setFormat] = useState<TranslationFormat>('xliff');
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  if (lang === undefined) return null;

  async function handleExport(into: DocumentLanguage) {
    setBusy(true);
    const result = await host.exportTranslations({ project, lang: into, format });
    setBusy(false);
    if (result.ok) {
      setReport({ tone: 'done', text: t('translations.files.exported', { name: fileName(result.path), lang: languageName(into), todo: result.toTranslate, count: result.units }), shown: result.path });
    } else if (result.kind !== 'cancelled') {
      setReport({ tone: 'problem', text: result.message });
    }
  }

  async function handleImport() {
    setBusy(true);
    const result = await host.importTranslations();
    setBusy(false);
    if (!result.ok) {
      if (result.kind !== 'cancelled') setReport({ tone: 'problem', text: result.message });
      return;
    }
    const { batch, name } = result;
    if (!project.languages.includes(batch.trgLang) || !project.languages.includes(batch.srcLang) || batch.srcLang === batch.trgLang) {
      setReport({ tone: 'problem', text: t('translations.files.wrongLanguage', { name, from: batch.srcLang, into: batch.trgLang }) });
      return;
    }
    const applied = importTranslations(project, batch);
    if (applied.applied.length > 0) update(`translations-import:${name}:${Date.now()}`, (p) => importTranslations(p, batch).project);
    setReport({
      tone: applied.refused.length > 0 ? 'problem' : 'done',
      text: t('translations.files.imported', { name, lang: languageName(batch.trgLang), applied: applied.applied.length, unchanged: applied.unchanged.length, empty: applied.empty.length }),
      refused: applied.refused,
    });
  }

  return (
    <div className="ps-tr-files" role="group" aria-label={t('translations.files.label')}>
      <label htmlFor={`${id}-lang`}>{t('translations.files.lang')}</label>
      <select id={`${id}-lang`} value={lang} onChange={(e) => setChosen(e.target.value as DocumentLanguage)}>
        {targets.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageName(l)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-format`}>{t('translations.files.format')}</label>
      <select id={`${id}-format`} value={format} onChange={(e) => setFormat(e.target.value === 'csv' ? 'csv' : 'xliff')}>
        <option value="xliff">{t('translations.files.xliff')}</option>
        <option value="csv">{t('translations.files.csv')}</option>
      </select>
      <button type="button" className="ps-button" disabled={busy} onClick={() => void handleExport(lang)}>
        {t('translations.files.export')}
      </button>
      <button type="button" className="ps-button" disabled={busy} onClick={() => void handleImport()}>
        {t('translations.files.import')}
      </button>
      <div role="status" className={`ps-tr-files-report${report ? ` is-${report.tone}` : ''}`}>
        {report && (
          <>
            <span>{report.text}</span>
            {report.shown !== undefined && (
              <button type="button" className="ps-link-button" onClick={() => void host.showInFolder(report.shown!)}>
                {t('translations.files.showInFolder')}
              </button>
            )}
            {report.refused !== undefined && report.refused.length > 0 && (
              <>
                <span>{t('translations.files.refused', { count: report.refused.length })}</span>
                <ul className="ps-tr-refused">
                  {report.refused.map((r, index) => (
                    <li key={`${index}:${r.path}`}>
                      <code>{r.path}</code>: {r.reason}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
    </div>
  );
}

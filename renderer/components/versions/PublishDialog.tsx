import { Fragment, useId, useMemo, useState } from 'react';
import type { DocumentLanguage, LocalizedText, Project } from '../../../shared/model/index.ts';
import { isEmptyDiff, factsDiff, nextVersionId, proposeChangeLog, type PublishOptions, type VersionProblem } from '../../../shared/versions/api.ts';
import { languageName } from '../../i18n/language-names.ts';
import { t } from '../../i18n/t.ts';
import { lastTrustedVersion } from '../../state/version-compare.ts';
import { Modal } from '../Modal.tsx';

export interface PublishDialogProps {
  /** The valid project (null while some field is invalid: nothing can be published then). */
  project: Project | null;
  /** Versions that no longer match what was published: named, so the user knows the proposal skips them. */
  problems: readonly VersionProblem[];
  /** Records the version; returns an error message to show, or null when it was published. */
  onPublish(options: PublishOptions): string | null;
  onClose(): void;
  /** Today, YYYY-MM-DD (a prop so tests are not tied to the clock). */
  today?: string;
}

/** Today in the user's time zone, as YYYY-MM-DD: the day a user would write on the change log. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The proposal as one editable text per document language ('' where that language has no wording to propose in). */
function proposalTexts(previous: Project | undefined, project: Project): Record<string, string> {
  const proposal = proposeChangeLog(previous, project);
  const texts: Record<string, string> = {};
  for (const lang of project.languages) texts[lang] = typeof proposal === 'string' ? (lang === project.languages[0] ? proposal : '') : (textOf(proposal[lang]) ?? '');
  return texts;
}

function textOf(entry: Exclude<LocalizedText, string>[DocumentLanguage]): string | undefined {
  return entry === undefined ? undefined : typeof entry === 'string' ? entry : entry.text;
}

/**
 * "Publish version…": the change-log entry proposed from what changed in the
 * facts since the last version, in every document language and editable,
 * the date and an internal note. Publishing is one step of the edit
 * history: Undo takes the version and its entry back.
 */
export function PublishDialog({ project, problems, onPublish, onClose, today = localToday() }: PublishDialogProps) {
  const previous = useMemo(() => (project ? lastTrustedVersion(project) : null), [project]);
  const unchanged = useMemo(() => (project && previous ? isEmptyDiff(factsDiff(previous.project, project)) : false), [project, previous]);
  const [texts, setTexts] = useState<Record<string, string>>(() => (project ? proposalTexts(previous?.project, project) : {}));
  // A first version of a policy that already has a change log records the facts without a new entry, unless the user asks for one.
  const [withEntry, setWithEntry] = useState(() => !(project && !previous && project.changeLog.length > 0));
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const id = useId();

  const primary = project?.languages[0] ?? 'en';
  const primaryMissing = withEntry && (texts[primary] ?? '').trim() === '';

  const handlePublish = () => {
    if (!project) return;
    setTried(true);
    if (primaryMissing) return;
    const summary: Partial<Record<DocumentLanguage, string>> = {};
    for (const lang of project.languages) {
      const text = (texts[lang] ?? '').trim();
      if (text !== '') summary[lang] = text;
    }
    const failure = onPublish({ date, ...(note.trim() ? { note: note.trim() } : {}), summary: withEntry ? summary : null });
    if (failure === null) onClose();
    else setError(failure);
  };

  const versionId = project ? nextVersionId(project) : '';
  return (
    <Modal
      title={t('versions.publish.title', { id: versionId })}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="ps-button" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="button" className="ps-button ps-button--primary" disabled={!project} onClick={handlePublish}>
            {t('versions.publish.run')}
          </button>
        </>
      }
    >
      {!project ? (
        <p className="ps-field-error">{t('versions.publish.needValid')}</p>
      ) : (
        <>
          <p>{t('versions.publish.intro', { id: versionId })}</p>
          {problems.length > 0 && (
            <div className="ps-warning-box" role="note">
              {problems.map((p) => (
                <p key={p.id}>{t('versions.untrusted', { id: p.id })}</p>
              ))}
            </div>
          )}
          <p className="ps-publish-hint">
            {previous ? (unchanged ? t('versions.publish.noChanges', { id: previous.version.id }) : t('versions.publish.since', { id: previous.version.id, date: previous.version.date })) : t('versions.publish.first')}
          </p>
          <fieldset className="ps-field">
            <legend>{t('versions.publish.entry')}</legend>
            <label className="ps-check">
              <input type="checkbox" checked={withEntry} onChange={(e) => setWithEntry(e.target.checked)} />
              {t('versions.publish.addEntry')}
            </label>
            {withEntry && (
              <>
                <p className="ps-publish-hint">{t('versions.publish.entryHelp')}</p>
                <div className="ps-publish-entry">
                  {project.languages.map((lang) => {
                    const invalid = tried && lang === primary && primaryMissing;
                    return (
                      <Fragment key={lang}>
                        <label htmlFor={`${id}-${lang}`} lang={lang}>
                          {languageName(lang)}
                        </label>
                        <div>
                          <textarea
                            id={`${id}-${lang}`}
                            lang={lang}
                            value={texts[lang] ?? ''}
                            aria-invalid={invalid || undefined}
                            aria-describedby={invalid ? `${id}-${lang}-error` : undefined}
                            onChange={(e) => setTexts((all) => ({ ...all, [lang]: e.target.value }))}
                          />
                          {invalid && (
                            <p className="ps-field-error" id={`${id}-${lang}-error`}>
                              {t('versions.publish.entryMissing', { language: languageName(lang) })}
                            </p>
                          )}
                          {lang !== primary && (texts[lang] ?? '').trim() === '' && <p className="ps-publish-hint">{t('versions.publish.emptyOther', { language: languageName(lang) })}</p>}
                        </div>
                      </Fragment>
                    );
                  })}
                </div>
              </>
            )}
          </fieldset>
          <div className="ps-publish-row">
            <div className="ps-field">
              <label htmlFor={`${id}-date`}>{t('versions.publish.date')}</label>
              <input id={`${id}-date`} type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
            </div>
            <div className="ps-field">
              <label htmlFor={`${id}-note`}>{t('versions.publish.note')}</label>
              <input id={`${id}-note`} type="text" value={note} placeholder={t('versions.publish.notePlaceholder')} onChange={(e) => setNote(e.target.value)} />
            </div>
          </div>
          {error && (
            <p className="ps-alert" role="alert">
              {error}
            </p>
          )}
        </>
      )}
    </Modal>
  );
}

import { t } from '../../i18n/t.ts';

/**
 * Shown above the form after the interview: the facts it could not know and
 * the person should check (unverified library entries, activities added for a
 * service), until dismissed. Like the migration notice.
 */
export function InterviewNotice({ notes, onDismiss }: { notes: readonly string[]; onDismiss(): void }) {
  return (
    <section className="ps-migration-notice ps-interview-notice" role="region" aria-labelledby="interview-notice-title">
      <header>
        <h2 id="interview-notice-title">{t('interview.noticeTitle')}</h2>
        <button type="button" className="ps-button ps-button--small" onClick={onDismiss}>
          {t('migration.dismiss')}
        </button>
      </header>
      <p>{t(notes.length > 0 ? 'interview.noticeBody' : 'interview.noticeNone')}</p>
      {notes.length > 0 && (
        <ul>
          {notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      )}
      <p className="ps-field-hint">{t('interview.noticeForm')}</p>
    </section>
  );
}

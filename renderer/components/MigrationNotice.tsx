import { t } from '../i18n/t.ts';

/** What was converted in a file from an earlier format, and what to check; it stays until dismissed. */
export interface MigrationState {
  version: number;
  notes: readonly string[];
}

/** Shown after opening a file of an earlier format: what the conversion did, what to check, and that only saving writes the new format. */
export function MigrationNotice({ state, onDismiss }: { state: MigrationState; onDismiss(): void }) {
  return (
    <section className="ps-migration-notice" role="region" aria-labelledby="migration-title">
      <header>
        <h2 id="migration-title">{t('migration.title', { version: state.version })}</h2>
        <button type="button" className="ps-button ps-button--small" onClick={onDismiss}>
          {t('migration.dismiss')}
        </button>
      </header>
      {state.notes.length > 0 && (
        <>
          <p>{t('migration.body')}</p>
          <ul>
            {state.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </>
      )}
      <p className="ps-field-hint">{t('migration.saveNote')}</p>
    </section>
  );
}

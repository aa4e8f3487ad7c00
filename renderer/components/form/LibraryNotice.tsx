import { useId } from 'react';
import { t, uiLanguage } from '../../i18n/t.ts';

/** The changed facts as one phrase in the UI language ("transfer mechanism and where data is stored"). */
function factList(labels: readonly string[]): string {
  return new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format(labels);
}

/**
 * On a row filled from the library, when the shipped entry has changed
 * since: which facts changed, and the choice to take them (Apply) or keep
 * the row as it is (Dismiss). Never applied without the user.
 */
export function LibraryNotice({ name, facts, onApply, onDismiss }: { name: string; facts: readonly string[]; onApply(): void; onDismiss(): void }) {
  const id = useId();
  return (
    <div className="ps-library-notice" role="status">
      <span id={id}>{t('library.changed', { name, facts: factList(facts) })}</span>
      <span className="ps-library-notice-actions">
        <button type="button" className="ps-button ps-button--small" aria-describedby={id} onClick={onApply}>
          {t('library.apply')}
        </button>
        <button type="button" className="ps-button ps-button--small" aria-describedby={id} onClick={onDismiss}>
          {t('library.dismiss')}
        </button>
      </span>
    </div>
  );
}

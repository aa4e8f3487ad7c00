import { t } from '../i18n/t.ts';
import type { StatusMessage } from '../state/use-file-commands.ts';

export interface StatusBarProps {
  status: StatusMessage | null;
  /** The number of invalid fields, or null when no project is open. */
  errorCount: number | null;
  /** The number of risk warnings: the facts are valid, but some should be looked at. */
  warningCount: number;
  /** The document shows an earlier valid version while fields are invalid. */
  stale: boolean;
}

/** The footer: the last command's outcome (announced politely) and whether the project is valid. */
export function StatusBar({ status, errorCount, warningCount, stale }: StatusBarProps) {
  const valid = warningCount === 0 ? t('status.valid') : warningCount === 1 ? t('status.validWarningOne') : t('status.validWarnings', { count: warningCount });
  return (
    <footer className="ps-statusbar">
      <span role="status" aria-live="polite" className={status?.error ? 'is-error' : undefined}>
        {status?.text ?? ''}
      </span>
      {errorCount !== null && (
        <span className={errorCount > 0 ? 'is-error' : warningCount > 0 ? 'is-warning' : 'is-ok'}>
          {errorCount === 0 ? valid : errorCount === 1 ? t('status.invalidOne') : t('status.invalidCount', { count: errorCount })}
          {errorCount > 0 && stale ? ` — ${t('status.previewStale')}` : ''}
        </span>
      )}
    </footer>
  );
}

import { t } from '../i18n/t.ts';
import { missingSummary } from './ChecklistPanel.tsx';
import type { StatusMessage } from '../state/use-file-commands.ts';
import type { GapCount } from '../translations/rows.ts';

export interface StatusBarProps {
  status: StatusMessage | null;
  /** The number of invalid fields, or null when no project is open. */
  errorCount: number | null;
  /** The number of risk warnings: the facts are valid, but some should be looked at. */
  warningCount: number;
  /** The document shows an earlier valid version while fields are invalid. */
  stale: boolean;
  /** Texts missing or out of date in some document language; null when no project is open. */
  translationGaps?: GapCount | null;
  /** Opens the translation view, showing only what needs work. */
  onShowTranslations?(): void;
  /** Required notice items the document does not state (the checklist); null when there is no checklist. */
  checklistMissing?: number | null;
  /** Shows the checklist beside the document. */
  onShowChecklist?(): void;
}

/** "2 texts missing, 1 out of date in other languages", or null when every text is translated. */
export function gapSummary(gaps: GapCount): string | null {
  if (gaps.missing === 0 && gaps.stale === 0) return null;
  if (gaps.stale === 0) return gaps.missing === 1 ? t('status.translationsMissingOne') : t('status.translationsMissing', { missing: gaps.missing });
  if (gaps.missing === 0) return gaps.stale === 1 ? t('status.translationsStaleOne') : t('status.translationsStale', { stale: gaps.stale });
  return t('status.translationsBoth', { missing: gaps.missing, stale: gaps.stale });
}

/** The footer: the last command's outcome (announced politely), whether the project is valid, and how many texts need translating. */
export function StatusBar({ status, errorCount, warningCount, stale, translationGaps, onShowTranslations, checklistMissing, onShowChecklist }: StatusBarProps) {
  const valid = warningCount === 0 ? t('status.valid') : warningCount === 1 ? t('status.validWarningOne') : t('status.validWarnings', { count: warningCount });
  const gaps = translationGaps ? gapSummary(translationGaps) : null;
  const missing = checklistMissing ? missingSummary(checklistMissing) : null;
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
      {gaps && (
        <button type="button" className="ps-link-button ps-status-translations is-warning" onClick={onShowTranslations}>
          {gaps}
        </button>
      )}
      {missing && (
        <button type="button" className="ps-link-button ps-status-translations is-warning" onClick={onShowChecklist}>
          {missing}
        </button>
      )}
    </footer>
  );
}

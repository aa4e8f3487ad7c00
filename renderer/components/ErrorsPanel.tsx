import type { ProjectError } from '../../shared/model/index.ts';
import { t } from '../i18n/t.ts';

export interface ErrorsPanelState {
  title: string;
  message: string;
  errors: ProjectError[];
  /** The file's text, when a file failed to open: shown so nothing the user had is lost from view. */
  text?: string;
}

/** Problems of a file that could not be opened or a project that could not be saved: each path with its message. */
export function ErrorsPanel({ state, onDismiss }: { state: ErrorsPanelState; onDismiss(): void }) {
  return (
    <section className="ps-errors-panel" role="alert" aria-labelledby="errors-panel-title">
      <header>
        <h2 id="errors-panel-title">{state.title}</h2>
        <button type="button" className="ps-button ps-button--small" onClick={onDismiss}>
          {t('invalidFile.dismiss')}
        </button>
      </header>
      <p>{state.message}</p>
      <ul className="ps-error-list">
        {state.errors.map((e, i) => (
          <li key={`${e.path}-${i}`}>
            <code>{e.path}</code> {e.message}
          </li>
        ))}
      </ul>
      {state.text !== undefined && (
        <label className="ps-field ps-field--wide">
          <span className="ps-label">{t('invalidFile.text')}</span>
          <textarea className="ps-file-text" readOnly value={state.text} rows={10} spellCheck={false} />
        </label>
      )}
    </section>
  );
}

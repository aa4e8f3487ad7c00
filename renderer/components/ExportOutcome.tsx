import type { ExportResult } from '../../shared/host/api.ts';
import type { Host } from '../host/host.ts';
import { t } from '../i18n/t.ts';

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * What the export dialogs (policy and redline) share below their choices:
 * the folder the files go to, progress, and the outcome (the files written,
 * each with "Show in folder", or what went wrong).
 */
export function ExportOutcome({
  host,
  folder,
  onFolderChosen,
  running,
  result,
}: {
  host: Host;
  folder: string | null;
  onFolderChosen: (folder: string | null) => void;
  running: boolean;
  result: ExportResult | null;
}) {
  return (
    <>
      <div className="ps-field ps-export-folder">
        <span className="ps-label">{t('export.folder')}</span>
        <div className="ps-folder-row">
          <code>{folder ?? t('export.folderAsk')}</code>
          {folder && (
            <button type="button" className="ps-link-button" onClick={() => onFolderChosen(null)}>
              {t('export.folderReset')}
            </button>
          )}
        </div>
      </div>
      {running && <progress className="ps-progress" aria-label={t('export.running')} />}
      <div role="status" aria-live="polite">
        {result?.ok === true && (
          <div className="ps-export-result">
            <p>{t('export.done', { count: result.files.length, folder: result.folder })}</p>
            <ul className="ps-file-list">
              {result.files.map((file) => (
                <li key={file}>
                  <span className="ps-file-name" title={file}>
                    {fileName(file)}
                  </span>
                  <button type="button" className="ps-link-button" onClick={() => void host.showInFolder(file)}>
                    {t('export.showInFolder')}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {result && result.ok === false && result.kind !== 'cancelled' && (
          <div className="ps-alert" role="alert">
            <p>{result.message}</p>
            {result.kind === 'invalid-project' && (
              <ul>
                {result.errors.map((e) => (
                  <li key={e.path}>
                    <code>{e.path}</code>: {e.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </>
  );
}

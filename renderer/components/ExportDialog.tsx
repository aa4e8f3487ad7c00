import { useState } from 'react';
import type { ExportResult } from '../../shared/host/api.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/host/requests.ts';
import type { DocumentLanguage, Project } from '../../shared/model/index.ts';
import type { Host } from '../host/host.ts';
import { t, type MessageKey } from '../i18n/t.ts';
import { Modal } from './Modal.tsx';

interface ExportDialogProps {
  host: Host;
  project: Project | null;
  languages: readonly DocumentLanguage[];
  folder: string | null;
  onFolderChosen(folder: string | null): void;
  onClose(): void;
}

/** Choose formats, languages and where to write; shows progress, then the files written. */
export function ExportDialog({ host, project, languages, folder, onFolderChosen, onClose }: ExportDialogProps) {
  const [formats, setFormats] = useState<ExportFormat[]>(['html', 'docx']);
  const [langs, setLangs] = useState<DocumentLanguage[]>([...languages]);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);

  const toggle = <T,>(list: T[], value: T, on: boolean) => (on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value));

  const handleExport = async () => {
    if (!project) return;
    setRunning(true);
    setResult(null);
    const answer = await host.exportFiles({
      project: project as unknown as Record<string, unknown>,
      langs,
      formats: EXPORT_FORMATS.filter((f) => formats.includes(f)),
      ...(folder ? { folder } : {}),
    });
    setRunning(false);
    setResult(answer);
    if (answer.ok) onFolderChosen(answer.folder);
  };

  const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

  return (
    <Modal
      title={t('export.title')}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="ps-button" onClick={onClose}>
            {t('dialog.close')}
          </button>
          <button type="button" className="ps-button ps-button--primary" disabled={!project || running || formats.length === 0 || langs.length === 0} onClick={handleExport}>
            {running ? t('export.running') : t('export.run')}
          </button>
        </>
      }
    >
      {!project && <p className="ps-field-error">{t('export.needValid')}</p>}
      <div className="ps-export-grid">
        <fieldset className="ps-field">
          <legend>{t('export.formats')}</legend>
          {EXPORT_FORMATS.map((f) => (
            <label className="ps-check" key={f}>
              <input type="checkbox" checked={formats.includes(f)} onChange={(e) => setFormats(toggle(formats, f, e.target.checked))} />
              {t(`export.format.${f}` as MessageKey)}
            </label>
          ))}
        </fieldset>
        <fieldset className="ps-field">
          <legend>{t('export.languages')}</legend>
          {languages.map((l) => (
            <label className="ps-check" key={l}>
              <input type="checkbox" checked={langs.includes(l)} onChange={(e) => setLangs(toggle(langs, l, e.target.checked))} />
              {new Intl.DisplayNames(['en'], { type: 'language' }).of(l) ?? l}
            </label>
          ))}
        </fieldset>
      </div>
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
    </Modal>
  );
}

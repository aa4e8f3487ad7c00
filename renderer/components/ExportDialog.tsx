import { useId, useState } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/formats.ts';
import { PAPER_SIZES, defaultPaperSize, type PaperSize } from '../../shared/export/html-style.ts';
import type { RiskWarning } from '../../shared/checks/types.ts';
import type { ExportResult } from '../../shared/host/api.ts';
import type { DocumentLanguage, Project } from '../../shared/model/index.ts';
import type { Host } from '../host/host.ts';
import { languageName } from '../i18n/language-names.ts';
import { t, type MessageKey } from '../i18n/t.ts';
import { Modal } from './Modal.tsx';

interface ExportDialogProps {
  host: Host;
  project: Project | null;
  /** Risk warnings: exporting is allowed, but the user sees what to look at first. */
  warnings?: readonly RiskWarning[];
  languages: readonly DocumentLanguage[];
  folder: string | null;
  onFolderChosen(folder: string | null): void;
  onClose(): void;
}

/** The label of each format, in the order of `EXPORT_FORMATS` (the CLI's list). */
const FORMAT_LABELS: Record<ExportFormat, MessageKey> = {
  html: 'export.format.html',
  fragment: 'export.format.fragment',
  md: 'export.format.md',
  docx: 'export.format.docx',
  pdf: 'export.format.pdf',
};

const PAPER_LABELS: Record<PaperSize, MessageKey> = { A4: 'export.paper.A4', Letter: 'export.paper.Letter' };

/**
 * Choose formats, languages, the PDF paper size and where to write; shows
 * progress, then the files written. The paper starts as the CLI's default:
 * Letter for a company in the US, Canada and other Letter countries, A4 elsewhere.
 */
export function ExportDialog({ host, project, warnings = [], languages, folder, onFolderChosen, onClose }: ExportDialogProps) {
  const [formats, setFormats] = useState<ExportFormat[]>(['html', 'docx']);
  const [langs, setLangs] = useState<DocumentLanguage[]>([...languages]);
  const [paper, setPaper] = useState<PaperSize>(() => (project ? defaultPaperSize(project.company.address.country) : 'A4'));
  const paperId = useId();
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
      ...(formats.includes('pdf') ? { paper } : {}),
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
      {project && warnings.length > 0 && (
        <div className="ps-warning-box" role="note">
          <p>{warnings.length === 1 ? t('warnings.one') : t('warnings.count', { count: warnings.length })}</p>
          <ul>
            {warnings.map((w, i) => (
              <li key={`${w.path}-${i}`}>
                <code>{w.path}</code> {w.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="ps-export-grid">
        <fieldset className="ps-field">
          <legend>{t('export.formats')}</legend>
          {EXPORT_FORMATS.map((f) => (
            <label className="ps-check" key={f}>
              <input type="checkbox" checked={formats.includes(f)} onChange={(e) => setFormats(toggle(formats, f, e.target.checked))} />
              {t(FORMAT_LABELS[f])}
            </label>
          ))}
        </fieldset>
        <fieldset className="ps-field">
          <legend>{t('export.languages')}</legend>
          {languages.map((l) => (
            <label className="ps-check" key={l}>
              <input type="checkbox" checked={langs.includes(l)} onChange={(e) => setLangs(toggle(langs, l, e.target.checked))} />
              <span lang={l}>{languageName(l)}</span>
            </label>
          ))}
        </fieldset>
      </div>
      {formats.includes('pdf') && (
        <div className="ps-field ps-export-paper">
          <label htmlFor={paperId}>{t('export.paper')}</label>
          <select id={paperId} value={paper} onChange={(e) => setPaper(PAPER_SIZES.find((p) => p === e.target.value) ?? 'A4')}>
            {PAPER_SIZES.map((p) => (
              <option key={p} value={p}>
                {t(PAPER_LABELS[p])}
              </option>
            ))}
          </select>
        </div>
      )}
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

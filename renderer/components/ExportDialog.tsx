import { useId, useMemo, useState } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/formats.ts';
import { PAPER_SIZES, defaultPaperSize, type PaperSize } from '../../shared/export/html-style.ts';
import type { Checklist } from '../../shared/checks/checklist.ts';
import type { RiskWarning } from '../../shared/checks/types.ts';
import type { ExportResult } from '../../shared/host/api.ts';
import type { DocumentLanguage, Project } from '../../shared/model/index.ts';
import type { Host } from '../host/host.ts';
import { languageName } from '../i18n/language-names.ts';
import { t, type MessageKey } from '../i18n/t.ts';
import { gapsByLanguage } from '../translations/rows.ts';
import { lawCount } from './ChecklistPanel.tsx';
import { ExportOutcome } from './ExportOutcome.tsx';
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
  /** Closes the dialog and opens the translation view on what needs work. */
  onShowTranslations?(): void;
  /** The checklist of the document shown (its language is `checklist.lang`): missing items are counted, and asked about before exporting. */
  checklist?: Checklist | null;
  /** Closes the dialog and shows the checklist beside the document. */
  onShowChecklist?(): void;
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
export function ExportDialog({ host, project, warnings = [], languages, folder, onFolderChosen, onClose, onShowTranslations, checklist, onShowChecklist }: ExportDialogProps) {
  const [formats, setFormats] = useState<ExportFormat[]>(['html', 'docx']);
  const [langs, setLangs] = useState<DocumentLanguage[]>([...languages]);
  const [paper, setPaper] = useState<PaperSize>(() => (project ? defaultPaperSize(project.company.address.country) : 'A4'));
  const paperId = useId();
  const gapsId = useId();
  const [disclosureIndex, setDisclosureIndex] = useState(false);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);

  const toggle = <T,>(list: T[], value: T, on: boolean) => (on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value));
  // Texts the chosen languages cannot show in their own language: listed, and asked about before exporting (the document would mix languages).
  const gaps = useMemo(() => (project ? gapsByLanguage(project, langs) : []), [project, langs]);
  const [asking, setAsking] = useState(false);
  // A policy that lacks what a law requires it to state is asked about too: exporting it is allowed, not silent.
  const missing = project && checklist ? checklist.missing : 0;
  const checklistId = useId();

  const handleExport = async (anyway = false) => {
    if (!project) return;
    if ((gaps.length > 0 || missing > 0) && !anyway) {
      setAsking(true);
      return;
    }
    setAsking(false);
    setRunning(true);
    setResult(null);
    const answer = await host.exportFiles({
      project: project as unknown as Record<string, unknown>,
      langs,
      formats: EXPORT_FORMATS.filter((f) => formats.includes(f)),
      ...(formats.includes('pdf') ? { paper } : {}),
      ...(folder ? { folder } : {}),
      ...(disclosureIndex ? { disclosureIndex: true } : {}),
    });
    setRunning(false);
    setResult(answer);
    if (answer.ok) onFolderChosen(answer.folder);
  };


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
          <button type="button" className="ps-button ps-button--primary" disabled={!project || running || formats.length === 0 || langs.length === 0} onClick={() => void handleExport()}>
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
      {project && checklist && missing > 0 && (
        <div className="ps-warning-box ps-export-checklist" role="note" aria-labelledby={checklistId}>
          <p id={checklistId}>
            {missing === 1 ? t('checklist.missingOne') : t('checklist.missingCount', { count: missing })} ({languageName(checklist.lang as DocumentLanguage)})
          </p>
          <ul>
            {checklist.laws
              .filter((law) => law.missing > 0)
              .map((law) => (
                <li key={law.law}>{lawCount(law)}</li>
              ))}
          </ul>
        </div>
      )}
      {project && gaps.length > 0 && (
        <div className="ps-warning-box ps-export-gaps" role="note" aria-labelledby={gapsId}>
          <p id={gapsId}>{t('export.gapsTitle')}</p>
          {gaps.map((group) => (
            <section key={group.lang} aria-label={languageName(group.lang)}>
              <h3 lang={group.lang}>
                {languageName(group.lang)}: {gapCounts(group.gaps)}
              </h3>
              <ul>
                {group.gaps.map((g) => (
                  <li key={g.path}>
                    {g.label} <code>{g.path}</code> — {t(g.state === 'missing' ? 'export.gapMissing' : 'export.gapStale')}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
      {asking && (gaps.length > 0 || missing > 0) && (
        <div className="ps-alert ps-export-ask" role="alert">
          {missing > 0 && checklist && <p>{t(missing === 1 ? 'checklist.exportAskOne' : 'checklist.exportAsk', { count: missing, language: languageName(checklist.lang as DocumentLanguage) })}</p>}
          {gaps.length > 0 && <p>{t('export.gapsAsk', { count: gaps.reduce((n, g) => n + g.gaps.length, 0) })}</p>}
          <div className="ps-notice-actions">
            <button type="button" className="ps-button ps-button--small" onClick={() => void handleExport(true)}>
              {t('export.anyway')}
            </button>
            {missing > 0 && onShowChecklist && (
              <button type="button" className="ps-button ps-button--small" onClick={onShowChecklist}>
                {t('checklist.exportShow')}
              </button>
            )}
            {gaps.length > 0 && onShowTranslations && (
              <button type="button" className="ps-button ps-button--small ps-button--primary" onClick={onShowTranslations}>
                {t('export.translateFirst')}
              </button>
            )}
          </div>
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
              <input
                type="checkbox"
                checked={langs.includes(l)}
                onChange={(e) => {
                  setLangs(toggle(langs, l, e.target.checked));
                  setAsking(false);
                }}
              />
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
      <label className="ps-check ps-export-index">
        <input type="checkbox" checked={disclosureIndex} onChange={(e) => setDisclosureIndex(e.target.checked)} />
        {t('export.disclosureIndex')}
      </label>
      <p className="ps-field-hint">{t('export.disclosureIndexHint')}</p>
      <ExportOutcome host={host} folder={folder} onFolderChosen={onFolderChosen} running={running} result={result} />
    </Modal>
  );
}

/** "2 missing, 1 out of date" for one language's gaps. */
function gapCounts(gaps: readonly { state: 'missing' | 'stale' }[]): string {
  const missing = gaps.filter((g) => g.state === 'missing').length;
  const stale = gaps.length - missing;
  return [missing > 0 ? t('export.countMissing', { count: missing }) : null, stale > 0 ? t('export.countStale', { count: stale }) : null].filter(Boolean).join(', ');
}

import { useMemo, useState } from 'react';
import type { ExportResult } from '../../../shared/host/api.ts';
import { REDLINE_FORMATS } from '../../../shared/host/requests.ts';
import type { DocumentLanguage, Project } from '../../../shared/model/index.ts';
import type { Host } from '../../host/host.ts';
import { languageName } from '../../i18n/language-names.ts';
import { t, type MessageKey } from '../../i18n/t.ts';
import type { CompareSelection } from '../../state/version-compare.ts';
import { gapsByLanguage } from '../../translations/rows.ts';
import { ExportOutcome } from '../ExportOutcome.tsx';
import { Modal } from '../Modal.tsx';

type RedlineFormat = (typeof REDLINE_FORMATS)[number];

const FORMAT_LABELS: Record<RedlineFormat, MessageKey> = { docx: 'versions.export.docx', html: 'versions.export.html' };

export interface ExportRedlineDialogProps {
  host: Host;
  /** The valid project with its versions; the host reads both sides from it. */
  project: Project;
  selection: CompareSelection;
  languages: readonly DocumentLanguage[];
  /** The folder the last export wrote to (shared with Export…), and where this one went. */
  folder: string | null;
  onFolderChosen(folder: string | null): void;
  onClose(): void;
}

/** "Export redline…": the comparison on screen as Word with tracked changes and as HTML, through the host's export (the CLI's `export --compare`). */
export function ExportRedlineDialog({ host, project, selection, languages, folder, onFolderChosen, onClose }: ExportRedlineDialogProps) {
  const [formats, setFormats] = useState<RedlineFormat[]>(['docx', 'html']);
  const [langs, setLangs] = useState<DocumentLanguage[]>([...languages]);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);
  // Texts of the working copy not in their document's language: the redline would show them in another one, as the policy would.
  const gaps = useMemo(() => (selection.to === 'working' || selection.from === 'working' ? gapsByLanguage(project, langs).filter((g) => g.gaps.length > 0) : []), [project, langs, selection]);
  const toggle = <T,>(list: T[], value: T, on: boolean) => (on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value));

  const handleExport = async () => {
    setRunning(true);
    setResult(null);
    const answer = await host.exportFiles({
      project: project as unknown as Record<string, unknown>,
      langs: languages.filter((l) => langs.includes(l)),
      formats: REDLINE_FORMATS.filter((f) => formats.includes(f)),
      compare: selection,
      ...(folder ? { folder } : {}),
    });
    setRunning(false);
    setResult(answer);
    if (answer.ok) onFolderChosen(answer.folder);
  };

  const side = (ref: string) => (ref === 'working' ? t('versions.compare.working') : ref);

  return (
    <Modal
      title={t('versions.export.title')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="ps-button" onClick={onClose}>
            {t('dialog.close')}
          </button>
          <button type="button" className="ps-button ps-button--primary" disabled={running || formats.length === 0 || langs.length === 0} onClick={() => void handleExport()}>
            {running ? t('export.running') : t('versions.export.run')}
          </button>
        </>
      }
    >
      <p>{t('versions.export.intro', { from: side(selection.from), to: side(selection.to) })}</p>
      {gaps.length > 0 && (
        <div className="ps-warning-box" role="note">
          {gaps.map((g) => (
            <p key={g.lang}>{t('versions.export.gaps', { language: languageName(g.lang), count: g.gaps.length })}</p>
          ))}
        </div>
      )}
      <div className="ps-export-grid">
        <fieldset className="ps-field">
          <legend>{t('versions.export.formats')}</legend>
          {REDLINE_FORMATS.map((f) => (
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
      <ExportOutcome host={host} folder={folder} onFolderChosen={onFolderChosen} running={running} result={result} />
    </Modal>
  );
}

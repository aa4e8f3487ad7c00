import { useId, useMemo } from 'react';
import type { DocumentLanguage, Project } from '../../../shared/model/index.ts';
import type { PipelineEnv } from '../../../shared/pipeline.ts';
import type { ChangeKind, PublishedVersion, VersionProblem } from '../../../shared/versions/api.ts';
import { versionMessageLanguage } from '../../../shared/versions/messages.ts';
import { t, uiLanguage, type MessageKey } from '../../i18n/t.ts';
import { compareVersions, pickableVersions, type CompareSelection } from '../../state/version-compare.ts';
import { RedlinePane } from './RedlinePane.tsx';

export interface CompareViewProps {
  /** The project being edited, with its published versions. */
  project: Project;
  /** The same project validated, for the working copy side; null while a field is invalid. */
  working: Project | null;
  selection: CompareSelection;
  onSelect(selection: CompareSelection): void;
  /** The document language the redline and the facts diff are shown in (the toolbar's switch). */
  lang: DocumentLanguage;
  env: PipelineEnv;
  problems: readonly VersionProblem[];
  onExport(): void;
  onClose(): void;
  /** With nothing published, the view offers to publish. */
  onPublish(): void;
}

const CHANGE_LABELS: Record<ChangeKind, MessageKey> = { added: 'versions.change.added', removed: 'versions.change.removed', changed: 'versions.change.changed' };

/** "v2 · 2025-03-01 · sent to the lawyer" in the version pickers. */
export function versionLabel(version: PublishedVersion): string {
  return version.note ? t('versions.optionNote', { id: version.id, date: version.date, note: version.note }) : t('versions.option', { id: version.id, date: version.date });
}

/** The name of one side in headings: the version id, or "Working copy". */
function sideName(ref: string): string {
  return ref === 'working' ? t('versions.compare.working') : ref;
}

/**
 * Compare, in place of the form and the editor: which two states (two
 * published versions, or one and the working copy), what changed in the
 * facts in plain words, and the document's redline beside it, read-only.
 */
export function CompareView({ project, working, selection, onSelect, lang, env, problems, onExport, onClose, onPublish }: CompareViewProps) {
  const id = useId();
  const versions = useMemo(() => pickableVersions(project), [project]);
  const untrusted = useMemo(() => new Set(problems.map((p) => p.id)), [problems]);
  const same = selection.from === selection.to;
  const comparison = useMemo(() => (versions.length === 0 || same ? null : compareVersions(project, working, selection, lang, env)), [versions.length, same, project, working, selection, lang, env]);
  const heading = t('versions.compare.heading', { from: sideName(selection.from), to: sideName(selection.to) });

  const picker = (side: 'from' | 'to', label: MessageKey) => (
    <label htmlFor={`${id}-${side}`}>
      {t(label)}
      <select id={`${id}-${side}`} value={selection[side]} onChange={(e) => onSelect({ ...selection, [side]: e.target.value })}>
        <option value="working">{t('versions.compare.working')}</option>
        {versions.map((v) => (
          <option key={v.id} value={v.id} disabled={untrusted.has(v.id)}>
            {versionLabel(v)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <main className="ps-main ps-main--compare">
      <div className="ps-form-pane" role="region" aria-label={t('versions.compare.region')}>
        <div className="ps-compare">
          <div className="ps-compare-head">
            <h2>{versions.length === 0 ? t('versions.compare.title') : heading}</h2>
            {versions.length > 0 && (
              <div className="ps-compare-pick">
                {picker('from', 'versions.compare.from')}
                {picker('to', 'versions.compare.to')}
              </div>
            )}
            <div className="ps-compare-actions">
              <button type="button" className="ps-button" onClick={onClose}>
                {t('versions.compare.close')}
              </button>
              {versions.length === 0 ? (
                <button type="button" className="ps-button ps-button--primary" onClick={onPublish}>
                  {t('toolbar.publish')}
                </button>
              ) : (
                <button type="button" className="ps-button ps-button--primary" disabled={!comparison?.ok} onClick={onExport}>
                  {t('versions.compare.export')}
                </button>
              )}
            </div>
          </div>
          <div className="ps-compare-body">
            {problems.length > 0 && (
              <div className="ps-warning-box" role="note">
                {problems.map((p) => (
                  <p key={p.id}>{t('versions.untrusted', { id: p.id })}</p>
                ))}
              </div>
            )}
            {versions.length === 0 ? (
              <p className="ps-empty">{t('versions.compare.none')}</p>
            ) : same ? (
              <p className="ps-empty">{t('versions.compare.same')}</p>
            ) : comparison && !comparison.ok ? (
              <p className="ps-alert" role="alert">
                {t('versions.compare.failed', { message: comparison.message })}
              </p>
            ) : comparison ? (
              <section aria-labelledby={`${id}-facts`}>
                <h3 id={`${id}-facts`}>{t('versions.compare.facts')}</h3>
                {comparison.lines.length === 0 ? (
                  <p className="ps-publish-hint">{t('versions.compare.noFacts')}</p>
                ) : (
                  <ul className="ps-facts-diff" lang={versionMessageLanguage(lang)}>
                    {comparison.lines.map((line, i) => (
                      <li key={`${i}-${line.text}`} data-change={line.change}>
                        <span className="ps-change-badge" data-change={line.change} lang={uiLanguage()}>
                          {t(CHANGE_LABELS[line.change])}
                        </span>
                        <span>{line.text}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ) : null}
          </div>
        </div>
      </div>
      <div className="ps-doc-pane" role="region" aria-label={t('doc.label')}>
        {comparison?.ok ? <RedlinePane document={comparison.redline} label={heading} /> : <p className="ps-empty">{versions.length === 0 ? '' : t('doc.waiting')}</p>}
      </div>
    </main>
  );
}

import { useEffect, useId, useState, type RefObject } from 'react';
import type { LawChecklist, MissingItem } from '../../shared/checks/checklist.ts';
import { t } from '../i18n/t.ts';
import type { LiveChecklist } from '../state/use-checklist.ts';
import { renderSectionsFor } from './form/FormSection.tsx';
import { FOCUSABLE } from './focusable.ts';

export interface ChecklistPanelProps {
  live: LiveChecklist | null;
  /** A missing item was chosen: open the form at `path` and focus the field. */
  onGoTo(path: string): void;
  onClose(): void;
}

/** "GDPR (EU): 15/16": the law, and how many of the items that apply to this project the document states. */
export function lawCount(law: LawChecklist): string {
  return t('checklist.lawCount', { law: `${law.shortName} (${law.law})`, stated: law.stated, required: law.required });
}

/** "2 required items missing", or null when every item is stated. */
export function missingSummary(missing: number): string | null {
  if (missing === 0) return null;
  return missing === 1 ? t('checklist.missingOne') : t('checklist.missingCount', { count: missing });
}

function MissingEntry({ item, onGoTo }: { item: MissingItem; onGoTo(path: string): void }) {
  const what = (
    <>
      <span className="ps-checklist-article">{item.article}</span> {item.description}
    </>
  );
  return (
    <li className="ps-checklist-missing">
      {item.path ? (
        <button type="button" className="ps-checklist-goto" title={t('checklist.goTo', { path: item.path })} onClick={() => onGoTo(item.path!)}>
          {what}
        </button>
      ) : (
        <span className="ps-checklist-nofield">{what}</span>
      )}
      <span className="ps-checklist-enter">
        {item.removedIn ? `${t('checklist.removedIn', { section: item.removedIn })} ` : ''}
        {item.enter}
      </span>
    </li>
  );
}

function LawEntry({ law, onGoTo }: { law: LawChecklist; onGoTo(path: string): void }) {
  const headingId = useId();
  const missing = law.items.filter((i): i is MissingItem => i.status === 'missing');
  const rest = law.items.filter((i) => i.status !== 'missing');
  return (
    <section className={`ps-checklist-law${law.missing > 0 ? ' has-missing' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId} title={law.officialName}>
        {lawCount(law)}
      </h3>
      {missing.length > 0 && (
        <ul className="ps-checklist-list" aria-label={t('checklist.missingLabel')}>
          {missing.map((item) => (
            <MissingEntry key={item.id} item={item} onGoTo={onGoTo} />
          ))}
        </ul>
      )}
      {rest.length > 0 && (
        <details className="ps-checklist-rest">
          <summary>{t('checklist.others', { stated: law.stated, na: rest.length - law.stated })}</summary>
          <ul className="ps-checklist-list">
            {rest.map((item) => (
              <li key={item.id} className={item.status === 'stated' ? 'is-stated' : 'is-na'}>
                <span className="ps-checklist-article">{item.article}</span> {item.description}
                <span className="ps-checklist-enter">{item.status === 'stated' ? t('checklist.stated') : `${t('checklist.notApplicable')}: ${item.why}`}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/**
 * Beside the document: for each selected law, how many of the items it
 * requires a notice to state this document states, and each missing one as
 * a button that opens the form at the field that supplies it.
 */
export function ChecklistPanel({ live, onGoTo, onClose }: ChecklistPanelProps) {
  const titleId = useId();
  return (
    <aside className="ps-checklist" aria-labelledby={titleId}>
      <div className="ps-checklist-head">
        <h2 id={titleId}>{t('checklist.title')}</h2>
        <button type="button" className="ps-link-button" onClick={onClose} aria-label={t('checklist.close')}>
          ×
        </button>
      </div>
      {!live ? (
        <p className="ps-empty">{t('checklist.waiting')}</p>
      ) : (
        <div className="ps-checklist-body">
          <p className={live.checklist.missing > 0 ? 'ps-checklist-summary is-warning' : 'ps-checklist-summary is-ok'} role="status">
            {missingSummary(live.checklist.missing) ?? t('checklist.complete')}
          </p>
          {live.stale && <p className="ps-field-hint">{t('checklist.stale')}</p>}
          {live.checklist.laws.length === 0 && <p className="ps-empty">{t('checklist.noLaws')}</p>}
          {live.checklist.laws.map((law) => (
            <LawEntry key={law.law} law={law} onGoTo={onGoTo} />
          ))}
        </div>
      )}
    </aside>
  );
}

/** The field `path` names, or the nearest one that holds it (a card, a table, the first field under it). */
export function fieldAt(root: ParentNode, path: string): HTMLElement | null {
  for (let at: string | null = path; at; at = parentPath(at)) {
    const quoted = at.replace(/["\\]/g, '\\$&');
    const found =
      root.querySelector<HTMLElement>(`[data-path="${quoted}"], [data-table="${quoted}"]`) ??
      root.querySelector<HTMLElement>(`[data-path^="${quoted}."], [data-path^="${quoted}["]`);
    if (found) return found;
  }
  return null;
}

/** `activities[0].retention` → `activities[0]` → `activities` → null. */
export function parentPath(path: string): string | null {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut > 0 ? path.slice(0, cut) : null;
}

/** Scrolls the field at `path` into view and focuses its control; false when the form shows nothing for it. */
export function focusFieldAt(root: ParentNode, path: string): boolean {
  // A long section of a large project may still be waiting to render its fields.
  renderSectionsFor(root, path);
  const field = fieldAt(root, path);
  if (!field) return false;
  field.scrollIntoView?.({ block: 'center' });
  const control = field.matches(FOCUSABLE) ? field : field.querySelector<HTMLElement>(FOCUSABLE);
  (control ?? field).focus();
  return true;
}

/**
 * "Go to field": shows the form (it may be behind the translation view),
 * then, once it has rendered, focuses the field under `root`.
 */
export function useGoToField(root: RefObject<HTMLElement | null>, showForm?: () => void): (path: string) => void {
  const [request, setRequest] = useState<{ path: string; n: number } | null>(null);
  useEffect(() => {
    if (request && root.current) focusFieldAt(root.current, request.path);
  }, [request, root]);
  return (path) => {
    showForm?.();
    setRequest((r) => ({ path, n: (r?.n ?? 0) + 1 }));
  };
}

import { useId, useMemo, useState } from 'react';
import { applyDiscovery } from '../../shared/discovery/apply.ts';
import { compareWithProject, type DiscoveryRow } from '../../shared/discovery/compare.ts';
import { rowDuration } from '../../shared/discovery/to-cookie.ts';
import type { FindCookiesResult } from '../../shared/host/api.ts';
import { formatCookieDuration } from '../../shared/library/duration.ts';
import type { Project } from '../../shared/model/index.ts';
import { COOKIE_CATEGORIES, type CookieCategory } from '../../shared/model/schema.ts';
import type { Host } from '../host/host.ts';
import { t } from '../i18n/t.ts';
import { libraryProblem, loadLibrary, useLibrary } from '../state/library.ts';
import { Modal } from './Modal.tsx';

export interface CookieDiscoveryProps {
  host: Host;
  project: Project;
  /** Records an edit in the project history: adding the chosen rows is one step, undone with Undo. */
  update(key: string, edit: (project: Project) => Project): void;
  onClose(): void;
}

type Found = Extract<FindCookiesResult, { ok: true }>;

/** What the review starts with ticked: new cookies the library knows; an unknown one waits for its category, a row no longer seen for the person. */
function initialChoices(rows: readonly DiscoveryRow[]): Map<number, CookieCategory | undefined> {
  const add = new Map<number, CookieCategory | undefined>();
  rows.forEach((row, i) => {
    if (row.status === 'new' && row.match) add.set(i, undefined);
  });
  return add;
}

/**
 * "Find cookies": reads a HAR file or a scanner's CSV (the host's open
 * dialog chooses it), or scans a site, then lists what was found against the
 * project's cookies table: new (ticked when the library knows it), already
 * listed, or listed but no longer seen (tick to remove). "Apply" makes one
 * edit of the chosen rows, which Undo takes back.
 */
export function CookieDiscovery({ host, project, update, onClose }: CookieDiscoveryProps) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState<'file' | 'scan' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  /** Cookies found while the library could not be loaded, to compare once it is. */
  const [unmatched, setUnmatched] = useState<Found | null>(null);
  const [found, setFound] = useState<Found | null>(null);
  // The library names the cookies it knows; it loads with the dialog, and `take` waits for it.
  const library = useLibrary(true);
  const rows = useMemo(() => (found && library ? compareWithProject(found.found, project.cookies, library.cookies) : []), [found, project.cookies, library]);
  const [add, setAdd] = useState<Map<number, CookieCategory | undefined>>(new Map());
  const [remove, setRemove] = useState<Set<number>>(new Set());

  async function take(result: FindCookiesResult) {
    if (result.ok) {
      const known = await loadLibrary().then(
        (library) => library.cookies,
        () => null,
      );
      if (known === null) {
        // What was found is kept, so "Try again" need not read the file or scan the site again.
        setUnmatched(result);
        setProblem(libraryProblem());
        return;
      }
      setUnmatched(null);
      setFound(result);
      setProblem(null);
      const next = compareWithProject(result.found, project.cookies, known);
      setAdd(initialChoices(next));
      setRemove(new Set());
    } else if (result.kind !== 'cancelled') setProblem(result.message);
  }

  async function retry(result: Found) {
    setBusy('file');
    setProblem(null);
    try {
      await take(result);
    } finally {
      setBusy(null);
    }
  }

  async function handleFile() {
    setBusy('file');
    try {
      await take(await host.importCookies());
    } finally {
      setBusy(null);
    }
  }

  async function handleScan() {
    setBusy('scan');
    setProblem(null);
    try {
      await take(await host.scanCookies(url.trim()));
    } finally {
      setBusy(null);
    }
  }

  function handleApply() {
    update(`cookie-discovery:${Date.now()}`, (p) => applyDiscovery(p, compareWithProject(found?.found ?? [], p.cookies, library?.cookies ?? []), { add, remove }));
    onClose();
  }

  const toggleAdd = (i: number, on: boolean, category?: CookieCategory) =>
    setAdd((prev) => {
      const next = new Map(prev);
      if (on) next.set(i, category ?? prev.get(i));
      else next.delete(i);
      return next;
    });
  const toggleRemove = (i: number, on: boolean) =>
    setRemove((prev) => {
      const next = new Set(prev);
      if (on) next.add(i);
      else next.delete(i);
      return next;
    });
  const [unknownCategory, setUnknownCategory] = useState<Map<number, CookieCategory>>(new Map());

  const canScan = busy === null && url.trim() !== '';
  const counts = { new: rows.filter((r) => r.status === 'new').length, listed: rows.filter((r) => r.status === 'listed').length, gone: rows.filter((r) => r.status === 'gone').length };
  const footer = found ? (
    <>
      <button type="button" className="ps-button" onClick={() => setFound(null)}>
        {t('cookieDiscovery.back')}
      </button>
      <button type="button" className="ps-button" onClick={onClose}>
        {t('dialog.cancel')}
      </button>
      <button type="button" className="ps-button ps-button--primary" disabled={add.size === 0 && remove.size === 0} onClick={handleApply}>
        {t('cookieDiscovery.apply', { add: add.size, remove: remove.size })}
      </button>
    </>
  ) : (
    <button type="button" className="ps-button" onClick={onClose}>
      {t('dialog.cancel')}
    </button>
  );

  return (
    <Modal title={t('cookieDiscovery.title')} onClose={onClose} footer={footer} wide>
      {problem && (
        <p className="ps-alert" role="alert">
          {problem}
          {unmatched && (
            <>
              {' '}
              <button type="button" className="ps-button" disabled={busy !== null} onClick={() => void retry(unmatched)}>
                {t('library.retry')}
              </button>
            </>
          )}
        </p>
      )}
      {!found ? (
        <div className="ps-discovery-start">
          <section aria-labelledby={`${id}-file`}>
            <h3 id={`${id}-file`}>{t('cookieDiscovery.fromFile')}</h3>
            <p className="ps-hint">{t('cookieDiscovery.fromFileHint')}</p>
            <button type="button" className="ps-button" disabled={busy !== null} onClick={() => void handleFile()}>
              {t('cookieDiscovery.chooseFile')}
            </button>
          </section>
          <section aria-labelledby={`${id}-scan`}>
            <h3 id={`${id}-scan`}>{t('cookieDiscovery.scan')}</h3>
            <p className="ps-hint">{t('cookieDiscovery.scanHint')}</p>
            <div className="ps-discovery-scan">
              <label htmlFor={`${id}-url`}>{t('cookieDiscovery.address')}</label>
              <input
                id={`${id}-url`}
                type="url"
                inputMode="url"
                placeholder="https://www.example.com/"
                value={url}
                onChange={(e) => setUrl(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && canScan) {
                    e.preventDefault();
                    void handleScan();
                  }
                }}
                disabled={busy !== null}
              />
              <button type="button" className="ps-button ps-button--primary" disabled={!canScan} onClick={() => void handleScan()}>
                {t('cookieDiscovery.scanButton')}
              </button>
            </div>
          </section>
          <p role="status" aria-live="polite" className="ps-hint">
            {busy === 'scan' ? t('cookieDiscovery.scanning') : busy === 'file' ? t('cookieDiscovery.reading') : ''}
          </p>
        </div>
      ) : (
        <>
          <p role="status">{t('cookieDiscovery.summary', { found: counts.new + counts.listed, site: found.site ?? found.source, source: found.source, new: counts.new, listed: counts.listed, gone: counts.gone })}</p>
          <div className="ps-table-scroll ps-discovery-rows">
            <table className="ps-table" data-table="discovery">
              <thead>
                <tr>
                  <th scope="col" data-col="pick">
                    <span className="ps-visually-hidden">{t('cookieDiscovery.pick')}</span>
                  </th>
                  <th scope="col">{t('col.name')}</th>
                  <th scope="col">{t('cookieDiscovery.domain')}</th>
                  <th scope="col">{t('col.party')}</th>
                  <th scope="col">{t('col.category')}</th>
                  <th scope="col">{t('col.provider')}</th>
                  <th scope="col">{t('col.duration')}</th>
                  <th scope="col">{t('cookieDiscovery.status')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => (
                  <DiscoveryRowView
                    key={i}
                    row={row}
                    checked={row.status === 'gone' ? remove.has(i) : add.has(i)}
                    category={row.status === 'new' && !row.match ? unknownCategory.get(i) : undefined}
                    onCheck={(on) => (row.status === 'gone' ? toggleRemove(i, on) : toggleAdd(i, on, row.status === 'new' && !row.match ? unknownCategory.get(i) : undefined))}
                    onCategory={(category) => {
                      setUnknownCategory((prev) => new Map(prev).set(i, category));
                      toggleAdd(i, true, category);
                    }}
                  />
                ))}
              </tbody>
            </table>
          </div>
          <p className="ps-hint">{t('cookieDiscovery.reviewHint')}</p>
        </>
      )}
    </Modal>
  );
}

function DiscoveryRowView({ row, checked, category, onCheck, onCategory }: { row: DiscoveryRow; checked: boolean; category?: CookieCategory; onCheck(on: boolean): void; onCategory(category: CookieCategory): void }) {
  if (row.status === 'gone') {
    const { listed } = row;
    return (
      <tr data-status="gone">
        <td>
          <input type="checkbox" checked={checked} onChange={(e) => onCheck(e.target.checked)} aria-label={t('cookieDiscovery.removeRow', { name: listed.name })} />
        </td>
        <td>{listed.name}</td>
        <td>—</td>
        <td>{t(`party.${listed.party}`)}</td>
        <td>{t(`cookieCategory.${listed.category}`).split(' — ')[0]}</td>
        <td>{listed.provider}</td>
        <td>—</td>
        <td>{t('cookieDiscovery.statusGone')}</td>
      </tr>
    );
  }
  const { found, match } = row;
  const duration = rowDuration(row);
  const unknown = row.status === 'new' && !match;
  const name = found.storage === 'local-storage' ? `${found.name} ${t('cookieDiscovery.localStorage')}` : found.name;
  return (
    <tr data-status={row.status}>
      <td>
        {row.status === 'new' && <input type="checkbox" checked={checked} disabled={unknown && category === undefined} onChange={(e) => onCheck(e.target.checked)} aria-label={t('cookieDiscovery.addRow', { name: found.name })} />}
      </td>
      <td>{name}</td>
      <td>{found.domain}</td>
      <td>{t(`party.${found.party}`)}</td>
      <td>
        {match ? (
          t(`cookieCategory.${match.category}`).split(' — ')[0]
        ) : unknown ? (
          <select aria-label={t('cookieDiscovery.categoryFor', { name: found.name })} value={category ?? ''} onChange={(e) => onCategory(e.target.value as CookieCategory)}>
            <option value="" disabled>
              {t('cookieDiscovery.chooseCategory')}
            </option>
            {COOKIE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`cookieCategory.${c}`).split(' — ')[0]}
              </option>
            ))}
          </select>
        ) : (
          '—'
        )}
      </td>
      <td>{match ? match.provider : t('cookieDiscovery.notInLibrary')}</td>
      <td>{duration ? formatCookieDuration(duration, 'en') : '—'}</td>
      <td>{row.status === 'listed' ? t('cookieDiscovery.statusListed') : t('cookieDiscovery.statusNew')}</td>
    </tr>
  );
}

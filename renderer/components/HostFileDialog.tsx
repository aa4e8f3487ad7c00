import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { HostFolderEntry } from '../../shared/host/host-file-dialog.ts';
import type { Host } from '../host/host.ts';
import { hostFileDialogs, type HostDialogSession } from '../host/http-host.ts';
import { t } from '../i18n/t.ts';
import { ArrowUpIcon } from './icons.tsx';

/**
 * The browser host's open, save and export-folder dialog, shown in the page
 * because a browser has no native dialog over the host's files. Renders
 * nothing in the desktop app (native dialogs) or while no dialog is asked.
 */
export function HostFileDialog({ host }: { host: Host }) {
  const dialogs = useMemo(() => hostFileDialogs(host), [host]);
  const [session, setSession] = useState<HostDialogSession | null>(null);
  useEffect(() => dialogs?.subscribe(setSession), [dialogs]);
  if (session === null) return null;
  return <FileDialogView key={session.request.id} session={session} />;
}

type Listing = { state: 'loading' } | { state: 'ready'; entries: HostFolderEntry[] } | { state: 'failed'; message: string };

/** Dates and sizes in the person's own locale (the browser's), as a file manager shows them. */
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const sizeFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** A file size as a file manager shows it: bytes, kB or MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${sizeFormat.format(bytes)} B`;
  if (bytes < 1_000_000) return `${sizeFormat.format(bytes / 1000)} kB`;
  return `${sizeFormat.format(bytes / 1_000_000)} MB`;
}

/** A folder or a document, drawn like `icons.tsx` (an emoji glyph is missing from many systems' fonts). */
function EntryIcon({ kind }: { kind: HostFolderEntry['kind'] }) {
  const d = kind === 'folder' ? 'M1.5 4.5v8h13v-6.5h-7l-1.5-1.5h-4.5z' : 'M3.5 1.5h6l3 3v10h-9zM9.5 1.5v3h3';
  return (
    <svg className="ps-hostfiles-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round">
      <path d={d} />
    </svg>
  );
}

const parentOf = (dir: string) => dir.split('/').slice(0, -1).join('/');
const childOf = (dir: string, name: string) => (dir === '' ? name : `${dir}/${name}`);

function FileDialogView({ session }: { session: HostDialogSession }) {
  const { request } = session;
  const id = useId();
  const [dir, setDir] = useState(request.startDir);
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const [active, setActive] = useState(-1);
  const [name, setName] = useState(request.suggestedName ?? '');
  const [error, setError] = useState<string | null>(null);
  const [replacing, setReplacing] = useState<{ name: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const replaceRef = useRef<HTMLButtonElement>(null);
  // The folder just left by going up, to select it in the folder above, as file managers do.
  const cameFrom = useRef<string | null>(null);
  const goUp = () => {
    cameFrom.current = dir.split('/').pop() ?? null;
    setDir(parentOf(dir));
  };

  useEffect(() => {
    let current = true;
    setListing({ state: 'loading' });
    void session.list(dir).then((result) => {
      if (!current) return;
      if (result.ok) {
        setListing({ state: 'ready', entries: result.entries });
        setActive(result.entries.findIndex((e) => e.kind === 'folder' && e.name === cameFrom.current));
        cameFrom.current = null;
      } else {
        setListing({ state: 'failed', message: result.message });
      }
    });
    return () => {
      current = false;
    };
  }, [session, dir]);

  const entries = listing.state === 'ready' ? listing.entries : [];
  const chosen = entries[active];

  const answer = useCallback(
    async (choice: { dir: string; name?: string } | null, replace = false) => {
      setBusy(true);
      setError(null);
      const result = await session.answer(choice, replace);
      setBusy(false);
      if (result.ok) return;
      if (result.kind === 'exists') setReplacing({ name: result.name, message: result.message });
      else setError(result.message);
    },
    [session],
  );
  const cancel = useCallback(() => void answer(null), [answer]);

  // Escape cancels this dialog only: caught before the window-level listener of a dialog underneath (Export) sees it.
  useEffect(() => {
    const handleKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      if (replacing) setReplacing(null);
      else cancel();
    };
    window.addEventListener('keydown', handleKey, true);
    return () => window.removeEventListener('keydown', handleKey, true);
  }, [cancel, replacing]);

  useEffect(() => {
    if (replacing) replaceRef.current?.focus();
  }, [replacing]);

  // Focus where the person types first: the name of a new file, or the list.
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    if (request.mode === 'save') {
      nameRef.current?.focus();
      const stem = (request.suggestedName ?? '').lastIndexOf('.');
      nameRef.current?.setSelectionRange(0, stem > 0 ? stem : (request.suggestedName ?? '').length);
    } else {
      listRef.current?.focus();
    }
    return () => previous?.focus?.();
  }, [request]);

  const enter = (entry: HostFolderEntry) => {
    if (entry.kind === 'folder') {
      setDir(childOf(dir, entry.name));
      return;
    }
    if (!entry.selectable) return;
    if (request.mode === 'open') void answer({ dir, name: entry.name });
    if (request.mode === 'save') {
      setName(entry.name);
      void answer({ dir, name: entry.name });
    }
  };

  const select = (index: number) => {
    setActive(index);
    setError(null);
    const entry = entries[index];
    if (request.mode === 'save' && entry?.kind === 'file') setName(entry.name);
    document.getElementById(`${id}-option-${index}`)?.scrollIntoView({ block: 'nearest' });
  };

  const handleListKey = (event: ReactKeyboardEvent) => {
    const last = entries.length - 1;
    if (event.key === 'ArrowDown') select(Math.min(active + 1, last));
    else if (event.key === 'ArrowUp') select(active <= 0 ? 0 : active - 1);
    else if (event.key === 'Home') select(0);
    else if (event.key === 'End') select(last);
    else if (event.key === 'Enter' && chosen) enter(chosen);
    else if ((event.key === 'Backspace' || (event.altKey && event.key === 'ArrowUp')) && dir !== '') goUp();
    else return;
    event.preventDefault();
  };

  const submit = () => {
    if (busy) return;
    if (request.mode === 'folder') void answer({ dir });
    else if (request.mode === 'open') {
      if (chosen?.kind === 'folder') enter(chosen);
      else if (chosen?.selectable) void answer({ dir, name: chosen.name });
    } else if (name.trim() !== '') void answer({ dir, name: name.trim() });
  };

  const canSubmit = !busy && (request.mode === 'folder' ? listing.state !== 'failed' : request.mode === 'open' ? chosen !== undefined && (chosen.kind === 'folder' || chosen.selectable) : name.trim() !== '');
  const submitLabel = request.mode === 'open' ? t('hostFiles.open') : request.mode === 'save' ? t('hostFiles.save') : t('hostFiles.chooseFolder');
  const location = dir === '' ? request.root : `${request.root}/${dir}`;
  const kinds = request.extensions.map((e) => `.${e}`).join(', ');

  return (
    <div className="ps-backdrop ps-backdrop--top">
      <div className="ps-modal ps-modal--wide ps-hostfiles" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} aria-describedby={`${id}-hint`}>
        <div className="ps-modal-head">
          <h2 id={`${id}-title`}>{request.title}</h2>
          <button type="button" className="ps-icon-button ps-modal-x" aria-label={t('dialog.cancel')} onClick={cancel}>
            ✕
          </button>
        </div>
        <div className="ps-modal-body">
          <div className="ps-hostfiles-location">
            <button type="button" className="ps-button ps-button--small" onClick={goUp} disabled={dir === ''} aria-label={t('hostFiles.up')} title={t('hostFiles.up')}>
              <ArrowUpIcon />
            </button>
            <span className="ps-hostfiles-path" title={location}>
              <span className="ps-hostfiles-muted">{t('hostFiles.location')}: </span>
              {location}
            </span>
          </div>
          <div className="ps-hostfiles-columns" aria-hidden="true">
            <span>{t('hostFiles.columnName')}</span>
            <span>{t('hostFiles.columnSize')}</span>
            <span>{t('hostFiles.columnModified')}</span>
          </div>
          <div
            ref={listRef}
            className="ps-hostfiles-list"
            role="listbox"
            tabIndex={0}
            aria-label={t('hostFiles.listLabel', { folder: dir === '' ? request.root : dir })}
            aria-activedescendant={chosen ? `${id}-option-${active}` : undefined}
            aria-busy={listing.state === 'loading'}
            onKeyDown={handleListKey}
          >
            {entries.map((entry, index) => (
              <div
                key={`${entry.kind}:${entry.name}`}
                id={`${id}-option-${index}`}
                role="option"
                aria-selected={index === active}
                aria-disabled={entry.kind === 'file' && !entry.selectable ? true : undefined}
                className={`ps-hostfiles-entry ps-hostfiles-entry--${entry.kind}${entry.selectable || entry.kind === 'folder' ? '' : ' ps-hostfiles-entry--dim'}`}
                onClick={() => select(index)}
                onDoubleClick={() => enter(entry)}
              >
                <span className="ps-hostfiles-name">
                  <EntryIcon kind={entry.kind} />
                  {entry.name}
                </span>
                <span>{entry.kind === 'folder' ? t('hostFiles.kindFolder') : formatSize(entry.size)}</span>
                <span>{dateFormat.format(entry.modified)}</span>
              </div>
            ))}
            {listing.state === 'loading' && <p className="ps-hostfiles-note">{t('hostFiles.loading')}</p>}
            {listing.state === 'ready' && entries.length === 0 && <p className="ps-hostfiles-note">{request.mode === 'folder' ? t('hostFiles.emptyFolders') : t('hostFiles.empty', { kinds })}</p>}
          </div>
          {request.mode === 'folder' && entries.some((e) => e.kind === 'file') && <p className="ps-hostfiles-muted ps-hostfiles-note">{t('hostFiles.exportNote')}</p>}
          {request.mode === 'save' && (
            <label className="ps-hostfiles-name-field">
              {t('hostFiles.fileName')}
              <input
                ref={nameRef}
                type="text"
                value={name}
                spellCheck={false}
                onChange={(event) => {
                  setName(event.target.value);
                  setError(null);
                  setReplacing(null);
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    submit();
                  }
                }}
              />
            </label>
          )}
          {listing.state === 'failed' && <p className="ps-alert" role="alert">{listing.message}</p>}
          {error && <p className="ps-alert" role="alert">{error}</p>}
          {replacing && (
            <div className="ps-alert ps-hostfiles-replace" role="alertdialog" aria-label={replacing.message}>
              <p>{replacing.message}</p>
              <div>
                <button type="button" className="ps-button ps-button--small" onClick={() => setReplacing(null)}>
                  {t('hostFiles.otherName')}
                </button>
                <button type="button" className="ps-button ps-button--small ps-button--danger" ref={replaceRef} onClick={() => void answer({ dir, name: replacing.name }, true)}>
                  {t('hostFiles.replace')}
                </button>
              </div>
            </div>
          )}
          <p id={`${id}-hint`} className="ps-hostfiles-muted ps-hostfiles-note">
            {t('hostFiles.hint')}
          </p>
        </div>
        <div className="ps-modal-foot">
          <button type="button" className="ps-button" onClick={cancel}>
            {t('dialog.cancel')}
          </button>
          <button type="button" className="ps-button ps-button--primary" disabled={!canSubmit} onClick={submit}>
            {submitLabel}
          </button>
        </div>
      </div>
    </div>
  );
}

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { RecentFile } from '../../shared/host/api.ts';
import type { Host } from '../host/host.ts';
import { t } from '../i18n/t.ts';
import { useRecentFiles } from '../state/recent-files.ts';

export interface RecentMenuProps {
  host: Host;
  /** Opens a listed file that is still there. */
  onOpen(path: string): void;
  /** A listed file is gone: the app explains, rather than showing an open dialog that cannot find it either. */
  onMissing(file: RecentFile): void;
}

/** The folder part of a path, for telling apart two files of the same name. */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut) : path;
}

/**
 * What an entry shows: name, folder and, for a file that is gone, "missing".
 * Hidden separators make it read "acme.policy, in /work/clients, missing".
 */
export function RecentEntry({ file }: { file: RecentFile }) {
  return (
    <>
      <span className="ps-menu-name">{file.name}</span>
      <span className="ps-visually-hidden">{t('recent.inFolder')}</span>
      {/* Cut at the start when long (the end of a path says most); <bdi> keeps the slashes in place in the right-to-left box. */}
      <span className="ps-menu-path">
        <bdi dir="ltr">{folderOf(file.path)}</bdi>
      </span>
      {file.missing && (
        <>
          <span className="ps-visually-hidden">, </span>
          <span className="ps-menu-badge">{t('recent.missing')}</span>
        </>
      )}
    </>
  );
}

/** The entries of a menu that can be chosen, in order. */
function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])];
}

/** Focuses the first, last or n-th (wrapping) entry of a menu. */
function focusMenuItem(menu: HTMLElement | null, which: 'first' | 'last' | number): void {
  const list = menuItems(menu);
  // Nothing to choose (an empty list): the menu itself takes focus, so Escape and Tab still work.
  if (list.length === 0) return menu?.focus();
  const index = which === 'first' ? 0 : which === 'last' ? list.length - 1 : (which + list.length) % list.length;
  list[index]?.focus();
}

/**
 * "Open Recent" in the toolbar: a menu button (WAI-ARIA menu pattern: arrow
 * keys, Home/End, Escape returns to the button). The list is asked for each
 * time it opens, so files moved or deleted since show as missing.
 */
export function RecentMenu({ host, onOpen, onMissing }: RecentMenuProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const { files, error, refresh, clear } = useRecentFiles(host);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const focusOnLoad = useRef<'first' | 'last' | null>(null);
  // Counts the host's answers to this menu's requests: the list shown at opening may be stale (the start screen's, or the last one).
  const [answers, setAnswers] = useState(0);
  const answersAtOpen = useRef(0);

  const focusItem = (which: 'first' | 'last' | number) => focusMenuItem(menuRef.current, which);

  const show = (focus: 'first' | 'last') => {
    setOpen(true);
    focusOnLoad.current = focus;
    answersAtOpen.current = answers;
    void refresh().then(() => setAnswers((n) => n + 1));
  };

  const close = (returnFocus: boolean) => {
    setOpen(false);
    focusOnLoad.current = null;
    if (returnFocus) buttonRef.current?.focus();
  };

  // Focus the first (or last) entry once the list asked for has arrived.
  useEffect(() => {
    if (!open || answers <= answersAtOpen.current || !focusOnLoad.current) return;
    focusMenuItem(menuRef.current, focusOnLoad.current);
    focusOnLoad.current = null;
  }, [open, answers]);

  // A click anywhere else closes the menu.
  useEffect(() => {
    if (!open) return;
    const handlePointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', handlePointer);
    return () => document.removeEventListener('pointerdown', handlePointer);
  }, [open]);

  const handleButtonKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      show(event.key === 'ArrowDown' ? 'first' : 'last');
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close(true);
    }
  };

  const handleMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const index = menuItems(menuRef.current).indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown') focusItem(index + 1);
    else if (event.key === 'ArrowUp') focusItem(index - 1);
    else if (event.key === 'Home') focusItem('first');
    else if (event.key === 'End') focusItem('last');
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') {
      close(false);
      return;
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const handlePick = (file: RecentFile) => {
    close(true);
    if (file.missing) onMissing(file);
    else onOpen(file.path);
  };

  // The menu closes at once; the list (here and on the start screen) empties when the host has cleared it.
  const handleClear = () => {
    close(true);
    void clear();
  };

  return (
    <div className="ps-menu-wrap">
      <button
        ref={buttonRef}
        type="button"
        className="ps-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => (open ? close(false) : show('first'))}
        onKeyDown={handleButtonKey}
      >
        {t('toolbar.openRecent')}
        <span className="ps-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <ul className="ps-menu" role="menu" id={`${id}-menu`} aria-label={t('toolbar.openRecent')} ref={menuRef} tabIndex={-1} onKeyDown={handleMenuKey}>
          {error && (
            <li role="none">
              <span role="menuitem" aria-disabled="true" className="ps-menu-note is-error">
                {error}
              </span>
            </li>
          )}
          {!error && files === null && (
            <li role="none">
              <span role="menuitem" aria-disabled="true" className="ps-menu-note">
                {t('recent.loading')}
              </span>
            </li>
          )}
          {files?.length === 0 && (
            <li role="none">
              <span role="menuitem" aria-disabled="true" className="ps-menu-note">
                {t('recent.empty')}
              </span>
            </li>
          )}
          {files?.map((file) => (
            <li role="none" key={file.path}>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className={`ps-menu-item${file.missing ? ' is-missing' : ''}`}
                title={file.path}
                onClick={() => handlePick(file)}
              >
                <RecentEntry file={file} />
              </button>
            </li>
          ))}
          <li role="separator" className="ps-menu-sep" />
          <li role="none">
            <button type="button" role="menuitem" tabIndex={-1} className="ps-menu-item" aria-disabled={!files?.length} onClick={() => (files?.length ? handleClear() : undefined)}>
              {t('recent.clear')}
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}

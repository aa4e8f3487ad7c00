import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { t } from '../../i18n/t.ts';

export interface VersionsMenuProps {
  disabled: boolean;
  /** The compare view is shown: the button is highlighted, and the menu's Compare… entry goes back to editing. */
  comparing: boolean;
  onPublish(): void;
  onCompare(): void;
}

/** A clock turning back: versions of the policy. Decorative; the button carries the name. */
function HistoryIcon() {
  return (
    <svg className="ps-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
      <path d="M2.5 8a5.5 5.5 0 1 0 1.6-3.9M2.5 2.5v2.6h2.6M8 5v3.2l2.2 1.4" />
    </svg>
  );
}

function menuEntries(menu: HTMLElement | null): HTMLElement[] {
  return [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
}

/** Focuses the n-th entry, wrapping (-1: the last). */
function focusEntry(menu: HTMLElement | null, index: number): void {
  const list = menuEntries(menu);
  list[(index + list.length) % list.length]?.focus();
}

/**
 * "Versions" in the toolbar: a menu button (WAI-ARIA menu pattern) with
 * Publish version… and Compare…. One button, its name shown where the
 * window is wide enough (the toolbar must fit at 1024 px).
 */
export function VersionsMenu({ disabled, comparing, onPublish, onCompare }: VersionsMenuProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const focusIndex = useRef<number | null>(null);

  const items = () => menuEntries(menuRef.current);
  const focusItem = (index: number) => focusEntry(menuRef.current, index);
  const show = (index: number) => {
    focusIndex.current = index;
    setOpen(true);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open || focusIndex.current === null) return;
    focusEntry(menuRef.current, focusIndex.current);
    focusIndex.current = null;
  }, [open]);

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
      show(event.key === 'ArrowDown' ? 0 : -1);
    }
  };

  const handleMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const index = items().indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown') focusItem(index + 1);
    else if (event.key === 'ArrowUp') focusItem(index - 1);
    else if (event.key === 'Home') focusItem(0);
    else if (event.key === 'End') focusItem(-1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') {
      close(false);
      return;
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const pick = (action: () => void) => {
    close(true);
    action();
  };

  return (
    <div className="ps-menu-wrap">
      <button
        ref={buttonRef}
        type="button"
        className={`ps-button ps-versions-button${comparing ? ' is-active' : ''}`}
        disabled={disabled}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        aria-label={t('toolbar.versions')}
        title={t('toolbar.versionsHint')}
        onClick={() => (open ? close(false) : show(0))}
        onKeyDown={handleButtonKey}
      >
        <HistoryIcon />
        <span className="ps-versions-label" aria-hidden="true">
          {t('toolbar.versions')}
        </span>
      </button>
      {open && (
        <ul className="ps-menu ps-menu--versions" role="menu" id={`${id}-menu`} aria-label={t('toolbar.versions')} ref={menuRef} tabIndex={-1} onKeyDown={handleMenuKey}>
          <li role="none">
            <button type="button" role="menuitem" tabIndex={-1} className="ps-menu-item" aria-keyshortcuts="Control+Shift+P" onClick={() => pick(onPublish)}>
              <span className="ps-menu-name">{t('toolbar.publish')}</span>
              <span className="ps-menu-hint">{t('toolbar.publishShortcut')}</span>
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" tabIndex={-1} className="ps-menu-item" onClick={() => pick(onCompare)}>
              <span className="ps-menu-name">{comparing ? t('versions.compare.close') : t('toolbar.compare')}</span>
              <span className="ps-menu-hint">{t('toolbar.compareHint')}</span>
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}

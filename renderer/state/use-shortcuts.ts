import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../shared/host/channels.ts';
import type { Host } from '../host/host.ts';

/** What the keyboard and the native menu can ask the window to do. */
export interface WindowCommands {
  handleSave(saveAs: boolean): Promise<void>;
  handleOpen(path?: string): Promise<void>;
  handleUndo(): void;
  handleRedo(): void;
  openFind(): void;
  openNew(): void;
  openExport(): void;
  /** Shows the translation view, or the form again (Ctrl/Cmd+Shift+L). */
  toggleTranslations(): void;
  /** Opens "Publish version…" (Ctrl/Cmd+Shift+P). */
  openPublish(): void;
  /** Opens "Compare…": choose two versions, or a version and the working copy. */
  openCompare(): void;
  /** Opens "Find cookies" (a HAR or scanner file, or a scan of the site). */
  openFindCookies?(): void;
}

/** Text fields outside the project (find, link address) keep the browser's own undo of what was typed in them. */
const ownsUndo = (target: EventTarget | null) => target instanceof Element && target.closest('.ps-find-bar, .ps-link-form') !== null;

/**
 * Routes native menu commands (Electron; their shortcuts come with the menu)
 * and the window's own shortcuts to `commands`. In Electron the menu owns
 * Save/Open; undo/redo of form edits is always the page's. The listeners are
 * registered once and call the latest `commands`.
 */
export function useShortcuts(host: Host, commands: WindowCommands): void {
  const latest = useRef(commands);
  latest.current = commands;

  useEffect(() => {
    if (!host.onMenuCommand) return;
    return host.onMenuCommand((command: MenuCommand, path?: string) => {
      const c = latest.current;
      if (command === 'menu:new') c.openNew();
      else if (command === 'menu:open') void c.handleOpen();
      else if (command === 'menu:open-path' && path) void c.handleOpen(path);
      else if (command === 'menu:save') void c.handleSave(false);
      else if (command === 'menu:save-as') void c.handleSave(true);
      else if (command === 'menu:export') c.openExport();
      else if (command === 'menu:find') c.openFind();
      else if (command === 'menu:publish-version') c.openPublish();
      else if (command === 'menu:compare') c.openCompare();
      else if (command === 'menu:translations') c.toggleTranslations();
      else if (command === 'menu:find-cookies') c.openFindCookies?.();
    });
  }, [host]);

  useEffect(() => {
    const handleKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey) return;
      const key = event.key.toLowerCase();
      const c = latest.current;
      const inEditor = event.target instanceof Element && event.target.closest('.ProseMirror') !== null;
      const inDialog = event.target instanceof Element && event.target.closest('[role="dialog"]') !== null;
      if (key === 'l' && event.shiftKey && !inDialog) {
        // The native menu's View › Translations shows the same accelerator and sends menu:translations.
        event.preventDefault();
        c.toggleTranslations();
      } else if (key === 'p' && event.shiftKey && !inDialog) {
        // Publish version… (the native menu shows the same accelerator and sends menu:publish-version).
        event.preventDefault();
        c.openPublish();
      } else if (key === 'f' && !event.shiftKey && !inDialog) {
        // Find in the document, from anywhere in the window (a native menu item, where there is one, sends menu:find instead).
        event.preventDefault();
        c.openFind();
      } else if (host.kind !== 'electron' && key === 's') {
        event.preventDefault();
        void c.handleSave(event.shiftKey);
      } else if (host.kind !== 'electron' && key === 'o' && !event.shiftKey) {
        event.preventDefault();
        void c.handleOpen();
      } else if (!inEditor && !ownsUndo(event.target) && (key === 'z' || key === 'y')) {
        event.preventDefault();
        if (key === 'y' || event.shiftKey) c.handleRedo();
        else c.handleUndo();
      }
    };
    window.addEventListener('keydown', handleKey);
    return () => window.removeEventListener('keydown', handleKey);
  }, [host]);
}

import { cleanup, fireEvent, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Host } from '../../renderer/host/host.ts';
import { useShortcuts, type WindowCommands } from '../../renderer/state/use-shortcuts.ts';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

function commands() {
  return {
    handleSave: vi.fn<(saveAs: boolean) => Promise<void>>(async () => undefined),
    handleOpen: vi.fn<(path?: string) => Promise<void>>(async () => undefined),
    handleUndo: vi.fn<() => void>(),
    handleRedo: vi.fn<() => void>(),
    openFind: vi.fn<() => void>(),
    openNew: vi.fn<() => void>(),
    openExport: vi.fn<() => void>(),
    toggleTranslations: vi.fn<() => void>(),
    openPublish: vi.fn<() => void>(),
    openCompare: vi.fn<() => void>(),
  } satisfies WindowCommands;
}

describe('window shortcuts and menu commands', () => {
  it('in the browser host: Ctrl+S/Shift+S save, Ctrl+O opens, Ctrl+F finds, Ctrl+Z/Y undo and redo', () => {
    const c = commands();
    renderHook(() => useShortcuts({ kind: 'http' } as unknown as Host, c));
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    fireEvent.keyDown(window, { key: 'S', ctrlKey: true, shiftKey: true });
    expect(c.handleSave.mock.calls).toEqual([[false], [true]]);
    fireEvent.keyDown(window, { key: 'o', metaKey: true });
    expect(c.handleOpen).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(window, { key: 'f', ctrlKey: true });
    expect(c.openFind).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    fireEvent.keyDown(window, { key: 'y', ctrlKey: true });
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true, shiftKey: true });
    expect(c.handleUndo).toHaveBeenCalledTimes(1);
    expect(c.handleRedo).toHaveBeenCalledTimes(2);
    fireEvent.keyDown(window, { key: 's', ctrlKey: true, altKey: true });
    expect(c.handleSave).toHaveBeenCalledTimes(2);
    fireEvent.keyDown(window, { key: 'L', ctrlKey: true, shiftKey: true });
    expect(c.toggleTranslations).toHaveBeenCalledTimes(1);
  });

  it('leaves undo to the find field and the editor, and Ctrl+F to dialogs', () => {
    const c = commands();
    document.body.innerHTML = '<div class="ps-find-bar"><input id="find"></div><div class="ProseMirror" tabindex="0" id="doc"></div><div role="dialog"><input id="dlg"></div>';
    renderHook(() => useShortcuts({ kind: 'http' } as unknown as Host, c));
    fireEvent.keyDown(document.getElementById('find')!, { key: 'z', ctrlKey: true });
    fireEvent.keyDown(document.getElementById('doc')!, { key: 'z', ctrlKey: true });
    expect(c.handleUndo).not.toHaveBeenCalled();
    fireEvent.keyDown(document.getElementById('dlg')!, { key: 'f', ctrlKey: true });
    expect(c.openFind).not.toHaveBeenCalled();
  });

  it('in Electron: Save and Open come from the native menu, not the page', () => {
    const c = commands();
    let send: ((command: string, path?: string) => void) | undefined;
    const host = { kind: 'electron', onMenuCommand: (listener: typeof send) => ((send = listener), () => undefined) } as unknown as Host;
    renderHook(() => useShortcuts(host, c));
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    fireEvent.keyDown(window, { key: 'o', ctrlKey: true });
    expect(c.handleSave).not.toHaveBeenCalled();
    expect(c.handleOpen).not.toHaveBeenCalled();
    send?.('menu:save-as');
    send?.('menu:open-path', '/work/a.policy');
    send?.('menu:new');
    send?.('menu:export');
    send?.('menu:find');
    expect(c.handleSave).toHaveBeenCalledWith(true);
    expect(c.handleOpen).toHaveBeenCalledWith('/work/a.policy');
    expect([c.openNew, c.openExport, c.openFind].map((f) => f.mock.calls.length)).toEqual([1, 1, 1]);
  });
});

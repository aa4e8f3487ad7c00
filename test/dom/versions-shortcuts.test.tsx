import { cleanup, fireEvent, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Host } from '../../renderer/host/host.ts';
import { useShortcuts, type WindowCommands } from '../../renderer/state/use-shortcuts.ts';

afterEach(cleanup);

function commands() {
  const none = async () => undefined;
  return { handleSave: none, handleOpen: none, handleUndo: vi.fn(), handleRedo: vi.fn(), openFind: vi.fn(), openNew: vi.fn(), openExport: vi.fn(), toggleTranslations: vi.fn(), openPublish: vi.fn<() => void>(), openCompare: vi.fn<() => void>() } satisfies WindowCommands;
}

describe('versions commands', () => {
  it('Ctrl/Cmd+Shift+P opens Publish version… (not from inside a dialog)', () => {
    const c = commands();
    document.body.innerHTML = '<div role="dialog"><input id="in-dialog"></div>';
    renderHook(() => useShortcuts({ kind: 'http' } as unknown as Host, c));
    fireEvent.keyDown(window, { key: 'P', ctrlKey: true, shiftKey: true });
    fireEvent.keyDown(window, { key: 'p', metaKey: true, shiftKey: true });
    fireEvent.keyDown(window, { key: 'p', ctrlKey: true });
    fireEvent.keyDown(document.getElementById('in-dialog')!, { key: 'P', ctrlKey: true, shiftKey: true });
    expect(c.openPublish).toHaveBeenCalledTimes(2);
  });

  it('the native menu sends Publish Version… and Compare Versions…', () => {
    const c = commands();
    let send: ((command: string) => void) | undefined;
    const host = { kind: 'electron', onMenuCommand: (listener: typeof send) => ((send = listener), () => undefined) } as unknown as Host;
    renderHook(() => useShortcuts(host, c));
    send?.('menu:publish-version');
    send?.('menu:compare');
    expect(c.openPublish).toHaveBeenCalledTimes(1);
    expect(c.openCompare).toHaveBeenCalledTimes(1);
  });
});

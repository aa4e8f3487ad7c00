import { describe, expect, it, vi } from 'vitest';
import type { PolicyStudioBridge } from '../../../shared/host/api.ts';
import { API_CHANNELS, MENU_COMMANDS } from '../../../shared/host/channels.ts';

type RendererListener = (event: { sender: unknown }, ...args: unknown[]) => void;
const exposed = new Map<string, unknown>();
const listeners = new Map<string, Set<RendererListener>>();
const invoke = vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, channel, args }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => void exposed.set(key, value) },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: RendererListener) => void (listeners.get(channel) ?? listeners.set(channel, new Set()).get(channel))?.add(listener),
    removeListener: (channel: string, listener: RendererListener) => void listeners.get(channel)?.delete(listener),
  },
}));

await import('../../../electron/preload.ts');
const bridge = exposed.get('policyStudio') as PolicyStudioBridge;

const HANDLE = 'h'.repeat(43);

function emit(channel: string, ...args: unknown[]): void {
  for (const listener of listeners.get(channel) ?? []) listener({ sender: 'secret' }, ...args);
}

describe('preload bridge', () => {
  it('exposes one object with exactly the API methods and onMenuCommand', () => {
    expect([...exposed.keys()]).toEqual(['policyStudio']);
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(API_CHANNELS), 'onMenuCommand'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('invokes each method on its own channel with its arguments', async () => {
    await bridge.listStarters();
    expect(invoke).toHaveBeenLastCalledWith('starters:list');
    await bridge.openFile();
    expect(invoke).toHaveBeenLastCalledWith('file:open');
    await bridge.openFile(HANDLE);
    expect(invoke).toHaveBeenLastCalledWith('file:open', HANDLE);
    await bridge.save({ handle: HANDLE, project: {} });
    expect(invoke).toHaveBeenLastCalledWith('file:save', { handle: HANDLE, project: {} });
    await bridge.setDirty(true, null);
    expect(invoke).toHaveBeenLastCalledWith('window:set-dirty', true, null);
    await bridge.exportFiles({ project: {}, langs: ['en'], formats: ['docx'] });
    expect(invoke).toHaveBeenLastCalledWith('export:run', { project: {}, langs: ['en'], formats: ['docx'] });
    const used = new Set(invoke.mock.calls.map(([channel]) => channel));
    for (const channel of used) expect(Object.values(API_CHANNELS)).toContain(channel);
  });

  it('delivers menu commands without the IPC event, and only on menu channels; open-path only with a granted file', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    expect([...listeners.keys()].sort()).toEqual([...MENU_COMMANDS].sort());
    emit('menu:save');
    emit('menu:open-path', { handle: HANDLE, path: '/home/me/a.policy', extra: 'dropped' });
    emit('menu:open-path', '/home/me/a.policy');
    emit('file:save', 'sneaky');
    expect(listener.mock.calls).toEqual([['menu:save', undefined], ['menu:open-path', { handle: HANDLE, path: '/home/me/a.policy' }], ['menu:open-path', undefined]]);
    unsubscribe();
    emit('menu:save');
    expect(listener).toHaveBeenCalledTimes(3);
    for (const set of listeners.values()) expect(set.size).toBe(0);
  });
});

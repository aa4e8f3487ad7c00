import { useSyncExternalStore } from 'react';
import type { RecentFile } from '../../shared/host/api.ts';
import type { Host } from '../host/host.ts';

/** The recent-projects list as the app last heard it from the host. */
export interface RecentFilesState {
  /** Null until the host has answered once. */
  files: RecentFile[] | null;
  /** The host's message when the last request for the list failed. */
  error: string | null;
}

interface RecentFilesStore {
  get(): RecentFilesState;
  subscribe(listener: () => void): () => void;
  /** Asks the host for the list again (files moved or deleted since show as missing). */
  refresh(): Promise<void>;
  /** Empties the list. */
  clear(): Promise<void>;
}

function createRecentFilesStore(host: Host): RecentFilesStore {
  let state: RecentFilesState = { files: null, error: null };
  const listeners = new Set<() => void>();
  const set = (next: Partial<RecentFilesState>) => {
    state = { ...state, ...next };
    listeners.forEach((listener) => listener());
  };
  // One request at a time, in order: a list asked for right after "Clear list" is the cleared one.
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (request: () => Promise<void>) => (queue = queue.catch(() => undefined).then(request));
  return {
    get: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh: () => {
      if (state.error !== null) set({ error: null });
      return enqueue(async () => {
        const result = await host.recentFiles();
        if (result.ok) set({ files: result.files });
        else set({ error: result.message });
      });
    },
    clear: () =>
      enqueue(async () => {
        const result = await host.clearRecentFiles();
        if (result.ok) set({ files: result.files });
      }),
  };
}

const stores = new WeakMap<Host, RecentFilesStore>();

/**
 * The recent-projects list, shared by everything that shows it (the
 * toolbar's Open Recent menu, the start screen), so clearing it in one
 * place empties it in the other.
 */
export function useRecentFiles(host: Host): RecentFilesState & Pick<RecentFilesStore, 'refresh' | 'clear'> {
  let store = stores.get(host);
  if (!store) {
    store = createRecentFilesStore(host);
    stores.set(host, store);
  }
  const state = useSyncExternalStore(store.subscribe, store.get);
  return { ...state, refresh: store.refresh, clear: store.clear };
}

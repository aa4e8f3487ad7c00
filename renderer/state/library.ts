import { useEffect, useSyncExternalStore } from 'react';
import type { Library } from '../../shared/library/load.ts';
import type { LibraryCookie, LibraryService } from '../../shared/library/types.ts';

/**
 * The service and cookie library in the page, loaded when first needed (a
 * name typed with suggestions, a row filled from the library, the cookie
 * finder): its data is about 600 KB of JSON validated with zod, which the
 * page's first render should neither download nor parse. `import()` lets
 * Vite put it in a chunk of its own.
 */
let loaded: Library | null = null;
let loading: Promise<Library> | null = null;
const listeners = new Set<() => void>();

/** Starts loading the library (once); resolves with it. */
export function loadLibrary(): Promise<Library> {
  loading ??= import('../../shared/library/load.ts').then(({ library }) => {
    loaded = library();
    listeners.forEach((listener) => listener());
    return loaded;
  });
  return loading;
}

/** The library if it has loaded, else null (nothing waits for it). */
export function loadedLibrary(): Library | null {
  return loaded;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The library once loaded (null before); re-renders when it arrives. `wanted` starts loading it. */
export function useLibrary(wanted: boolean): Library | null {
  const library = useSyncExternalStore(subscribe, loadedLibrary);
  useEffect(() => {
    if (wanted) void loadLibrary();
  }, [wanted]);
  return library;
}

/** The service with this id in a loaded library. */
export function serviceIn(library: Library | null, id: string): LibraryService | undefined {
  return library?.services.find((s) => s.id === id);
}

/** The cookie with this id in a loaded library. */
export function cookieIn(library: Library | null, id: string): LibraryCookie | undefined {
  return library?.cookies.find((c) => c.id === id);
}

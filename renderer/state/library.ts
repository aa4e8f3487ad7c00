import { useEffect, useSyncExternalStore } from 'react';
import type { Library } from '../../shared/library/load.ts';
import type { LibraryCookie, LibraryService } from '../../shared/library/types.ts';
import { t } from '../i18n/t.ts';

/**
 * The service and cookie library in the page, loaded when first needed (a
 * name typed with suggestions, a row filled from the library, the cookie
 * finder): its data is about 600 KB of JSON validated with zod, which the
 * page's first render should neither download nor parse. `import()` lets
 * Vite put it in a chunk of its own.
 */
let loaded: Library | null = null;
let loading: Promise<Library> | null = null;
let failure: string | null = null;
const listeners = new Set<() => void>();

const notify = (): void => listeners.forEach((listener) => listener());

/**
 * Starts loading the library (once while it loads or after it has loaded);
 * resolves with it. A load that fails (its chunk could not be read, say,
 * after the app was updated under a running window) is not kept: the next
 * call tries again, and `libraryProblem` says what went wrong meanwhile.
 */
export function loadLibrary(): Promise<Library> {
  loading ??= import('../../shared/library/load.ts')
    .then(({ library }) => {
      // Parsing and validating its data can fail too, as the chunk's loading can: both are caught below.
      loaded = library();
      failure = null;
      notify();
      return loaded;
    })
    .catch((error: unknown) => {
      loading = null;
      failure = t('library.loadFailed', { reason: error instanceof Error ? error.message : String(error) });
      notify();
      throw error;
    });
  // A failed load must reach the caller that awaits it, yet not be reported as unhandled where nothing does.
  loading.catch(() => undefined);
  return loading;
}

/** Why the library could not be loaded the last time it was tried, or null. */
export function libraryProblem(): string | null {
  return failure;
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

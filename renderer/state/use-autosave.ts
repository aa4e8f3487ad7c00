import { useEffect, useRef, useState } from 'react';
import type { Project } from '../../shared/model/index.ts';
import type { Host } from '../host/host.ts';

/** How often unsaved work is copied for crash recovery. */
export const AUTOSAVE_MS = 5000;

export interface AutosaveSource {
  /** The work now, whether it has unsaved changes, and the file it belongs to. */
  current(): { project: Project | null; dirty: boolean; path: string | null };
}

/**
 * Copies unsaved work to the host's recovery snapshot every few seconds. A
 * write counts only once the host confirms it: a failed one (full disk,
 * app data folder not writable) is reported in `error` and tried again at
 * the next tick, edits or not, until it succeeds.
 */
export function useAutosave(host: Host, source: AutosaveSource, intervalMs = AUTOSAVE_MS): { error: string | null } {
  const [error, setError] = useState<string | null>(null);
  const sourceRef = useRef(source);
  sourceRef.current = source;

  useEffect(() => {
    let written: Project | null = null;
    let busy = false;
    const timer = window.setInterval(() => {
      const { project, dirty, path } = sourceRef.current.current();
      if (busy || !project || !dirty || project === written) return;
      busy = true;
      void host
        .autosave({ project: project as unknown as Record<string, unknown>, path, dirty: true })
        .then(
          (result) => {
            if (result.ok) {
              written = project;
              setError(null);
            } else setError(result.message);
          },
          (thrown: unknown) => setError(thrown instanceof Error ? thrown.message : String(thrown)),
        )
        .finally(() => {
          busy = false;
        });
    }, intervalMs);
    return () => window.clearInterval(timer);
  }, [host, intervalMs]);

  return { error };
}

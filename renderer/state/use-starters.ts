import { useEffect, useState } from 'react';
import type { StarterInfo } from '../../shared/host/api.ts';
import type { Host } from '../host/host.ts';

export interface Starters {
  /** Null while loading. */
  starters: StarterInfo[] | null;
  error: string | null;
}

/** The starter projects offered by New and on the start screen, asked for once at start-up. */
export function useStarters(host: Host): Starters {
  const [starters, setStarters] = useState<StarterInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void (async () => {
      const result = await host.listStarters();
      if (result.ok) setStarters(result.starters);
      else setError(result.message);
    })();
  }, [host]);
  return { starters, error };
}

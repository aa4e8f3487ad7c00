import { partyOf } from './site.ts';
import type { FoundCookie } from './types.ts';

/**
 * Gathers sightings into one row per name and domain (a cookie sent on every
 * request is one cookie, and one sent to `www.example.com` is the one set
 * for `.example.com`), keeping the first lifetime any sighting states.
 */
export function collect(site: string): { add(sighting: Omit<FoundCookie, 'party'> & { party?: FoundCookie['party'] }, seen?: 'set' | 'sent'): void; list(): FoundCookie[] } {
  const rows = new Map<string, FoundCookie>();
  const covers = (domain: string, host: string) => host === domain || host.endsWith(`.${domain}`);
  return {
    add(s, seen = 'set') {
      const key = `${s.storage}\u0000${s.name}\u0000${s.domain}`;
      // A cookie sent to a host is the one set for it or for a parent domain, when that was seen.
      const known = rows.get(key) ?? (seen === 'sent' ? [...rows.values()].find((r) => r.storage === s.storage && r.name === s.name && covers(r.domain, s.domain)) : undefined);
      if (known) {
        if (known.duration === null && s.duration !== null) known.duration = s.duration;
        return;
      }
      rows.set(key, { name: s.name, domain: s.domain, party: s.party ?? partyOf(s.domain, site), storage: s.storage, duration: s.duration, ...(s.atBrowserLimit ? { atBrowserLimit: true as const } : {}) });
    },
    list: () => [...rows.values()],
  };
}

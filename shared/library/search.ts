import type { LibraryCookie, LibraryService } from './types.ts';

/** Lower-case, accents removed, so "Fortnox" matches "fortnox" and "Fåtölj" matches "fatolj". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Services whose id, name, legal entity or kind contains every word typed,
 * best first: a name starting with the text, then a name containing it,
 * then the rest; an empty text gives them all, in the library's order.
 */
export function searchServiceList(list: readonly LibraryService[], text: string): LibraryService[] {
  const query = foldText(text).trim();
  if (query === '') return [...list];
  const words = query.split(/\s+/);
  const scored: { service: LibraryService; rank: number }[] = [];
  for (const service of list) {
    const name = foldText(service.name);
    const haystack = foldText([service.id, service.name, service.entity.eu ?? '', service.entity.us ?? '', service.kind].join(' '));
    if (!words.every((w) => haystack.includes(w))) continue;
    const rank = name.startsWith(query) ? 0 : name.includes(query) ? 1 : 2;
    scored.push({ service, rank });
  }
  return scored.sort((a, b) => a.rank - b.rank).map((s) => s.service);
}

/** Cookies whose name, provider or service contains the text (case-insensitive). */
export function searchCookieList(list: readonly LibraryCookie[], text: string): LibraryCookie[] {
  const query = foldText(text).trim();
  if (query === '') return [...list];
  return list.filter((c) => foldText(`${c.name} ${c.provider} ${c.serviceId ?? ''}`).includes(query));
}

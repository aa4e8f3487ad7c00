/** Where the page keeps the browser host's secret across reloads of the same tab. */
const STORAGE_KEY = 'policy-studio:host-secret';

/**
 * The browser host's per-run secret, handed to the page in the address's
 * fragment (`#secret=…`, never sent to a server). It is taken out of the
 * address bar and kept in the tab's session storage, so a reload still works
 * and the secret does not linger in history or a copied link.
 */
export function takeHostSecret(location: Pick<Location, 'hash' | 'pathname' | 'search'>, storage: Pick<Storage, 'getItem' | 'setItem'>, history?: Pick<History, 'replaceState'>): string {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('secret');
  if (fromHash) {
    storage.setItem(STORAGE_KEY, fromHash);
    history?.replaceState(null, '', `${location.pathname}${location.search}`);
    return fromHash;
  }
  return storage.getItem(STORAGE_KEY) ?? '';
}

import { createElectronHost } from './electron-host.ts';
import type { Host } from './host.ts';
import { takeHostSecret } from './host-secret.ts';
import { createHttpHost } from './http-host.ts';

/** The Electron bridge when the preload exposed one, otherwise the browser host on the page's own origin, with the secret it was opened with. */
export function pickHost(): Host {
  if (window.policyStudio) return createElectronHost(window.policyStudio);
  return createHttpHost('', takeHostSecret(window.location, window.sessionStorage, window.history));
}

import { createElectronHost } from './electron-host.ts';
import type { Host } from './host.ts';
import { createHttpHost } from './http-host.ts';

/** The Electron bridge when the preload exposed one, otherwise the browser host on the page's own origin. */
export function pickHost(): Host {
  return window.policyStudio ? createElectronHost(window.policyStudio) : createHttpHost('');
}

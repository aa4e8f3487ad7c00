import type { PolicyStudioBridge } from '../../shared/host/api.ts';
import { createGrantedApi } from './granted-api.ts';
import type { Host } from './host.ts';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a plain browser. */
    policyStudio?: PolicyStudioBridge;
  }
}

/** The host behind the Electron preload bridge (`window.policyStudio`). */
export function createElectronHost(bridge: PolicyStudioBridge): Host {
  const { api, noteFile } = createGrantedApi(bridge);
  return {
    kind: 'electron',
    ...api,
    // A file opened from the native menu (Open Recent, the Finder, a second instance) arrives granted.
    onMenuCommand: (listener) =>
      bridge.onMenuCommand((command, file) => {
        if (file) noteFile(file);
        listener(command, file?.path);
      }),
  };
}

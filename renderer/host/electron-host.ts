import type { PolicyStudioBridge } from '../../shared/host/api.ts';
import type { Host } from './host.ts';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a plain browser. */
    policyStudio?: PolicyStudioBridge;
  }
}

/** The host behind the Electron preload bridge (`window.policyStudio`). */
export function createElectronHost(bridge: PolicyStudioBridge): Host {
  return {
    kind: 'electron',
    listStarters: () => bridge.listStarters(),
    newFromStarter: (id) => bridge.newFromStarter(id),
    openFile: (path) => (path === undefined ? bridge.openFile() : bridge.openFile(path)),
    recentFiles: () => bridge.recentFiles(),
    clearRecentFiles: () => bridge.clearRecentFiles(),
    save: (request) => bridge.save(request),
    saveAs: (request) => bridge.saveAs(request),
    autosave: (request) => bridge.autosave(request),
    checkRecovery: () => bridge.checkRecovery(),
    discardRecovery: () => bridge.discardRecovery(),
    exportFiles: (request) => bridge.exportFiles(request),
    showInFolder: (path) => bridge.showInFolder(path),
    setDirty: (dirty, fileName) => bridge.setDirty(dirty, fileName),
    openExternal: (url) => bridge.openExternal(url),
    takeLaunchFile: () => bridge.takeLaunchFile(),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
  };
}

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { MenuCommandListener, PolicyStudioBridge } from '../shared/host/api.ts';
import { API_CHANNELS, MENU_COMMANDS } from '../shared/host/channels.ts';
import { isGrantedFile } from '../shared/host/granted-file.ts';

/**
 * The typed bridge: `window.policyStudio`. Each method invokes its one
 * channel; nothing else of `ipcRenderer` reaches the page. Menu commands are
 * delivered only for the listed menu channels, without the IPC event (which
 * would hand the page a `sender`); `menu:open-path` carries a granted file.
 */
const bridge = {
  listStarters: () => ipcRenderer.invoke(API_CHANNELS.listStarters),
  newFromStarter: (id) => ipcRenderer.invoke(API_CHANNELS.newFromStarter, id),
  openFile: (handle) => (handle === undefined ? ipcRenderer.invoke(API_CHANNELS.openFile) : ipcRenderer.invoke(API_CHANNELS.openFile, handle)),
  recentFiles: () => ipcRenderer.invoke(API_CHANNELS.recentFiles),
  clearRecentFiles: () => ipcRenderer.invoke(API_CHANNELS.clearRecentFiles),
  save: (request) => ipcRenderer.invoke(API_CHANNELS.save, request),
  saveAs: (request) => ipcRenderer.invoke(API_CHANNELS.saveAs, request),
  autosave: (request) => ipcRenderer.invoke(API_CHANNELS.autosave, request),
  checkRecovery: () => ipcRenderer.invoke(API_CHANNELS.checkRecovery),
  discardRecovery: () => ipcRenderer.invoke(API_CHANNELS.discardRecovery),
  exportFiles: (request) => ipcRenderer.invoke(API_CHANNELS.exportFiles, request),
  showInFolder: (handle) => ipcRenderer.invoke(API_CHANNELS.showInFolder, handle),
  setDirty: (dirty, fileName) => ipcRenderer.invoke(API_CHANNELS.setDirty, dirty, fileName),
  openExternal: (url) => ipcRenderer.invoke(API_CHANNELS.openExternal, url),
  takeLaunchFile: () => ipcRenderer.invoke(API_CHANNELS.takeLaunchFile),
  exportTranslations: (request) => ipcRenderer.invoke(API_CHANNELS.exportTranslations, request),
  importTranslations: () => ipcRenderer.invoke(API_CHANNELS.importTranslations),
  importCookies: () => ipcRenderer.invoke(API_CHANNELS.importCookies),
  scanCookies: (url) => ipcRenderer.invoke(API_CHANNELS.scanCookies, url),
  onMenuCommand(listener: MenuCommandListener) {
    const unsubscribers = MENU_COMMANDS.map((command) => {
      const forward = (_event: IpcRendererEvent, file?: unknown) => listener(command, isGrantedFile(file) ? { handle: file.handle, path: file.path } : undefined);
      ipcRenderer.on(command, forward);
      return () => ipcRenderer.removeListener(command, forward);
    });
    return () => {
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
  },
} satisfies PolicyStudioBridge;

contextBridge.exposeInMainWorld('policyStudio', bridge);

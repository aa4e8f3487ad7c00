import type { MenuCommandListener, PolicyStudioApi } from '../../shared/host/api.ts';

/**
 * What the app talks to: the host API, plus native menu commands when the
 * host has a menu (Electron). The browser host has none; its shortcuts are
 * handled by the page.
 */
export interface Host extends PolicyStudioApi {
  /** 'electron' when a native menu sends the file commands and their shortcuts. */
  readonly kind: 'electron' | 'http';
  onMenuCommand?(listener: MenuCommandListener): () => void;
}

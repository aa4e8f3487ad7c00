/**
 * Where the app's web content may go, in one place. The page is the app's
 * own UI; it never navigates, never opens windows, never embeds other pages
 * and gets no browser permissions. Links meant for the user's browser open
 * there, and only if they are plain http(s).
 */

/**
 * Whether `url` may be handed to the system browser: it parses, is http or
 * https, names a host, and carries no user name or password (which can
 * disguise the real host, as in `https://bank.com@evil.example`).
 * `javascript:`, `file:`, `data:`, `mailto:` and custom schemes are refused.
 */
export function isTrustedUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  return parsed.hostname !== '';
}

/** The normalised form of a trusted URL (what is actually opened), or null. */
export function trustedUrlOrNull(url: string): string | null {
  return isTrustedUrl(url) ? new URL(url).href : null;
}

/** An event whose default action can be cancelled (Electron's `Event`). */
export interface PreventableEvent {
  preventDefault(): void;
}

type Permission = string;

/** The part of Electron's `Session` that decides browser permissions. */
export interface PermissionSession {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: Permission, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: Permission) => boolean): void;
}

/** The part of Electron's `WebContents` that `hardenWebContents` uses, so tests can pass a fake. */
export interface HardenableContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  session: PermissionSession;
}

/** The part of Electron's `shell` used to open links outside the app. */
export interface ExternalOpener {
  openExternal(url: string): Promise<void>;
}

/**
 * Locks down one web contents: navigation and redirects are cancelled,
 * `window.open` and `target="_blank"` are denied (a trusted http(s) link goes
 * to the system browser instead), `<webview>` cannot attach, and every
 * permission request or check is refused.
 */
export function hardenWebContents(contents: HardenableContents, shell: ExternalOpener): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const trusted = trustedUrlOrNull(url);
    if (trusted !== null) void shell.openExternal(trusted).catch(() => undefined);
    return { action: 'deny' };
  });
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
}

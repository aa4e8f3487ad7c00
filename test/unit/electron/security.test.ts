import { describe, expect, it, vi } from 'vitest';
import { hardenWebContents, isTrustedUrl, trustedUrlOrNull, type HardenableContents, type PreventableEvent } from '../../../electron/security.ts';

describe('isTrustedUrl', () => {
  it.each([
    ['https://example.com', true],
    ['https://example.com/privacy?x=1#top', true],
    ['http://example.com', true],
    ['HTTPS://EXAMPLE.COM/', true],
    ['https://xn--bcher-kva.example/', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['file://server/share/x.policy', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['mailto:privacy@example.com', false],
    ['ftp://example.com', false],
    ['app://policy-studio/index.html', false],
    ['vbscript:msgbox', false],
    ['http://user:pass@example.com', false],
    ['https://user@example.com', false],
    ['https://example.com@evil.example', false],
    ['//example.com', false],
    ['/relative/path', false],
    ['', false],
    ['not a url', false],
    ['https://', false],
  ])('%j → %s', (url, trusted) => {
    expect(isTrustedUrl(url)).toBe(trusted);
  });

  it('opens the normalised form', () => {
    expect(trustedUrlOrNull('HTTPS://Example.COM')).toBe('https://example.com/');
    expect(trustedUrlOrNull('javascript:alert(1)')).toBeNull();
  });
});

type Listener = (event: PreventableEvent, url?: string) => void;

/** A stand-in for Electron's WebContents that records listeners and handlers. */
function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  let permissionRequest: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  let permissionCheck: ((contents: unknown, permission: string) => boolean) | undefined;
  const contents: HardenableContents = {
    // One implementation behind the typed overloads.
    on: ((event: string, listener: Listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    }) as HardenableContents['on'],
    setWindowOpenHandler(handler) {
      windowOpenHandler = handler;
    },
    session: {
      setPermissionRequestHandler(handler) {
        permissionRequest = handler;
      },
      setPermissionCheckHandler(handler) {
        permissionCheck = handler;
      },
    },
  };
  return {
    contents,
    emit(event: string, url?: string) {
      const e = { preventDefault: vi.fn() };
      for (const listener of listeners.get(event) ?? []) listener(e, url);
      return e;
    },
    openWindow: (url: string) => windowOpenHandler?.({ url }),
    requestPermission(permission: string) {
      const callback = vi.fn();
      permissionRequest?.(null, permission, callback);
      return callback;
    },
    checkPermission: (permission: string) => permissionCheck?.(null, permission),
  };
}

describe('hardenWebContents', () => {
  function setup() {
    const fake = fakeContents();
    const shell = { openExternal: vi.fn(async () => undefined) };
    hardenWebContents(fake.contents, shell);
    return { ...fake, shell };
  }

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('cancels %s, even to a trusted site', (event) => {
    const { emit, shell } = setup();
    expect(emit(event, 'https://example.com/').preventDefault).toHaveBeenCalledOnce();
    expect(emit(event, 'file:///etc/passwd').preventDefault).toHaveBeenCalledOnce();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses to attach a <webview>', () => {
    expect(setup().emit('will-attach-webview').preventDefault).toHaveBeenCalledOnce();
  });

  it('denies every new window and sends trusted links to the system browser', () => {
    const { openWindow, shell } = setup();
    expect(openWindow('https://example.com/privacy')).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/privacy');
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'http://u:p@example.com', 'data:text/html,x', 'mailto:a@b.c']) {
      expect(openWindow(url)).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).toHaveBeenCalledOnce();
  });

  it('denies permission requests and checks', () => {
    const { requestPermission, checkPermission } = setup();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      expect(requestPermission(permission)).toHaveBeenCalledExactlyOnceWith(false);
      expect(checkPermission(permission)).toBe(false);
    }
  });
});

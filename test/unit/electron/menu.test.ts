import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuCallbacks } from '../../../electron/menu.ts';
import { MENU_COMMANDS } from '../../../shared/host/channels.ts';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function find(items: readonly MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = flatten(items).find((i) => i.label === label);
  if (!item) throw new Error(`no menu item ${label}`);
  return item;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as (() => void) | undefined)?.();
}

const recentFiles = [
  { path: '/home/me/acme.policy', name: 'acme.policy', missing: false },
  { path: '/media/usb/old.policy', name: 'old.policy', missing: true },
];

function build(platform: NodeJS.Platform = 'linux', files = recentFiles) {
  const callbacks: MenuCallbacks = { send: vi.fn(), clearRecent: vi.fn(), close: vi.fn() };
  return { template: buildMenuTemplate({ platform, appName: 'Policy Studio', recentFiles: files }, callbacks), callbacks };
}

describe('menu template', () => {
  it('gives the file and edit commands CmdOrCtrl accelerators', () => {
    const { template } = build();
    const accelerators = Object.fromEntries(flatten(template).filter((i) => i.accelerator).map((i) => [i.label ?? i.role, i.accelerator]));
    expect(accelerators).toMatchObject({
      'New from Starter…': 'CmdOrCtrl+N',
      'Open…': 'CmdOrCtrl+O',
      Save: 'CmdOrCtrl+S',
      'Save As…': 'Shift+CmdOrCtrl+S',
      'Export…': 'CmdOrCtrl+E',
      'Publish Version…': 'Shift+CmdOrCtrl+P',
      Close: 'CmdOrCtrl+W',
      undo: 'CmdOrCtrl+Z',
      redo: 'Shift+CmdOrCtrl+Z',
      'Find…': 'CmdOrCtrl+F',
      Translations: 'Shift+CmdOrCtrl+L',
    });
    expect(find(build('win32').template, 'E&xit').role).toBe('quit');
    const redo = flatten(build('win32').template).find((i) => i.role === 'redo');
    expect(redo?.accelerator).toBe('Ctrl+Y');
  });

  it('sends document commands to the page on the menu channels', () => {
    const { template, callbacks } = build();
    const expected: Record<string, string> = {
      'New from Starter…': 'menu:new',
      'Open…': 'menu:open',
      Save: 'menu:save',
      'Save As…': 'menu:save-as',
      'Export…': 'menu:export',
      'Publish Version…': 'menu:publish-version',
      'Compare Versions…': 'menu:compare',
      'Find…': 'menu:find',
      Translations: 'menu:translations',
      'Find Cookies…': 'menu:find-cookies',
    };
    for (const [label, command] of Object.entries(expected)) {
      click(find(template, label));
      expect(callbacks.send).toHaveBeenLastCalledWith(command);
      expect(MENU_COMMANDS).toContain(command);
    }
    click(find(template, 'Close'));
    expect(callbacks.close).toHaveBeenCalledOnce();
  });

  it('lists recent files, greys out missing ones, and can clear the list', () => {
    const { template, callbacks } = build();
    const openRecent = find(template, 'Open Recent');
    const entries = (openRecent.submenu as MenuItemConstructorOptions[]).filter((i) => i.type !== 'separator');
    expect(entries.map((i) => [i.label, i.enabled])).toEqual([
      ['acme.policy', true],
      ['old.policy (missing)', false],
      ['Clear Recent', true],
    ]);
    click(find(template, 'acme.policy'));
    expect(callbacks.send).toHaveBeenCalledWith('menu:open-path', '/home/me/acme.policy');
    click(find(template, 'Clear Recent'));
    expect(callbacks.clearRecent).toHaveBeenCalledOnce();
    const empty = build('linux', []).template;
    expect(find(empty, 'No Recent Projects').enabled).toBe(false);
    expect(find(empty, 'Clear Recent').enabled).toBe(false);
  });

  it('adds the app and Window menus on macOS only', () => {
    expect(build('darwin').template.map((m) => m.label ?? m.role)).toEqual(['Policy Studio', '&File', '&Edit', '&View', 'windowMenu']);
    expect(build('linux').template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View']);
    expect(flatten(build('darwin').template).some((i) => i.label === 'E&xit')).toBe(false);
  });

  it('offers developer tools only when asked', () => {
    const roles = (developer: boolean) =>
      flatten(buildMenuTemplate({ platform: 'linux', appName: 'Policy Studio', recentFiles: [], developer }, { send: vi.fn(), clearRecent: vi.fn(), close: vi.fn() })).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });
});

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecentMenu } from '../../renderer/components/RecentMenu.tsx';
import { RecentProjects } from '../../renderer/components/RecentProjects.tsx';
import type { Host } from '../../renderer/host/host.ts';
import type { RecentFile } from '../../shared/host/api.ts';

afterEach(cleanup);

/** A host that answers only the recent-files calls; anything else would be a bug here. */
function fakeHost(files: RecentFile[]) {
  let list = files;
  const host = {
    kind: 'http',
    recentFiles: vi.fn(async () => ({ ok: true as const, files: list })),
    clearRecentFiles: vi.fn(async () => {
      list = [];
      return { ok: true as const, files: list };
    }),
    openFile: vi.fn(),
  };
  return host as unknown as Host & { recentFiles: typeof host.recentFiles; clearRecentFiles: typeof host.clearRecentFiles; openFile: typeof host.openFile };
}

const FILES: RecentFile[] = [
  { path: '/work/clients/acme.policy', name: 'acme.policy', missing: false },
  { path: '/media/usb/old.policy', name: 'old.policy', missing: true },
];

async function openMenu() {
  fireEvent.click(screen.getByRole('button', { name: /Open Recent/ }));
  const menu = await screen.findByRole('menu', { name: 'Open Recent' });
  await within(menu).findByText('acme.policy');
  return within(menu);
}

describe('Open Recent menu', () => {
  it('lists files newest first, a missing one greyed and marked "missing"', async () => {
    const host = fakeHost(FILES);
    render(<RecentMenu host={host} onOpen={vi.fn()} onMissing={vi.fn()} />);
    const menu = await openMenu();
    const items = menu.getAllByRole('menuitem');
    // Hidden separators make each entry read as a phrase; the name includes the visible text (label in name).
    expect(items.map((i) => i.textContent)).toEqual(['acme.policy, in /work/clients', 'old.policy, in /media/usb, missing', 'Clear list']);
    expect(items[1]?.className).toContain('is-missing');
    expect(items[0]?.className).not.toContain('is-missing');
    expect(items[0]?.getAttribute('title')).toBe('/work/clients/acme.policy');
    expect(menu.getByRole('menuitem', { name: /^old\.policy ?, in \/media\/usb ?, missing$/ })).toBe(items[1]);
    // The first entry has focus; arrow keys move through the entries.
    await waitFor(() => expect(document.activeElement).toBe(items[0]));
    fireEvent.keyDown(items[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(items[1]!, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Open Recent/ }));
  });

  it('explains a missing file instead of trying to open it', async () => {
    const host = fakeHost(FILES);
    const onOpen = vi.fn();
    const onMissing = vi.fn();
    render(<RecentMenu host={host} onOpen={onOpen} onMissing={onMissing} />);
    const menu = await openMenu();
    fireEvent.click(menu.getByText('old.policy').closest('button')!);
    expect(onMissing).toHaveBeenCalledWith(FILES[1]);
    expect(onOpen).not.toHaveBeenCalled();
    expect(host.openFile).not.toHaveBeenCalled();
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('opens a file that is there', async () => {
    const host = fakeHost(FILES);
    const onOpen = vi.fn();
    render(<RecentMenu host={host} onOpen={onOpen} onMissing={vi.fn()} />);
    const menu = await openMenu();
    fireEvent.click(menu.getByText('acme.policy').closest('button')!);
    expect(onOpen).toHaveBeenCalledWith('/work/clients/acme.policy');
  });

  it('asks for the list each time it opens, and clears it', async () => {
    const host = fakeHost(FILES);
    render(<RecentMenu host={host} onOpen={vi.fn()} onMissing={vi.fn()} />);
    const menu = await openMenu();
    fireEvent.click(menu.getByRole('menuitem', { name: 'Clear list' }));
    await waitFor(() => expect(host.clearRecentFiles).toHaveBeenCalledTimes(1));
    fireEvent.click(screen.getByRole('button', { name: /Open Recent/ }));
    const again = within(await screen.findByRole('menu'));
    await again.findByText('No recent projects');
    expect(host.recentFiles).toHaveBeenCalledTimes(2);
    expect(again.getByRole('menuitem', { name: 'Clear list' }).getAttribute('aria-disabled')).toBe('true');
  });
});

describe('start screen and Open Recent', () => {
  it('read one list: "Clear list" in the menu empties the start screen too', async () => {
    const host = fakeHost(FILES);
    render(
      <>
        <RecentMenu host={host} onOpen={vi.fn()} onMissing={vi.fn()} />
        <RecentProjects host={host} onOpen={vi.fn()} onMissing={vi.fn()} />
      </>,
    );
    const start = within(await screen.findByRole('region', { name: 'Recent projects' }));
    expect(start.getAllByRole('button').map((b) => b.title)).toEqual(FILES.map((f) => f.path));
    const menu = await openMenu();
    fireEvent.click(menu.getByRole('menuitem', { name: 'Clear list' }));
    // The menu closes at once; the start screen's list goes when the host has cleared it.
    expect(screen.queryByRole('menu')).toBeNull();
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Recent projects' })).toBeNull());
    expect(host.clearRecentFiles).toHaveBeenCalledTimes(1);
    // Opened again straight away, the menu shows the cleared list.
    fireEvent.click(screen.getByRole('button', { name: /Open Recent/ }));
    expect(await within(await screen.findByRole('menu')).findByText('No recent projects')).toBeTruthy();
  });

  it('asks for the list after a clear still in flight, so reopening at once shows it empty', async () => {
    const host = fakeHost(FILES);
    render(<RecentMenu host={host} onOpen={vi.fn()} onMissing={vi.fn()} />);
    const menu = await openMenu();
    fireEvent.click(menu.getByRole('menuitem', { name: 'Clear list' }));
    fireEvent.click(screen.getByRole('button', { name: /Open Recent/ }));
    expect(await within(await screen.findByRole('menu')).findByText('No recent projects')).toBeTruthy();
  });

  it('focuses the first entry of the list it asked for, not the start screen\'s older one', async () => {
    const host = fakeHost([]);
    render(
      <>
        <RecentMenu host={host} onOpen={vi.fn()} onMissing={vi.fn()} />
        <RecentProjects host={host} onOpen={vi.fn()} onMissing={vi.fn()} />
      </>,
    );
    await waitFor(() => expect(host.recentFiles).toHaveBeenCalledTimes(1));
    // Files saved since the start screen asked.
    host.recentFiles.mockImplementation(async () => ({ ok: true as const, files: FILES }));
    const menu = await openMenu();
    await waitFor(() => expect(document.activeElement).toBe(menu.getAllByRole('menuitem')[0]));
  });
});

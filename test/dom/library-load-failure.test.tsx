import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CookieDiscovery } from '../../renderer/components/CookieDiscovery.tsx';
import type { Host } from '../../renderer/host/host.ts';
import { libraryProblem, loadedLibrary, loadLibrary } from '../../renderer/state/library.ts';
import { parseHar } from '../../shared/discovery/har.ts';
import type { FindCookiesResult } from '../../shared/host/api.ts';
import { buildProject } from '../fixtures/project-builder.ts';

/**
 * The library's chunk can fail to load (an app updated under a running
 * window, a damaged install). That failure used to be kept for good: the
 * cookie finder's button stayed busy and nothing said why. Here the library
 * fails as often as `failures` says, then loads.
 */
const failures = vi.hoisted(() => ({ left: 0 }));
vi.mock('../../shared/library/load.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../shared/library/load.ts')>();
  return {
    ...real,
    library: () => {
      if (failures.left > 0) {
        failures.left--;
        throw new Error('the library chunk could not be read');
      }
      return real.library();
    },
  };
});

afterEach(cleanup);

const har = parseHar(readFileSync(resolve(process.cwd(), 'test/fixtures/discovery/shop.har'), 'utf8'));

describe('the library when it cannot be loaded', () => {
  it('says why, keeps no failure, and loads on the next try', async () => {
    failures.left = 1;
    await expect(loadLibrary()).rejects.toThrow('the library chunk could not be read');
    expect(libraryProblem()).toContain('could not be loaded (the library chunk could not be read)');
    expect(loadedLibrary()).toBeNull();
    const library = await loadLibrary();
    expect(library.cookies.length).toBeGreaterThan(100);
    expect(libraryProblem()).toBeNull();
  });

  it('the cookie finder shows the problem, stays usable, and compares what it found on "Try again" without reading the file again', async () => {
    // The module keeps a loaded library: this test runs in a fresh module graph so the first load fails.
    vi.resetModules();
    const { CookieDiscovery: FreshDiscovery } = (await import('../../renderer/components/CookieDiscovery.tsx')) as { CookieDiscovery: typeof CookieDiscovery };
    // Twice: the dialog starts loading the library as it opens, and the file's cookies ask for it again.
    failures.left = 2;
    const found: FindCookiesResult = har.ok ? { ok: true, source: 'shop.har', site: har.site, found: har.found } : { ok: false, kind: 'failed', message: har.message };
    const importCookies = vi.fn(async () => found);
    const host = { kind: 'http', importCookies, scanCookies: vi.fn() } as unknown as Host;
    const user = userEvent.setup();
    render(<FreshDiscovery host={host} project={buildProject()} update={vi.fn()} onClose={vi.fn()} />);
    const dialog = screen.getByRole('dialog', { name: 'Find cookies' });
    await user.click(within(dialog).getByRole('button', { name: 'Choose a HAR or CSV file…' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('The service and cookie library could not be loaded (the library chunk could not be read)');
    expect((within(dialog).getByRole('button', { name: 'Choose a HAR or CSV file…' }) as HTMLButtonElement).disabled).toBe(false);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await within(dialog).findByText(/6 cookies found on www\.nordlys-shop\.example \(shop\.har\)/)).toBeTruthy();
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(importCookies).toHaveBeenCalledTimes(1);
  });
});

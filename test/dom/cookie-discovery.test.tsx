import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CookieDiscovery } from '../../renderer/components/CookieDiscovery.tsx';
import type { Host } from '../../renderer/host/host.ts';
import { createHistory, recordEdit, undo, type History } from '../../renderer/state/history.ts';
import { parseHar } from '../../shared/discovery/har.ts';
import type { FindCookiesResult } from '../../shared/host/api.ts';
import type { Project } from '../../shared/model/index.ts';
import { buildProject } from '../fixtures/project-builder.ts';

afterEach(cleanup);

// The DOM environment's import.meta.url is not a file URL: the fixture is found from the repository root, where vitest runs.
const har = parseHar(readFileSync(resolve(process.cwd(), 'test/fixtures/discovery/shop.har'), 'utf8'));
const fromHar: FindCookiesResult = har.ok ? { ok: true, source: 'shop.har', site: har.site, found: har.found } : { ok: false, kind: 'failed', message: har.message };

function fakeHost(imported: FindCookiesResult, scanned: FindCookiesResult = { ok: false, kind: 'unavailable', message: 'This window cannot scan sites.' }) {
  const importCookies = vi.fn(async () => imported);
  const scanCookies = vi.fn(async (_url: string) => scanned);
  return { host: { kind: 'http', importCookies, scanCookies } as unknown as Host, importCookies, scanCookies };
}

/** The dialog over the app's history, with an undo button, as App renders it. */
function renderDialog(start: Project, host: Host) {
  let latest = start;
  const onClose = vi.fn();
  function Harness() {
    const [history, setHistory] = useState<History<Project>>(() => createHistory(start));
    latest = history.present;
    return (
      <>
        <button type="button" onClick={() => setHistory((h) => undo(h))}>
          test-undo
        </button>
        <CookieDiscovery host={host} project={history.present} update={(key, edit) => setHistory((h) => recordEdit(h, edit(h.present), { key }))} onClose={onClose} />
      </>
    );
  }
  render(<Harness />);
  return { latest: () => latest, onClose };
}

const listedGa = { name: '_ga', provider: 'Google Analytics', category: 'analytics', purpose: 'Counts visits', duration: '2 years', party: 'first' } as const;

describe('Find cookies', () => {
  it('lists a HAR file’s cookies as new or listed, with the project’s rows not found, and adds what is ticked in one undoable step', async () => {
    const user = userEvent.setup();
    const { host } = fakeHost(fromHar);
    const start = buildProject({ languages: ['en', 'sv'], cookies: [listedGa, { ...listedGa, name: 'old_banner', provider: 'Nordlys', category: 'functional' }] });
    const { latest, onClose } = renderDialog(start, host);
    await user.click(screen.getByRole('button', { name: 'Choose a HAR or CSV file…' }));
    const dialog = screen.getByRole('dialog', { name: 'Find cookies' });
    // The library loads with the dialog (a chunk of its own): the list appears once it has.
    expect(await within(dialog).findByText(/6 cookies found on www\.nordlys-shop\.example \(shop\.har\): 5 new, 1 already listed, 1 listed but not found\./)).toBeTruthy();
    const row = (name: string) => within(dialog).getAllByRole('row').find((r) => r.children[1]?.textContent === name)!;
    expect(row('_ga').getAttribute('data-status')).toBe('listed');
    expect(within(row('_ga')).queryByRole('checkbox')).toBeNull();
    expect(row('old_banner').getAttribute('data-status')).toBe('gone');
    expect((within(dialog).getByRole('checkbox', { name: 'Add IDE' }) as HTMLInputElement).checked).toBe(true);
    // Not in the library: no category until the person chooses one.
    const uid7 = within(dialog).getByRole('checkbox', { name: 'Add uid7' }) as HTMLInputElement;
    expect(uid7.disabled).toBe(true);
    await user.selectOptions(within(dialog).getByLabelText('Category of uid7'), 'marketing');
    expect(uid7.checked).toBe(true);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Add _fbp' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Remove old_banner from the project' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add 3, remove 1' }));
    expect(onClose).toHaveBeenCalled();
    // Kept rows first, then the added ones in the review's order.
    expect(latest().cookies.map((c) => [c.name, c.category, c.party])).toEqual([
      ['_ga', 'analytics', 'first'],
      ['_ga_X1Y2Z3', 'analytics', 'first'],
      ['IDE', 'marketing', 'third'],
      ['uid7', 'marketing', 'third'],
    ]);
    expect(latest().cookies.map((c) => c.name)).not.toContain('old_banner');
    expect(latest().cookies.map((c) => c.name)).not.toContain('_fbp');
    const ide = latest().cookies.find((c) => c.name === 'IDE');
    expect(ide?.provider).toBe('Google Ads');
    expect(ide?.purpose).toMatchObject({ en: expect.any(String), sv: expect.any(String) });
    await user.click(screen.getByRole('button', { name: 'test-undo' }));
    expect(latest()).toEqual(start);
  });

  it('scans the address typed, and shows what went wrong in words', async () => {
    const user = userEvent.setup();
    const { host, scanCookies } = fakeHost({ ok: false, kind: 'cancelled' }, { ok: false, kind: 'failed', message: 'http://127.0.0.1:1/ did not load: net::ERR_CONNECTION_REFUSED' });
    renderDialog(buildProject(), host);
    await user.type(screen.getByLabelText('Web address'), 'http://127.0.0.1:1/');
    await user.click(screen.getByRole('button', { name: 'Scan' }));
    await screen.findByRole('alert');
    expect(scanCookies).toHaveBeenCalledWith('http://127.0.0.1:1/');
    expect(screen.getByRole('alert').textContent).toBe('http://127.0.0.1:1/ did not load: net::ERR_CONNECTION_REFUSED');
  });
});

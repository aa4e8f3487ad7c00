import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HostFileDialog } from '../../renderer/components/HostFileDialog.tsx';
import type { Host } from '../../renderer/host/host.ts';
import type { HostDialogSession } from '../../renderer/host/http-host.ts';
import type { HostAnswerResult, HostDialogRequest, HostFolderEntry } from '../../shared/host/host-file-dialog.ts';

afterEach(cleanup);

const MODIFIED = Date.parse('2026-03-04T05:06:07Z');
const entry = (name: string, kind: HostFolderEntry['kind'] = 'file', selectable = kind === 'file'): HostFolderEntry => ({ name, kind, size: 2048, modified: MODIFIED, selectable });

/** A browser host whose next dialog is `request`, over folders given as name → entries. */
function fakeHost(request: Partial<HostDialogRequest>, folders: Record<string, HostFolderEntry[]>, answers: HostAnswerResult[] = [{ ok: true }]) {
  let show: ((session: HostDialogSession | null) => void) | undefined;
  const list = vi.fn(async (dir: string) => (folders[dir] ? { ok: true as const, dir, entries: folders[dir] } : { ok: false as const, message: `no ${dir}` }));
  const answer = vi.fn(async (): Promise<HostAnswerResult> => {
    const result = answers.shift() ?? { ok: true };
    if (result.ok) show?.(null);
    return result;
  });
  const session: HostDialogSession = {
    request: { id: 'd1', mode: 'open', title: 'Open project', extensions: ['policy'], kindLabel: 'Policy Studio project', root: '/home/ann/policies', startDir: '', ...request },
    list,
    answer,
  };
  const host = {
    kind: 'http',
    fileDialogs: {
      subscribe(listener: (s: HostDialogSession | null) => void) {
        show = listener;
        return () => undefined;
      },
    },
  } as unknown as Host;
  return { host, list, answer, open: () => act(() => show?.(session)) };
}

const options = () => screen.getAllByRole('option').map((o) => o.querySelector('.ps-hostfiles-name')?.textContent);

describe('the browser host’s file dialog', () => {
  it('shows nothing in the desktop app, whose dialogs are native', () => {
    const { container } = render(<HostFileDialog host={{ kind: 'electron' } as unknown as Host} />);
    expect(container.innerHTML).toBe('');
  });

  it('opens a project with the keyboard: arrows move, Enter goes into a folder, Backspace back up, Enter on a file opens it', async () => {
    const fake = fakeHost({}, { '': [entry('drafts', 'folder'), entry('acme.policy')], drafts: [entry('old.policy')] });
    render(<HostFileDialog host={fake.host} />);
    fake.open();
    const list = await screen.findByRole('listbox', { name: 'Contents of /home/ann/policies' });
    await waitFor(() => expect(options()).toEqual(['drafts', 'acme.policy']));
    expect(document.activeElement).toBe(list);
    expect(screen.getByRole('option', { name: /acme\.policy/ }).textContent).toContain('2 kB');
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(screen.getByRole('option', { name: /drafts/ }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(list, { key: 'Enter' });
    await waitFor(() => expect(options()).toEqual(['old.policy']));
    expect(screen.getByText('/home/ann/policies/drafts')).toBeTruthy();
    fireEvent.keyDown(list, { key: 'Backspace' });
    await waitFor(() => expect(options()).toEqual(['drafts', 'acme.policy']));
    // Back up, the folder just left is the one selected.
    expect(screen.getByRole('option', { name: /drafts/ }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(list, { key: 'End' });
    fireEvent.keyDown(list, { key: 'Enter' });
    await waitFor(() => expect(fake.answer).toHaveBeenCalledWith({ dir: '', name: 'acme.policy' }, false));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('asks before replacing a file, and replaces it only when the person says so', async () => {
    const fake = fakeHost({ mode: 'save', title: 'Save project', suggestedName: 'acme.policy' }, { '': [entry('acme.policy')] }, [
      { ok: false, kind: 'exists', name: 'acme.policy', message: 'A file named "acme.policy" already exists. Replace it?' },
      { ok: true },
    ]);
    render(<HostFileDialog host={fake.host} />);
    fake.open();
    const name = (await screen.findByLabelText('File name')) as HTMLInputElement;
    expect(name.value).toBe('acme.policy');
    expect(document.activeElement).toBe(name);
    fireEvent.keyDown(name, { key: 'Enter' });
    await screen.findByText('A file named "acme.policy" already exists. Replace it?');
    expect(screen.getByRole('dialog', { name: 'Save project' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Replace' }));
    await waitFor(() => expect(fake.answer).toHaveBeenLastCalledWith({ dir: '', name: 'acme.policy' }, true));
    expect(fake.answer).toHaveBeenCalledTimes(2);
  });

  it('shows why a choice was refused and keeps the dialog open', async () => {
    const fake = fakeHost({ mode: 'save', title: 'Save project' }, { '': [] }, [{ ok: false, kind: 'invalid', message: 'A file name cannot start with a dot.' }]);
    render(<HostFileDialog host={fake.host} />);
    fake.open();
    const save = await screen.findByRole('button', { name: 'Save' });
    expect((save as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('File name'), { target: { value: '.hidden' } });
    fireEvent.click(save);
    expect((await screen.findByRole('alert')).textContent).toBe('A file name cannot start with a dot.');
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('exports into the folder shown; Escape cancels this dialog only, not the one beneath it', async () => {
    const fake = fakeHost({ mode: 'folder', title: 'Export to folder', extensions: ['html'] }, { '': [entry('site', 'folder', true), entry('privacy-policy.en.html', 'file', false)] });
    const beneath = vi.fn();
    window.addEventListener('keydown', beneath);
    render(<HostFileDialog host={fake.host} />);
    fake.open();
    await waitFor(() => expect(options()).toEqual(['site', 'privacy-policy.en.html']));
    expect(screen.getByRole('option', { name: /privacy-policy/ }).getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText(/Files already here are greyed out/)).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('listbox'), { key: 'Escape' });
    await waitFor(() => expect(fake.answer).toHaveBeenCalledWith(null, false));
    expect(beneath).not.toHaveBeenCalled();
    window.removeEventListener('keydown', beneath);
  });
});

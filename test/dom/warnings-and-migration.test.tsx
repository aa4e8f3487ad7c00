import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportDialog } from '../../renderer/components/ExportDialog.tsx';
import { MigrationNotice } from '../../renderer/components/MigrationNotice.tsx';
import { StatusBar } from '../../renderer/components/StatusBar.tsx';
import type { Host } from '../../renderer/host/host.ts';
import { useFileCommands } from '../../renderer/state/use-file-commands.ts';
import type { ProjectHistory } from '../../renderer/state/use-project-history.ts';
import { buildProject } from '../fixtures/project-builder.ts';

afterEach(cleanup);

describe('status bar', () => {
  it('never says "All fields valid" while there are warnings', () => {
    const { rerender } = render(<StatusBar status={null} errorCount={0} warningCount={0} stale={false} />);
    expect(screen.getByText('All fields valid')).toBeTruthy();
    rerender(<StatusBar status={null} errorCount={0} warningCount={3} stale={false} />);
    expect(screen.queryByText('All fields valid')).toBeNull();
    expect(screen.getByText('Valid · 3 warnings')).toBeTruthy();
    rerender(<StatusBar status={null} errorCount={0} warningCount={1} stale={false} />);
    expect(screen.getByText('Valid · 1 warning')).toBeTruthy();
    rerender(<StatusBar status={null} errorCount={2} warningCount={1} stale={false} />);
    expect(screen.getByText('2 fields need attention')).toBeTruthy();
  });
});

describe('export dialog', () => {
  it('lists the risk warnings before exporting, with the field each names', () => {
    render(
      <ExportDialog
        host={{ kind: 'http' } as unknown as Host}
        project={buildProject()}
        warnings={[{ path: 'recipients[1].transfers.eu', message: 'No transfer tool for Postmark.' }]}
        languages={['en']}
        folder={null}
        onFolderChosen={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('1 warning to look at before publishing');
    expect(note.textContent).toContain('recipients[1].transfers.eu');
    expect(note.textContent).toContain('No transfer tool for Postmark.');
  });
});

describe('opening a file of format version 1', () => {
  const host = (migrationNotes: string[]) =>
    ({
      kind: 'http',
      openFile: vi.fn(async () => ({ ok: true, path: '/p/acme.policy', name: 'acme.policy', project: buildProject(), migratedFrom: 1, migrationNotes })),
      checkRecovery: vi.fn(async () => ({ ok: true, recovery: null })),
      takeLaunchFile: vi.fn(async () => ({ ok: true, path: null })),
      setDirty: vi.fn(async () => undefined),
      autosave: vi.fn(async () => undefined),
    }) as unknown as Host;
  const edits = { history: null, replace: vi.fn(), update: vi.fn(), handleUndo: vi.fn(), handleRedo: vi.fn(), bumpRevision: vi.fn(), revision: 0 } as unknown as ProjectHistory;

  it('keeps the migration notes to show, until dismissed', async () => {
    const notes = ['Each processor became a recipient with the role "processor": check the roles.', 'Retention texts were kept as text: enter periods where you can.'];
    const { result } = renderHook(() => useFileCommands({ host: host(notes), edits, ask: async () => true, onLoaded: vi.fn(), onNewAnswered: vi.fn() }));
    await act(() => result.current.handleOpen('/p/acme.policy'));
    expect(result.current.migration).toEqual({ version: 1, notes });
    act(() => result.current.dismissMigration());
    expect(result.current.migration).toBeNull();
  });

  it('shows what was migrated and what to check, and that the file is written as v2 only on save', () => {
    const onDismiss = vi.fn();
    render(<MigrationNotice state={{ version: 1, notes: ['Check the roles of your recipients.'] }} onDismiss={onDismiss} />);
    const notice = screen.getByRole('region', { name: 'Converted from format version 1' });
    expect(notice.textContent).toContain('Check the roles of your recipients.');
    expect(notice.textContent).toMatch(/unchanged until you save/);
    expect(notice.textContent).toMatch(/\.bak/);
    screen.getByRole('button', { name: 'Got it' }).click();
    expect(onDismiss).toHaveBeenCalled();
  });
});

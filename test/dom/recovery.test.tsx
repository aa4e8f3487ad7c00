import { act, cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProjectForm } from '../../renderer/components/ProjectForm.tsx';
import { RecoveryDialog } from '../../renderer/components/RecoveryDialog.tsx';
import type { Host } from '../../renderer/host/host.ts';
import { restoreSnapshot } from '../../renderer/state/recovery.ts';
import { useAutosave } from '../../renderer/state/use-autosave.ts';
import type { Recovery } from '../../shared/host/api.ts';
import { buildProject } from '../fixtures/project-builder.ts';
import { FormHarness } from './harness.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const project = buildProject();
const invalidSnapshot: Recovery = {
  project: { ...project, company: { ...project.company, legalName: '' } } as unknown as Record<string, unknown>,
  path: '/home/me/acme.policy',
  name: 'acme.policy',
  savedAt: '2025-05-01T10:00:00.000Z',
};

describe('restoring unsaved work', () => {
  it('loads an invalid snapshot (legal name emptied at the crash) with its error, rather than refusing it', () => {
    const restored = restoreSnapshot(invalidSnapshot);
    expect(restored).toMatchObject({ ok: true, path: '/home/me/acme.policy', name: 'acme.policy', errors: [{ path: 'company.legalName' }] });
    if (!restored.ok) throw new Error(restored.message);
    // The form shows it, the field marked, every other value kept.
    render(
      <FormHarness project={restored.project}>
        <ProjectForm />
      </FormHarness>,
    );
    expect(screen.getAllByText('expected a non-empty text').length).toBeGreaterThan(0);
    expect(screen.getByDisplayValue(project.company.email)).toBeTruthy();
  });

  it('loads a snapshot missing whole parts, filling them empty so the form can show them', () => {
    const restored = restoreSnapshot({ ...invalidSnapshot, project: { schemaVersion: 2, company: { legalName: 'Acme' } } });
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.project.company.legalName).toBe('Acme');
    expect(restored.project.company.address.country).toBe('');
    expect(restored.project.dataCategories).toEqual([]);
    expect(restored.errors.length).toBeGreaterThan(0);
  });

  it('says why a snapshot from a newer Policy Studio cannot be loaded', () => {
    expect(restoreSnapshot({ ...invalidSnapshot, project: { schemaVersion: 9 } })).toMatchObject({ ok: false, message: expect.stringContaining('newer Policy Studio') });
  });
});

describe('recovery dialog', () => {
  it('offers the work and reports a damaged snapshot kept aside, with where it is', () => {
    const onRestore = vi.fn();
    render(<RecoveryDialog recovery={invalidSnapshot} damaged={[{ keptAs: '/data/autosave.damaged-1.json', reason: 'it is cut off or not valid JSON' }]} onRestore={onRestore} onDismissDamaged={() => undefined} />);
    expect(screen.getByText(/found work on “acme.policy”/)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('it is cut off or not valid JSON — kept as /data/autosave.damaged-1.json');
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    expect(onRestore).toHaveBeenCalledWith(true);
  });

  it('reports damage even when there is no work to offer', () => {
    const onDismiss = vi.fn();
    render(<RecoveryDialog recovery={null} damaged={[{ keptAs: '/data/autosave.damaged-1.json', reason: 'it was written by a newer Policy Studio' }]} onRestore={() => undefined} onDismissDamaged={onDismiss} />);
    expect(screen.getByText('Unsaved work could not be read')).toBeTruthy();
    expect(screen.getByText(/newer Policy Studio — kept as/)).toBeTruthy();
    // The modal's own close (×) and the footer's Close both dismiss it.
    for (const button of screen.getAllByRole('button', { name: 'Close' })) fireEvent.click(button);
    expect(onDismiss).toHaveBeenCalled();
  });

  it('shows nothing when there is nothing to say', () => {
    const { container } = render(<RecoveryDialog recovery={null} damaged={[]} onRestore={() => undefined} onDismissDamaged={() => undefined} />);
    expect(container.textContent).toBe('');
  });
});

describe('autosave', () => {
  it('shows a failed write and tries again at the next tick, without another edit', async () => {
    vi.useFakeTimers();
    const answers = [{ ok: false as const, kind: 'write-failed' as const, message: 'disk full' }, { ok: true as const }];
    const autosave = vi.fn(async () => answers.shift() ?? { ok: true as const });
    const host = { autosave } as unknown as Host;
    const source = { current: () => ({ project, dirty: true, path: null }) };
    const { result } = renderHook(() => useAutosave(host, source, 1000));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(result.current.error).toBe('disk full');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(autosave).toHaveBeenCalledTimes(2);
    expect(result.current.error).toBeNull();
    // Written now: the same work is not written again.
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3000);
    });
    expect(autosave).toHaveBeenCalledTimes(2);
  });
});

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CompareView, type CompareViewProps } from '../../renderer/components/versions/CompareView.tsx';
import { ExportRedlineDialog } from '../../renderer/components/versions/ExportRedlineDialog.tsx';
import type { Host } from '../../renderer/host/host.ts';
import type { CompareSelection } from '../../renderer/state/version-compare.ts';
import type { Project } from '../../shared/model/schema.ts';
import { verifyVersions } from '../../shared/versions/api.ts';
import { editedAfterV1, env, publishedOnce, tamperedV1 } from './versions-fixtures.ts';

afterEach(cleanup);

function renderCompare(project: Project, overrides: Partial<CompareViewProps> = {}) {
  const props: CompareViewProps = {
    project,
    working: project,
    selection: { from: 'v1', to: 'working' },
    onSelect: vi.fn<(s: CompareSelection) => void>(),
    lang: 'en',
    env,
    problems: verifyVersions(project),
    onExport: vi.fn(),
    onClose: vi.fn(),
    onPublish: vi.fn(),
    ...overrides,
  };
  return { props, ...render(<CompareView {...props} />) };
}

const redline = () => screen.getByRole('region', { name: 'Policy document' }).querySelector<HTMLElement>('.ProseMirror')!;
const texts = (root: HTMLElement, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent ?? '');

describe('Compare view', () => {
  it('lists the facts diff in plain words, each line with its kind of change', () => {
    renderCompare(editedAfterV1());
    expect(screen.getByRole('heading', { name: 'v1 compared with Working copy (your edits)' })).toBeTruthy();
    const facts = within(screen.getByRole('region', { name: 'What changed in the facts' }));
    expect(facts.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['AddedAdded Whereby AS (Norway) for video meetings', 'ChangedWe now keep account details for 60 days instead of 30']);
  });

  it('shows the redline read-only: the new recipient and period inserted, the old period deleted, with a legend', async () => {
    renderCompare(editedAfterV1());
    await waitFor(() => expect(redline()).toBeTruthy());
    const doc = redline();
    expect(doc.getAttribute('contenteditable')).toBe('false');
    const inserted = texts(doc, 'ins.redline-insertion').join(' | ');
    const deleted = texts(doc, 'del.redline-deletion').join(' | ');
    expect(inserted).toContain('Whereby AS');
    expect(inserted).toMatch(/60/);
    expect(deleted).toMatch(/30/);
    // A changed retention period shows as the words that changed, not as a replaced paragraph.
    expect(deleted).not.toMatch(/Hetzner/);
    const legend = within(screen.getByLabelText('Legend'));
    expect(legend.getByText('inserted in the newer version')).toBeTruthy();
    expect(legend.getByText('deleted from the older version')).toBeTruthy();
  });

  it('words the diff and the redline in the document language', async () => {
    renderCompare(editedAfterV1(), { lang: 'sv' });
    const facts = screen.getByRole('region', { name: 'What changed in the facts' });
    expect(facts.querySelector('ul')?.getAttribute('lang')).toBe('sv');
    expect(facts.textContent).toContain('Lagt till Whereby AS (Norge)');
    await waitFor(() => expect(redline().getAttribute('lang')).toBe('sv'));
    expect(texts(redline(), 'ins.redline-insertion').join(' ')).toContain('Whereby AS');
  });

  it('says when the facts are the same, and offers both sides in the pickers', () => {
    const { props } = renderCompare(publishedOnce());
    expect(screen.getByText('The facts are the same.')).toBeTruthy();
    const newer = screen.getByLabelText('Newer') as HTMLSelectElement;
    expect([...newer.options].map((o) => o.textContent)).toEqual(['Working copy (your edits)', 'v1 · 2025-01-10 · sent to the lawyer']);
    fireEvent.change(newer, { target: { value: 'v1' } });
    expect(props.onSelect).toHaveBeenCalledWith({ from: 'v1', to: 'v1' });
  });

  it('refuses a version edited by hand after publishing, with a warning', () => {
    renderCompare(tamperedV1(editedAfterV1()));
    expect(screen.getByRole('note').textContent).toContain('v1 does not match what was published');
    expect(screen.getByRole('alert').textContent).toMatch(/v1 was changed after it was published/);
    const older = screen.getByLabelText('Older') as HTMLSelectElement;
    expect([...older.options].find((o) => o.value === 'v1')?.disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Export redline…' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('explains that there is nothing to compare before the first version', () => {
    const { props } = renderCompare(editedAfterV1({ ...publishedOnce(), versions: undefined }), { selection: { from: '', to: 'working' } });
    expect(screen.getByText(/No version has been published yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Publish version…' }));
    expect(props.onPublish).toHaveBeenCalled();
  });

  it('exports the redline through the host: the comparison on screen, as DOCX and HTML', async () => {
    const project = editedAfterV1();
    const exportFiles = vi.fn<Host['exportFiles']>(async () => ({ ok: true, folder: '/out', folderHandle: 'h', files: ['/out/privacy-policy.en.redline-v1-working.docx'], fileHandles: ['f'] }));
    const host = { kind: 'http', exportFiles } as unknown as Host;
    const onFolderChosen = vi.fn();
    render(<ExportRedlineDialog host={host} project={project} selection={{ from: 'v1', to: 'working' }} languages={['en', 'sv']} folder={null} onFolderChosen={onFolderChosen} onClose={vi.fn()} />);
    fireEvent.click(screen.getByLabelText('Svenska'));
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await screen.findByText(/Wrote 1 file/);
    expect(exportFiles).toHaveBeenCalledWith({ project, langs: ['en'], formats: ['docx', 'html'], compare: { from: 'v1', to: 'working' } });
    expect(onFolderChosen).toHaveBeenCalledWith('/out');
  });
});

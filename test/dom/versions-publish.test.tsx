import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { PublishDialog } from '../../renderer/components/versions/PublishDialog.tsx';
import { createHistory, recordEdit, undo, type History } from '../../renderer/state/history.ts';
import { useVersions } from '../../renderer/state/use-versions.ts';
import type { Project } from '../../shared/model/schema.ts';
import { editedAfterV1, env, publishedOnce, tamperedV1 } from './versions-fixtures.ts';

afterEach(cleanup);

/** The dialog over a real edit history, as App wires it: publishing goes through `update`, and an Undo button steps back. */
function PublishHarness({ project, valid = true, seen }: { project: Project; valid?: boolean; seen(p: Project): void }) {
  const [history, setHistory] = useState<History<Project>>(() => createHistory(project));
  const versions = useVersions(history.present, { update: (key, edit) => setHistory((h) => recordEdit(h, edit(h.present), { key })) }, env);
  const [open, setOpen] = useState(true);
  seen(history.present);
  return (
    <>
      <button type="button" onClick={() => setHistory((h) => undo(h))}>
        test-undo
      </button>
      {open && <PublishDialog project={valid ? history.present : null} problems={versions.problems} onPublish={(options) => versions.publish(history.present, options)} onClose={() => setOpen(false)} today="2025-06-02" />}
    </>
  );
}

function renderPublish(project: Project, valid = true) {
  const state: { current: Project } = { current: project };
  render(<PublishHarness project={project} valid={valid} seen={(p) => (state.current = p)} />);
  return state;
}

const textarea = (name: string) => screen.getByRole('textbox', { name }) as HTMLTextAreaElement;

describe('Publish version dialog', () => {
  it('proposes the change-log entry from what changed, in every document language', () => {
    renderPublish(editedAfterV1());
    expect(screen.getByRole('dialog', { name: 'Publish version v2' })).toBeTruthy();
    expect(screen.getByText('Proposed from what changed in the facts since v1 (2025-01-10).')).toBeTruthy();
    expect(textarea('English').value).toBe('Added Whereby AS (Norway) for video meetings. We now keep account details for 60 days instead of 30.');
    const swedish = textarea('Svenska');
    expect(swedish.value).toMatch(/^Lagt till Whereby AS \(Norge\)/);
    expect(swedish.value).toContain('i 60 dagar i stället för 30 dagar');
    expect(swedish.getAttribute('lang')).toBe('sv');
    expect((screen.getByLabelText('Date') as HTMLInputElement).value).toBe('2025-06-02');
  });

  it('publishes the entry as edited, with the note, as one step that Undo takes back', () => {
    const state = renderPublish(editedAfterV1());
    const changeLogBefore = state.current.changeLog.length;
    fireEvent.change(textarea('English'), { target: { value: 'Added Whereby AS (Norway) for video classes.' } });
    fireEvent.change(screen.getByLabelText(/^Note/), { target: { value: 'second draft for the client' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publish' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(state.current.versions?.map((v) => v.id)).toEqual(['v1', 'v2']);
    const v2 = state.current.versions![1]!;
    expect(v2).toMatchObject({ date: '2025-06-02', note: 'second draft for the client' });
    const entry = state.current.changeLog[state.current.changeLog.length - 1]!;
    expect(entry.date).toBe('2025-06-02');
    expect(entry.summary).toMatchObject({ en: 'Added Whereby AS (Norway) for video classes.', sv: expect.stringMatching(/^Lagt till Whereby AS/) });
    // The published snapshot holds the entry as published.
    expect(v2.snapshot.changeLog).toEqual(state.current.changeLog);

    fireEvent.click(screen.getByRole('button', { name: 'test-undo' }));
    expect(state.current.versions?.map((v) => v.id)).toEqual(['v1']);
    expect(state.current.changeLog.length).toBe(changeLogBefore);
  });

  it('asks for the entry in the first language, and refuses a date before the last version', () => {
    const state = renderPublish(editedAfterV1());
    fireEvent.change(textarea('English'), { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publish' }));
    expect(screen.getByText('Write the change-log entry in English.')).toBeTruthy();
    expect(state.current.versions).toHaveLength(1);

    fireEvent.change(textarea('English'), { target: { value: 'Whereby added.' } });
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2024-12-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publish' }));
    expect(screen.getByRole('alert').textContent).toContain('before v1');
    expect(state.current.versions).toHaveLength(1);
  });

  it('says so when nothing changed, and cannot publish an incomplete project', () => {
    renderPublish(publishedOnce());
    expect(screen.getByText('Nothing in the facts changed since v1.')).toBeTruthy();
    cleanup();
    renderPublish(editedAfterV1(), false);
    expect(screen.getByText(/must be complete before a version can be published/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Publish' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('warns about a published version edited by hand, and proposes against none', () => {
    renderPublish(tamperedV1(editedAfterV1()));
    expect(screen.getByText('v1 does not match what was published (the file was edited by hand): it is not trusted and cannot be compared.')).toBeTruthy();
    expect(screen.getByText('This is the first published version.')).toBeTruthy();
  });
});

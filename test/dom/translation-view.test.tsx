import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportDialog } from '../../renderer/components/ExportDialog.tsx';
import { StatusBar } from '../../renderer/components/StatusBar.tsx';
import { TranslationView } from '../../renderer/components/TranslationView.tsx';
import type { Host } from '../../renderer/host/host.ts';
import { createHistory, recordEdit, undo, type History } from '../../renderer/state/history.ts';
import { countGaps } from '../../renderer/translations/rows.ts';
import { fieldLabel } from '../../renderer/translations/field-labels.ts';
import type { Project } from '../../shared/model/index.ts';
import { translationGaps } from '../../shared/translations/gaps.ts';
import { insertCustomSection } from '../../renderer/state/document-edits.ts';
import { buildProject } from '../fixtures/project-builder.ts';

afterEach(cleanup);

/** A project whose texts are in English and Swedish, written side by side (as the starters are). */
function bilingual(): Project {
  const project = buildProject();
  project.scope.services = [{ en: 'the Nordlys planning app', sv: 'planeringsappen Nordlys' }];
  project.security.measures = [
    { en: 'Encryption in transit and at rest', sv: 'Kryptering under överföring och lagring' },
    { en: 'Two-factor authentication for staff', sv: 'Tvåfaktorsautentisering för personalen' },
  ];
  return project;
}

/** The translation view with the app's history, undo and filter, as App provides them. */
function renderView(project: Project) {
  let latest = project;
  function Harness() {
    const [history, setHistory] = useState<History<Project>>(() => createHistory(project));
    const [onlyGaps, setOnlyGaps] = useState(false);
    latest = history.present;
    return (
      <>
        <button type="button" onClick={() => setHistory((h) => undo(h))}>
          test-undo
        </button>
        <TranslationView project={history.present} update={(key, edit) => setHistory((h) => recordEdit(h, edit(h.present), { key }))} onlyGaps={onlyGaps} onOnlyGaps={setOnlyGaps} />
      </>
    );
  }
  const view = render(<Harness />);
  return { ...view, latest: () => latest };
}

const cell = (field: string, lang: 'English' | 'Svenska') => screen.getByLabelText(`${field} (${lang})`) as HTMLTextAreaElement;
/** The state and source text shown under a cell, as a screen reader hears them with it. */
const stateOf = (input: HTMLElement) => document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent ?? '';

describe('translation view', () => {
  it('has a row per free text, labelled in plain words, and a column per document language', () => {
    renderView(bilingual());
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Field', 'English · source', 'Svenska']);
    const row = screen.getByRole('rowheader', { name: /Data category “Account details” › Examples, line 2/ });
    expect(row.textContent).toContain('dataCategories[0].examples[1]');
    expect(cell('Services covered, line 1', 'Svenska').value).toBe('planeringsappen Nordlys');
    expect(stateOf(cell('Services covered, line 1', 'English'))).toBe('Source');
    expect(stateOf(cell('Services covered, line 1', 'Svenska'))).toBe('Own text');
  });

  it('marks the other language stale when the source text is edited, with the new source beside it; translating clears it', () => {
    const { latest } = renderView(bilingual());
    fireEvent.change(cell('Services covered, line 1', 'English'), { target: { value: 'the Nordlys planner' } });
    const sv = cell('Services covered, line 1', 'Svenska');
    expect(sv.value).toBe('planeringsappen Nordlys');
    expect(stateOf(sv)).toBe('StaleChanged since translated — English now: the Nordlys planner');
    expect(screen.getByRole('button', { name: 'Still correct' })).toBeTruthy();

    fireEvent.change(sv, { target: { value: 'planeraren Nordlys' } });
    expect(stateOf(sv)).toBe('Translated');
    expect(latest().scope.services[0]).toMatchObject({ en: 'the Nordlys planner', sv: { text: 'planeraren Nordlys', from: 'en' } });
    expect(translationGaps(latest()).filter((g) => g.path === 'scope.services[0]')).toEqual([]);
  });

  it('shows a missing translation empty, with the source text beside it, and confirms a stale one unchanged', () => {
    renderView(bilingual());
    const purpose = cell('Activity “Creating and running your account” › Purpose', 'Svenska');
    expect(purpose.value).toBe('');
    expect(stateOf(purpose)).toBe('MissingNot yet translated — English: Creating and running your account');
    fireEvent.change(cell('Security measures, line 2', 'English'), { target: { value: 'Two-factor authentication for all staff' } });
    fireEvent.click(screen.getByRole('button', { name: 'Still correct' }));
    expect(stateOf(cell('Security measures, line 2', 'Svenska'))).toBe('Translated');
  });

  it('filters to missing and stale rows; a row translated meanwhile stays until the filter changes', () => {
    renderView(bilingual());
    const filter = screen.getByRole('checkbox', { name: /Only missing and stale/ });
    const all = screen.getAllByRole('rowheader').length;
    fireEvent.change(cell('Services covered, line 1', 'English'), { target: { value: 'the Nordlys planner' } });
    fireEvent.click(filter);
    const shown = screen.getAllByRole('rowheader').map((h) => h.textContent ?? '');
    expect(shown.length).toBeLessThan(all);
    expect(shown.some((t) => t.startsWith('Services covered, line 1'))).toBe(true);
    expect(shown.some((t) => t.startsWith('Security measures'))).toBe(false);
    expect(filter.parentElement?.textContent).toBe(`Only missing and stale (${shown.length})`);

    fireEvent.change(cell('Services covered, line 1', 'Svenska'), { target: { value: 'planeraren Nordlys' } });
    expect(cell('Services covered, line 1', 'Svenska')).toBeTruthy();
    fireEvent.click(filter);
    fireEvent.click(filter);
    expect(screen.queryByLabelText('Services covered, line 1 (Svenska)')).toBeNull();
  });

  it('moves with Enter to the cell below (Shift+Enter above) and with Tab along the row', async () => {
    renderView(bilingual());
    const user = userEvent.setup();
    const first = cell('Services covered, line 1', 'Svenska');
    first.focus();
    fireEvent.keyDown(first, { key: 'Enter' });
    const below = document.activeElement as HTMLTextAreaElement;
    expect(below.getAttribute('aria-label')).toBe('Data category “Account details” › Name (Svenska)');
    fireEvent.keyDown(below, { key: 'Enter', shiftKey: true });
    expect(document.activeElement).toBe(first);
    // Enter moves rather than adding a line; Alt+Enter is left to make a new line.
    expect(first.value).toBe('planeringsappen Nordlys');

    cell('Services covered, line 1', 'English').focus();
    await user.tab();
    expect(document.activeElement).toBe(first);
    await user.tab();
    expect((document.activeElement as HTMLElement).getAttribute('aria-label')).toBe('Data category “Account details” › Name (English)');
  });

  it('undoes an edit through the project history, and the stale mark with it', () => {
    const { latest } = renderView(bilingual());
    const before = latest();
    fireEvent.change(cell('Services covered, line 1', 'English'), { target: { value: 'the Nordlys planner' } });
    expect(stateOf(cell('Services covered, line 1', 'Svenska'))).toMatch(/^Stale/);
    fireEvent.click(screen.getByText('test-undo'));
    expect(latest()).toBe(before);
    expect(cell('Services covered, line 1', 'English').value).toBe('the Nordlys planning app');
    expect(stateOf(cell('Services covered, line 1', 'Svenska'))).toBe('Own text');
  });
});

describe('translation gaps in the status bar and the export dialog', () => {
  it('counts missing and stale texts in the status bar, and opens the translations from there', () => {
    const project = bilingual();
    project.scope.services = [{ en: 'the Nordlys planner', sv: { text: 'planeringsappen Nordlys', from: 'en', sourceHash: 'old' } }];
    const count = countGaps(translationGaps(project));
    expect(count.stale).toBe(1);
    expect(count.missing).toBeGreaterThan(0);
    const open = vi.fn();
    render(<StatusBar status={null} errorCount={0} warningCount={0} stale={false} translationGaps={count} onShowTranslations={open} />);
    fireEvent.click(screen.getByRole('button', { name: `${count.missing} texts not yet translated, 1 out of date` }));
    expect(open).toHaveBeenCalledTimes(1);
    cleanup();
    render(<StatusBar status={null} errorCount={0} warningCount={0} stale={false} translationGaps={{ missing: 0, stale: 0 }} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('lists missing and stale texts per language with their fields in plain words, and asks before exporting anyway', async () => {
    const project = buildProject({ languages: ['en', 'sv'] });
    const exportFiles = vi.fn(async () => ({ ok: true as const, folder: '/tmp/out', files: [] }));
    const showTranslations = vi.fn();
    render(
      <ExportDialog host={{ kind: 'http', exportFiles } as unknown as Host} project={project} languages={['en', 'sv']} folder={null} onFolderChosen={vi.fn()} onClose={vi.fn()} onShowTranslations={showTranslations} />,
    );
    const gaps = translationGaps(project, ['sv']);
    const list = within(screen.getByRole('region', { name: 'Svenska' }));
    expect(list.getByRole('heading').textContent).toBe(`Svenska: ${gaps.length} missing`);
    expect(list.getByText('scope.services[0]').parentElement?.textContent).toBe(`${fieldLabel(project, ['scope', 'services', 0])} scope.services[0] — missing`);
    expect(screen.queryByRole('region', { name: 'English' })).toBeNull();

    const dialog = within(screen.getByRole('dialog', { name: 'Export' }));
    fireEvent.click(dialog.getAllByRole('button', { name: 'Export' }).at(-1)!);
    expect(exportFiles).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain(`${gaps.length} texts are missing or stale`);
    fireEvent.click(screen.getByRole('button', { name: 'Translate first' }));
    expect(showTranslations).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Export anyway' }));
    await vi.waitFor(() => expect(exportFiles).toHaveBeenCalledTimes(1));

    // English alone has nothing to translate: no list, no question.
    fireEvent.click(dialog.getByRole('checkbox', { name: 'Svenska' }));
    expect(screen.queryByRole('region', { name: 'Svenska' })).toBeNull();
    fireEvent.click(dialog.getAllByRole('button', { name: 'Export' }).at(-1)!);
    await vi.waitFor(() => expect(exportFiles).toHaveBeenCalledTimes(2));
  });
});

describe('sections of the user\'s own in the translation view', () => {
  it('lists a section written in English that Swedish lacks, adds a Swedish copy to translate, and undo takes it back', async () => {
    const project = insertCustomSection(bilingual(), 'en', 'security', 'Our audit partners', 'An independent firm audits us yearly.');
    const { latest } = renderView(project);
    const list = screen.getByRole('region', { name: 'Sections of your own' });
    expect(list.textContent).toContain('Section “Our audit partners” · Svenska: Not in Svenska yet');
    await userEvent.click(within(list).getByRole('button', { name: 'Add a Svenska version' }));
    expect(latest().customSections.map((c) => [c.language, c.translationOf ?? null])).toEqual([
      ['en', null],
      ['sv', project.customSections[0]!.id],
    ]);
    expect(screen.getByRole('region', { name: 'Sections of your own' }).textContent).toContain('Copied, not yet translated into Svenska');
    expect(within(screen.getByRole('region', { name: 'Sections of your own' })).queryByRole('button', { name: 'Add a Svenska version' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'test-undo' }));
    expect(latest().customSections).toHaveLength(1);
  });
});

import { cleanup, render, renderHook, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TranslationView } from '../../renderer/components/TranslationView.tsx';
import type { Host, PageMenuListener } from '../../renderer/host/host.ts';
import { createHistory, recordEdit, undo, type History } from '../../renderer/state/history.ts';
import { useShortcuts, type WindowCommands } from '../../renderer/state/use-shortcuts.ts';
import type { ExportTranslationsResult, ImportTranslationsResult } from '../../shared/host/api.ts';
import type { ExportTranslationsRequest } from '../../shared/host/requests.ts';
import type { Project } from '../../shared/model/index.ts';
import { translationBatch, type ReturnedBatch } from '../../shared/translations/units.ts';
import { buildProject } from '../fixtures/project-builder.ts';

afterEach(cleanup);

function project(): Project {
  const p = buildProject({ languages: ['en', 'sv', 'de'] });
  p.scope.services = ['the Nordlys planning app'];
  p.security.measures = ['Encryption in transit and at rest'];
  return p;
}

function fakeHost(answers: { exported?: ExportTranslationsResult; imported?: ImportTranslationsResult }) {
  const exportTranslations = vi.fn(async (_request: ExportTranslationsRequest) => answers.exported ?? ({ ok: false, kind: 'cancelled' } as const));
  const importTranslations = vi.fn(async () => answers.imported ?? ({ ok: false, kind: 'cancelled' } as const));
  const showInFolder = vi.fn(async () => ({ ok: true }) as const);
  return { host: { kind: 'http', exportTranslations, importTranslations, showInFolder } as unknown as Host, exportTranslations, importTranslations, showInFolder };
}

/** The view with the app's history and an undo button, as App renders it. */
function renderView(start: Project, host: Host) {
  let latest = start;
  function Harness() {
    const [history, setHistory] = useState<History<Project>>(() => createHistory(start));
    latest = history.present;
    return (
      <>
        <button type="button" onClick={() => setHistory((h) => undo(h))}>
          test-undo
        </button>
        <TranslationView project={history.present} host={host} update={(key, edit) => setHistory((h) => recordEdit(h, edit(h.present), { key }))} onlyGaps={false} onOnlyGaps={vi.fn()} />
      </>
    );
  }
  render(<Harness />);
  return { latest: () => latest };
}

/** A translator's Swedish file for `p`: every unit filled in, one of them made from an older source text. */
function filledSwedish(p: Project): ReturnedBatch {
  const batch = translationBatch(p, 'sv');
  return {
    srcLang: 'en',
    trgLang: 'sv',
    units: batch.units.map((u) =>
      u.path === 'scope.services[0]' ? { path: u.path, sourceHash: 'an-older-hash', target: 'planeringsappen Nordlys' } : { path: u.path, sourceHash: u.sourceHash, target: u.path === 'security.measures[0]' ? 'Kryptering vid överföring och lagring' : undefined },
    ),
  };
}

const files = () => within(screen.getByRole('group', { name: 'Files for translators' }));

describe('translation view: files for translators', () => {
  it('exports the chosen language and format through the host, and offers to show the file', async () => {
    const user = userEvent.setup();
    const { host, exportTranslations, showInFolder } = fakeHost({ exported: { ok: true, path: '/home/me/acme (de).csv', units: 12, toTranslate: 9 } });
    renderView(project(), host);
    // The source language is not offered as a target.
    expect(files().getAllByRole('option').map((o) => o.textContent)).toEqual(['Svenska', 'Deutsch', 'XLIFF 2.0 (translation tools)', 'CSV (spreadsheet)']);
    await user.selectOptions(files().getByLabelText('Translate into'), 'de');
    await user.selectOptions(files().getByLabelText('as'), 'csv');
    await user.click(files().getByRole('button', { name: 'Export for translators…' }));
    expect(exportTranslations).toHaveBeenCalledWith(expect.objectContaining({ lang: 'de', format: 'csv', project: expect.objectContaining({ languages: ['en', 'sv', 'de'] }) }));
    expect(files().getByRole('status').textContent).toContain('Saved acme (de).csv for Deutsch: 9 of 12 texts to translate.');
    await user.click(files().getByRole('button', { name: 'Show in folder' }));
    expect(showInFolder).toHaveBeenCalledWith('/home/me/acme (de).csv');
  });

  it('applies an imported file as one undoable edit and lists the units it refused, with their paths', async () => {
    const user = userEvent.setup();
    const start = project();
    const { host } = fakeHost({ imported: { ok: true, path: '/home/me/sv.xlf', name: 'sv.xlf', batch: filledSwedish(start) } });
    const view = renderView(start, host);
    await user.click(files().getByRole('button', { name: 'Import translations…' }));
    const cell = screen.getByLabelText('Security measures, line 1 (Svenska)') as HTMLTextAreaElement;
    expect(cell.value).toBe('Kryptering vid överföring och lagring');
    const status = files().getByRole('status');
    expect(status.textContent).toContain('sv.xlf into Svenska: applied 1');
    expect(status.textContent).toContain('Not applied (1)');
    expect(within(status).getByRole('listitem').textContent).toMatch(/^scope\.services\[0\]: its en text changed since the file was written/);
    expect(view.latest().scope.services[0]).toBe('the Nordlys planning app');
    await user.click(screen.getByRole('button', { name: 'test-undo' }));
    expect((screen.getByLabelText('Security measures, line 1 (Svenska)') as HTMLTextAreaElement).value).toBe('');
  });

  it('refuses a file for a language the project does not have, and shows why a file could not be read', async () => {
    const user = userEvent.setup();
    const start = project();
    const finnish: ReturnedBatch = { ...filledSwedish(start), trgLang: 'fi' };
    const answers: { imported: ImportTranslationsResult } = { imported: { ok: true, path: '/home/me/fi.xlf', name: 'fi.xlf', batch: finnish } };
    const { host } = fakeHost(answers);
    const view = renderView(start, host);
    await user.click(files().getByRole('button', { name: 'Import translations…' }));
    expect(files().getByRole('status').textContent).toContain('fi.xlf translates from “en” into “fi”');
    expect(view.latest()).toBe(start);
    answers.imported = { ok: false, kind: 'unreadable', path: '/home/me/x.csv', message: '"x.csv" is not a translations file Policy Studio can read: the file is empty.' };
    await user.click(files().getByRole('button', { name: 'Import translations…' }));
    expect(files().getByRole('status').textContent).toBe('"x.csv" is not a translations file Policy Studio can read: the file is empty.');
  });

  it('has no files bar in a project with one language', () => {
    const { host } = fakeHost({});
    renderView(buildProject({ languages: ['en'] }), host);
    expect(screen.queryByRole('group', { name: 'Files for translators' })).toBeNull();
  });
});

describe('native menu: Translations', () => {
  it('toggles the translation view on menu:translations', () => {
    let send: PageMenuListener = () => undefined;
    const host = { kind: 'electron', onMenuCommand: (listener: PageMenuListener) => ((send = listener), () => undefined) } as unknown as Host;
    const toggleTranslations = vi.fn();
    const commands = { handleSave: vi.fn(), handleOpen: vi.fn(), handleUndo: vi.fn(), handleRedo: vi.fn(), openFind: vi.fn(), openNew: vi.fn(), openExport: vi.fn(), toggleTranslations, openPublish: vi.fn(), openCompare: vi.fn() } satisfies WindowCommands;
    renderHook(() => useShortcuts(host, commands));
    send('menu:translations');
    expect(toggleTranslations).toHaveBeenCalledOnce();
  });
});

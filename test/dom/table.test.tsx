import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectForm } from '../../renderer/components/ProjectForm.tsx';
import type { Project } from '../../shared/model/index.ts';
import { buildProject } from '../fixtures/project-builder.ts';
import { FormHarness } from './harness.tsx';

afterEach(cleanup);

function renderProcessors() {
  let latest: Project = buildProject();
  const { container } = render(
    <FormHarness project={latest} onProject={(p) => (latest = p)}>
      <ProjectForm />
    </FormHarness>,
  );
  const table = within(container.querySelector('#form-processors') as HTMLElement);
  return { table, latest: () => latest };
}

describe('processors table', () => {
  it('adds a row and edits its cells', () => {
    const { table, latest } = renderProcessors();
    fireEvent.click(table.getByRole('button', { name: /Add row/ }));
    expect(latest().processors).toHaveLength(3);
    fireEvent.change(table.getByLabelText('Name, row 3'), { target: { value: 'Stripe' } });
    fireEvent.change(table.getByLabelText('Country, row 3'), { target: { value: 'us' } });
    expect(latest().processors[2]).toMatchObject({ name: 'Stripe', country: 'US', safeguard: 'none' });
  });

  it('duplicates, moves and deletes rows', () => {
    const { table, latest } = renderProcessors();
    fireEvent.click(table.getByRole('button', { name: 'Duplicate row 1' }));
    expect(latest().processors.map((p) => p.name)).toEqual(['Hetzner Online GmbH', 'Hetzner Online GmbH', 'Postmark']);
    fireEvent.click(table.getByRole('button', { name: 'Move row 3 up' }));
    expect(latest().processors.map((p) => p.name)).toEqual(['Hetzner Online GmbH', 'Postmark', 'Hetzner Online GmbH']);
    fireEvent.click(table.getByRole('button', { name: 'Delete row 1' }));
    expect(latest().processors.map((p) => p.name)).toEqual(['Postmark', 'Hetzner Online GmbH']);
    expect(table.getByRole('button', { name: 'Move row 1 up' })).toHaveProperty('disabled', true);
  });

  it('turns rows pasted from a spreadsheet into table rows after the current one', () => {
    const { table, latest } = renderProcessors();
    const text = 'Stripe\tPayments\tUS\tdpf\nMailgun\tEmail delivery\tDE\tnone\thttps://mailgun.com\n';
    fireEvent.paste(table.getByLabelText('Name, row 1'), { clipboardData: { getData: () => text } });
    expect(latest().processors.map((p) => p.name)).toEqual(['Hetzner Online GmbH', 'Stripe', 'Mailgun', 'Postmark']);
    expect(latest().processors[1]).toEqual({ name: 'Stripe', activity: 'Payments', country: 'US', safeguard: 'dpf' });
    expect(latest().processors[2]?.url).toBe('https://mailgun.com');
    expect(screen.getByText('Imported 2 rows')).toBeTruthy();
  });

  it('maps pasted rows by their header row', () => {
    const { table, latest } = renderProcessors();
    const text = 'Country\tName\tSafeguard\nIE\tIntercom\tSCC\n';
    fireEvent.paste(table.getByLabelText('Name, row 2'), { clipboardData: { getData: () => text } });
    expect(latest().processors[2]).toMatchObject({ name: 'Intercom', country: 'IE', safeguard: 'scc' });
  });

  it('leaves a single-cell paste to the input', () => {
    const { table, latest } = renderProcessors();
    fireEvent.paste(table.getByLabelText('Name, row 1'), { clipboardData: { getData: () => 'Just a name' } });
    expect(latest().processors).toHaveLength(2);
  });

  it('moves between cells with arrow keys and Enter', () => {
    const { table } = renderProcessors();
    const first = table.getByLabelText('Name, row 1') as HTMLInputElement;
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(table.getByLabelText('Name, row 2'));
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Enter', shiftKey: true });
    expect(document.activeElement).toBe(first);
    first.setSelectionRange(first.value.length, first.value.length);
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(table.getByLabelText('What they do, row 1'));
  });

  it('imports a CSV file with quoted fields', async () => {
    const { table, latest } = renderProcessors();
    const csv = 'Name,What they do,Country\n"Acme, Inc.","Hosting, backups",SE\n';
    const input = table.getByLabelText('Import CSV…') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([csv], 'processors.csv', { type: 'text/csv' })] } });
    await screen.findByText('Imported 1 rows');
    expect(latest().processors[2]).toMatchObject({ name: 'Acme, Inc.', activity: 'Hosting, backups', country: 'SE' });
  });
});

import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectForm } from '../../renderer/components/ProjectForm.tsx';
import type { Project } from '../../shared/model/index.ts';
import { buildProject } from '../fixtures/project-builder.ts';
import { FormHarness } from './harness.tsx';

afterEach(cleanup);

function renderCookies() {
  let latest: Project = buildProject();
  const { container } = render(
    <FormHarness project={latest} onProject={(p) => (latest = p)}>
      <ProjectForm />
    </FormHarness>,
  );
  const table = within(container.querySelector('#form-cookies') as HTMLElement);
  return { table, latest: () => latest };
}

describe('cookies table', () => {
  it('adds a row and edits its cells', () => {
    const { table, latest } = renderCookies();
    fireEvent.click(table.getByRole('button', { name: /Add row/ }));
    expect(latest().cookies).toHaveLength(3);
    fireEvent.change(table.getByLabelText('Name, row 3'), { target: { value: '_ga' } });
    fireEvent.change(table.getByLabelText('Provider, row 3'), { target: { value: 'Google' } });
    expect(latest().cookies[2]).toMatchObject({ name: '_ga', provider: 'Google', category: 'necessary' });
  });

  it('duplicates, moves and deletes rows', () => {
    const { table, latest } = renderCookies();
    fireEvent.click(table.getByRole('button', { name: 'Duplicate row 1' }));
    expect(latest().cookies.map((c) => c.name)).toEqual(['session_id', 'session_id', '_pk_id']);
    fireEvent.click(table.getByRole('button', { name: 'Move row 3 up' }));
    expect(latest().cookies.map((c) => c.name)).toEqual(['session_id', '_pk_id', 'session_id']);
    fireEvent.click(table.getByRole('button', { name: 'Delete row 1' }));
    expect(latest().cookies.map((c) => c.name)).toEqual(['_pk_id', 'session_id']);
    expect(table.getByRole('button', { name: 'Move row 1 up' })).toHaveProperty('disabled', true);
  });

  it('turns rows pasted from a spreadsheet into table rows after the current one', () => {
    const { table, latest } = renderCookies();
    const text = '_ga\tGoogle\tanalytics\tCounts visitors\t2 years\tthird\n_fbp\tMeta\tMarketing\tAds\t3 months\tthird\n';
    fireEvent.paste(table.getByLabelText('Name, row 1'), { clipboardData: { getData: () => text } });
    expect(latest().cookies.map((c) => c.name)).toEqual(['session_id', '_ga', '_fbp', '_pk_id']);
    expect(latest().cookies[1]).toEqual({ name: '_ga', provider: 'Google', category: 'analytics', purpose: 'Counts visitors', duration: '2 years', party: 'third' });
    expect(latest().cookies[2]?.category).toBe('marketing');
    expect(screen.getByText('Imported 2 rows')).toBeTruthy();
  });

  it('maps pasted rows by their header row', () => {
    const { table, latest } = renderCookies();
    const text = 'Provider\tName\tType\nStripe\t__stripe_mid\tNecessary\n';
    fireEvent.paste(table.getByLabelText('Name, row 2'), { clipboardData: { getData: () => text } });
    expect(latest().cookies[2]).toMatchObject({ name: '__stripe_mid', provider: 'Stripe', category: 'necessary' });
  });

  it('leaves a single-cell paste to the input', () => {
    const { table, latest } = renderCookies();
    fireEvent.paste(table.getByLabelText('Name, row 1'), { clipboardData: { getData: () => 'Just a name' } });
    expect(latest().cookies).toHaveLength(2);
  });

  it('moves between cells with arrow keys and Enter', () => {
    const { table } = renderCookies();
    const first = table.getByLabelText('Name, row 1') as HTMLInputElement;
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(table.getByLabelText('Name, row 2'));
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Enter', shiftKey: true });
    expect(document.activeElement).toBe(first);
    first.setSelectionRange(first.value.length, first.value.length);
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(table.getByLabelText('Provider, row 1'));
  });

  it('imports a CSV file with quoted fields', async () => {
    const { table, latest } = renderCookies();
    const csv = 'Name,Provider,Purpose\n"cart","Shop, Inc.","Keeps your basket, between visits"\n';
    const input = table.getByLabelText('Import CSV…') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([csv], 'cookies.csv', { type: 'text/csv' })] } });
    await screen.findByText('Imported 1 rows');
    expect(latest().cookies[2]).toMatchObject({ name: 'cart', provider: 'Shop, Inc.', purpose: 'Keeps your basket, between visits' });
  });
});

import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectForm } from '../../renderer/components/ProjectForm.tsx';
import { buildProject } from '../fixtures/project-builder.ts';
import { FormHarness } from './harness.tsx';

afterEach(cleanup);

const card = (name: string) => within(screen.getByRole('group', { name }));

/**
 * A keystroke tells the typed field at once and the fields at unrelated
 * paths a task later (form-context.ts): what the user sees must still be
 * right, in the typed field at once and everywhere once the task has run.
 */
describe('form store: a typed edit reaches every field', () => {
  it('keeps every character typed in a row, and a picker whose ids follow a renamed category shows them checked', async () => {
    const project = buildProject();
    render(
      <FormHarness project={project}>
        <ProjectForm />
      </FormHarness>,
    );
    const name = screen.getByLabelText<HTMLInputElement>('Legal name');
    for (const value of ['A', 'Ac', 'Acm', 'Acme Nordic AB']) {
      fireEvent.change(name, { target: { value } });
      // The typed field shows the new text in the same frame: no character is lost to a stale controlled value.
      expect(name.value).toBe(value);
    }
    // A new category picked by an activity, then named: its id follows the name, in the activity too (a path of its own, told a task later).
    fireEvent.click(screen.getByRole('button', { name: '+ Add data category' }));
    const fresh = card('New data category 3');
    const category = fresh.getByLabelText<HTMLInputElement>('Name of the data category');
    fireEvent.click(within(card('Improving the service').getByRole('group', { name: 'Data it uses' })).getByLabelText('#3'));
    fireEvent.focus(category);
    for (const value of ['H', 'He', 'Health records']) fireEvent.change(category, { target: { value } });
    expect(category.value).toBe('Health records');
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    const uses = within(card('Improving the service').getByRole('group', { name: 'Data it uses' }));
    expect(uses.getByLabelText<HTMLInputElement>('Health records').checked).toBe(true);
    expect(uses.queryByText(/health-records|new-data-category/)).toBeNull();
    expect(name.value).toBe('Acme Nordic AB');
  });
});

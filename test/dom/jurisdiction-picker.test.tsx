/** The form's "Laws that apply": the US state laws as one group with their start dates, and Connecticut's question. */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectForm } from '../../renderer/components/ProjectForm.tsx';
import { projectSchema, SCHEMA_VERSION, type Project, type ProjectInput } from '../../shared/model/schema.ts';
import { baseProjectInput } from '../fixtures/project-builder.ts';
import { FormHarness } from './harness.tsx';

afterEach(cleanup);

const build = (patch: Partial<ProjectInput> = {}): Project => projectSchema.parse({ ...baseProjectInput(), schemaVersion: SCHEMA_VERSION, effectiveDate: '2026-12-01', ...patch });

function renderForm(project: Project) {
  let latest = project;
  render(
    <FormHarness project={project} onProject={(p) => (latest = p)}>
      <ProjectForm />
    </FormHarness>,
  );
  return () => latest;
}

const laws = () => screen.getByRole('group', { name: 'Laws that apply' });

describe('the jurisdiction picker', () => {
  it('shows each state law with its start, marking those not yet in force on the effective date', () => {
    renderForm(build());
    const group = within(laws());
    expect(group.getByLabelText(/^Virginia since/)).toBeTruthy();
    expect(group.getByLabelText(/^Oklahoma from/)).toBeTruthy();
    expect(group.getByLabelText(/^Alabama from/)).toBeTruthy();
    expect(group.getByLabelText('Quebec (Law 25)')).toBeTruthy();
  });

  it('selects a state, then every state law in force, and clears them again, leaving the other laws', () => {
    const latest = renderForm(build({ jurisdictions: ['EU'] }));
    const group = within(laws());
    fireEvent.click(group.getByLabelText(/^Texas since/));
    expect(latest().jurisdictions).toEqual(['EU', 'US-TX']);
    fireEvent.click(group.getByRole('button', { name: 'Select the 18 in force' }));
    expect(latest().jurisdictions).toHaveLength(19);
    expect(latest().jurisdictions).not.toContain('US-OK');
    fireEvent.click(group.getByRole('button', { name: 'Clear the states' }));
    expect(latest().jurisdictions).toEqual(['EU']);
  });

  it("asks Connecticut's question on training language models, and stores the answer", () => {
    const latest = renderForm(build({ jurisdictions: ['US-CT'] }));
    const question = screen.getByLabelText('Personal data and large language models (Connecticut)') as HTMLSelectElement;
    fireEvent.change(question, { target: { value: 'none' } });
    expect(latest().languageModelTraining).toEqual({ uses: false, sells: false });
    fireEvent.change(question, { target: { value: 'uses-sells' } });
    expect(latest().languageModelTraining).toEqual({ uses: true, sells: true });
    fireEvent.change(question, { target: { value: '' } });
    expect(latest().languageModelTraining).toBeUndefined();
  });

  it("does not ask Connecticut's question for a policy that takes effect before 1 July 2026", () => {
    renderForm(build({ jurisdictions: ['US-CT'], effectiveDate: '2026-06-30' }));
    expect(screen.queryByLabelText('Personal data and large language models (Connecticut)')).toBeNull();
  });
});

/** The form asks for the EEA markets under the GDPR, and for the federal state of a German company (its authority). */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectForm } from '../../renderer/components/ProjectForm.tsx';
import { EEA_COUNTRIES } from '../../shared/model/countries.ts';
import { projectSchema, SCHEMA_VERSION, type Project, type ProjectInput } from '../../shared/model/schema.ts';
import { baseProjectInput } from '../fixtures/project-builder.ts';
import { FormHarness } from './harness.tsx';

afterEach(cleanup);

const build = (patch: Partial<ProjectInput> = {}): Project => projectSchema.parse({ ...baseProjectInput(), schemaVersion: SCHEMA_VERSION, ...patch });

function renderForm(project: Project) {
  let latest = project;
  render(
    <FormHarness project={project} onProject={(p) => (latest = p)}>
      <ProjectForm />
    </FormHarness>,
  );
  return () => latest;
}

const MARKETS = 'Add a country: Other EEA countries where you offer your services';

describe('EEA markets', () => {
  it('offers only EEA countries, and stores the chosen code', () => {
    const latest = renderForm(build());
    const add = screen.getByLabelText(MARKETS) as HTMLSelectElement;
    const offered = [...add.options].map((o) => o.value).filter((v) => v !== '');
    expect(offered.sort()).toEqual([...EEA_COUNTRIES].sort());
    fireEvent.change(add, { target: { value: 'DE' } });
    expect(latest().markets).toEqual(['DE']);
  });

  it('is not asked without the GDPR', () => {
    renderForm(build({ jurisdictions: ['UK'] }));
    expect(screen.queryByLabelText(MARKETS)).toBeNull();
  });
});

describe('federal state of a German company', () => {
  it('is a choice of the sixteen states, stored as the state’s code', () => {
    const latest = renderForm(build({ company: { ...baseProjectInput().company, address: { street: 'Promenade 1', postalCode: '91522', city: 'Ansbach', country: 'DE' } } }));
    const state = screen.getByLabelText('Federal state (Bundesland)') as HTMLSelectElement;
    expect([...state.options].filter((o) => o.value !== '')).toHaveLength(16);
    fireEvent.change(state, { target: { value: 'BY' } });
    expect(latest().company.address.region).toBe('BY');
  });

  it('is not asked for a Swedish company', () => {
    renderForm(build());
    expect(screen.queryByLabelText('Federal state (Bundesland)')).toBeNull();
  });
});

import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectForm } from '../../renderer/components/ProjectForm.tsx';
import type { Project } from '../../shared/model/index.ts';
import { buildProject } from '../fixtures/project-builder.ts';
import { FormHarness } from './harness.tsx';

afterEach(cleanup);

function renderForm(project: Project = buildProject()) {
  let latest = project;
  const view = render(
    <FormHarness project={project} onProject={(p) => (latest = p)}>
      <ProjectForm />
    </FormHarness>,
  );
  return { ...view, latest: () => latest };
}

/** The validation message linked to a field through aria-describedby. */
function messageFor(field: HTMLElement): string | null {
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
  const texts = ids.map((id) => document.getElementById(id)).filter((el) => el?.className.includes('ps-field-error'));
  return texts[0]?.textContent ?? null;
}

describe('project form validation', () => {
  it('shows the schema message next to an emptied required field, and clears it when fixed', () => {
    renderForm();
    const name = screen.getByLabelText('Legal name');
    fireEvent.change(name, { target: { value: '' } });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(messageFor(name)).toBe('expected a non-empty text');
    fireEvent.change(name, { target: { value: 'Acme AB' } });
    expect(name.getAttribute('aria-invalid')).toBe('false');
    expect(messageFor(name)).toBeNull();
  });

  it('validates formats: email, web address, country code in a table row', () => {
    const { container } = renderForm();
    const email = screen.getByLabelText('Email');
    fireEvent.change(email, { target: { value: 'not-an-email' } });
    expect(messageFor(email)).toBe('expected an email address');
    const website = screen.getByLabelText('Website');
    fireEvent.change(website, { target: { value: 'www.example.com' } });
    expect(messageFor(website)).toMatch(/http/);
    const processors = container.querySelector('#form-processors') as HTMLElement;
    const country = within(processors).getByLabelText('Country, row 1');
    fireEvent.change(country, { target: { value: 'Norge' } });
    expect(country.getAttribute('aria-invalid')).toBe('true');
    expect(within(processors).getByText(/Country: expected an ISO country code/)).toBeTruthy();
  });

  it('removes an optional field when emptied instead of storing an invalid empty text', () => {
    const { latest } = renderForm();
    fireEvent.change(screen.getByLabelText('Trading name'), { target: { value: '' } });
    expect(latest().company.tradingName).toBeUndefined();
    expect(screen.getByLabelText('Trading name').getAttribute('aria-invalid')).toBe('false');
  });

  it('flags list constraints: at least one jurisdiction', () => {
    renderForm();
    const group = screen.getByRole('group', { name: 'Laws that apply' });
    fireEvent.click(within(group).getByLabelText('European Union (GDPR)'));
    expect(within(group).getByText('expected at least one jurisdiction')).toBeTruthy();
  });

  it('edits LocalizedText in the document language, splitting a plain string only for a second language', () => {
    let latest: Project | undefined;
    render(
      <FormHarness project={buildProject()} lang="sv" onProject={(p) => (latest = p)}>
        <ProjectForm />
      </FormHarness>,
    );
    const services = screen.getByLabelText('Services covered') as HTMLTextAreaElement;
    fireEvent.change(services, { target: { value: 'planeringsappen Nordlys' } });
    expect(latest?.scope.services).toEqual([{ en: 'the Nordlys planning app', sv: 'planeringsappen Nordlys' }]);
  });

  it('undoes a burst of typing in one field as one step', () => {
    const { latest } = renderForm();
    const name = screen.getByLabelText('Legal name');
    for (const value of ['A', 'Ac', 'Acm', 'Acme']) fireEvent.change(name, { target: { value } });
    expect(latest().company.legalName).toBe('Acme');
    fireEvent.click(screen.getByText('test-undo'));
    expect(latest().company.legalName).toBe('Nordlys Software AB');
  });
});

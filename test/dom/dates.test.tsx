import { cleanup, fireEvent, render, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProjectForm } from '../../renderer/components/ProjectForm.tsx';
import { datePattern, formatDate, parseDate, userLocale } from '../../renderer/components/fields/dates.ts';
import type { Project } from '../../shared/model/index.ts';
import { buildProject } from '../fixtures/project-builder.ts';
import { FormHarness } from './harness.tsx';

afterEach(cleanup);
// The whole form renders in each test: slow on a shared machine, not a hang.
vi.setConfig({ testTimeout: 20_000 });

describe('dates in the user’s locale', () => {
  it('follow the locale’s order and separator', () => {
    expect(datePattern('en-US').letters).toBe('MM/DD/YYYY');
    expect(datePattern('de-DE').letters).toBe('DD.MM.YYYY');
    expect(datePattern('sv-SE').letters).toBe('YYYY-MM-DD');
    expect(formatDate('2026-12-01', 'en-US')).toBe('12/01/2026');
    expect(formatDate('2026-12-01', 'en-GB')).toBe('01/12/2026');
  });

  it('read what a person types in that order, and ISO anywhere; a date that does not exist is not a date', () => {
    expect(parseDate('01.12.2026', 'de-DE')).toBe('2026-12-01');
    expect(parseDate('12/1/2026', 'en-US')).toBe('2026-12-01');
    expect(parseDate('1/12/2026', 'en-GB')).toBe('2026-12-01');
    expect(parseDate('2026-12-01', 'en-US')).toBe('2026-12-01');
    expect(parseDate('31/02/2026', 'en-GB')).toBeUndefined();
    expect(parseDate('next week', 'en-GB')).toBeUndefined();
  });
});

describe('date fields in the form', () => {
  function renderForm(project: Project) {
    let latest = project;
    const view = render(
      <FormHarness project={project} onProject={(p) => (latest = p)}>
        <ProjectForm />
      </FormHarness>,
    );
    return { ...view, latest: () => latest };
  }

  it('show the effective date and the change-log dates the same way, and store what is typed as ISO', () => {
    const project = buildProject({ effectiveDate: '2024-06-15' });
    const { container, latest } = renderForm(project);
    const changes = within(container.querySelector('#form-changes') as HTMLElement);
    const effective = changes.getByLabelText('Effective date') as HTMLInputElement;
    const logged = changes.getByLabelText('Date, row 2') as HTMLInputElement;
    expect(effective.type).toBe('text');
    expect(effective.value).toBe(formatDate('2024-06-15', userLocale()));
    expect(logged.value).toBe(effective.value);

    const typed = formatDate('2025-02-03', userLocale());
    fireEvent.change(effective, { target: { value: typed } });
    expect(latest().effectiveDate).toBe('2025-02-03');
    fireEvent.change(logged, { target: { value: typed } });
    expect(latest().changeLog[1]?.date).toBe('2025-02-03');
  });

  it('say what to enter, in the user’s order, when a date cannot be read', () => {
    const { container } = renderForm(buildProject());
    const changes = within(container.querySelector('#form-changes') as HTMLElement);
    fireEvent.change(changes.getByLabelText('Effective date'), { target: { value: '32 March' } });
    const pattern = datePattern(userLocale()).letters;
    expect(changes.getByText(`Enter a date as ${pattern}, for example ${formatDate('2026-11-23', userLocale())}`)).toBeTruthy();
    fireEvent.change(changes.getByLabelText('Date, row 1'), { target: { value: 'soon' } });
    expect(changes.getByText(new RegExp(`^Date: Enter a date as ${pattern.replace(/\./g, '\\.')}`))).toBeTruthy();
  });
});

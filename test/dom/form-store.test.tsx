import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useFormSelector, useFormStore } from '../../renderer/components/form-context.ts';
import { buildProject } from '../fixtures/project-builder.ts';
import { FormHarness } from './harness.tsx';

afterEach(cleanup);

/** The legal name as typed, the field's own way (`value:` selector, keyed by its path). */
function LegalName() {
  const { update } = useFormStore();
  const value = useFormSelector('value:company.legalName', (s) => s.project.company.legalName);
  return <input aria-label="Legal name" value={value} onChange={(e) => update('company.legalName', (p) => ({ ...p, company: { ...p.company, legalName: e.target.value } }))} />;
}

/** A heading elsewhere in the form that shows the legal name, declaring the paths it reads. */
function Heading({ reads }: { reads: string[] }) {
  const name = useFormSelector(`heading:${reads.join(' ')}`, (s) => s.project.company.legalName, Object.is, reads);
  return <output aria-label={reads.join(' ')}>{name}</output>;
}

describe('the form store, a keystroke at a time', () => {
  it('updates a selector reading the typed path inside the keystroke, and one that reads elsewhere right after: nothing is missed', async () => {
    render(
      <FormHarness project={buildProject()}>
        <LegalName />
        <Heading reads={['company']} />
        <Heading reads={['jurisdictions']} />
      </FormHarness>,
    );
    const before = screen.getByLabelText<HTMLOutputElement>('jurisdictions').textContent;
    fireEvent.change(screen.getByLabelText('Legal name'), { target: { value: 'Nordlys Holding AB' } });
    expect(screen.getByLabelText('company').textContent).toBe('Nordlys Holding AB');
    // A selector whose paths do not hold the edit hears of it a task later (a path it left out only delays it).
    expect(screen.getByLabelText('jurisdictions').textContent).toBe(before);
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(screen.getByLabelText('jurisdictions').textContent).toBe('Nordlys Holding AB');
  });
});

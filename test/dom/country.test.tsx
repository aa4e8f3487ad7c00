import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { CountryDatalist, CountryInput } from '../../renderer/components/fields.tsx';
import { ProjectForm } from '../../renderer/components/ProjectForm.tsx';
import { countryName, countryOptions, parseCountry } from '../../renderer/i18n/countries.ts';
import { COUNTRY_CODES, type Project } from '../../shared/model/index.ts';
import { usesRegion } from '../../shared/render/address.ts';
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

describe('countries named in the UI language', () => {
  it('offers every ISO country once, sorted by its English name', () => {
    const options = countryOptions('en');
    expect(options).toHaveLength(COUNTRY_CODES.size);
    const names = options.map((o) => o.label);
    expect([...names].sort(new Intl.Collator('en').compare)).toEqual(names);
    expect(options.find((o) => o.value === 'SE')?.label).toBe('Sweden');
    expect(countryName('DE', 'en')).toBe('Germany');
    expect(countryName('Norge', 'en')).toBe('Norge');
  });

  it('reads a typed code, alias or name, in any case; anything else is not a country', () => {
    expect(parseCountry('se', 'en')).toBe('SE');
    expect(parseCountry(' United Kingdom ', 'en')).toBe('GB');
    expect(parseCountry('UK', 'en')).toBe('GB');
    expect(parseCountry('germany', 'en')).toBe('DE');
    expect(parseCountry('Norge', 'en')).toBeNull();
    expect(parseCountry('', 'en')).toBeNull();
  });
});

describe('company country select', () => {
  it('shows the country by name and stores its ISO code', () => {
    const { latest } = renderForm();
    const select = screen.getByLabelText('Country') as HTMLSelectElement;
    expect(select.tagName).toBe('SELECT');
    expect(select.value).toBe('SE');
    expect(select.selectedOptions[0]?.textContent).toBe('Sweden');
    fireEvent.change(select, { target: { value: 'NO' } });
    expect(latest().company.address.country).toBe('NO');
    expect(select.value).toBe('NO');
    expect(select.options[select.selectedIndex]?.textContent).toBe('Norway');
    expect(select.getAttribute('aria-invalid')).toBe('false');
  });

  it('keeps an unknown code from a file selected, with its validation message', () => {
    const project = buildProject();
    renderForm({ ...project, company: { ...project.company, address: { ...project.company.address, country: 'XX' } } });
    const select = screen.getByLabelText('Country') as HTMLSelectElement;
    expect(select.value).toBe('XX');
    expect(select.selectedOptions[0]?.textContent).toBe('XX (not a country code)');
    expect(select.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(select.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(message?.textContent).toBe('expected an ISO country code');
  });

  it('has an optional State / province field that is removed when emptied', () => {
    const project = buildProject();
    const { latest } = renderForm({ ...project, company: { ...project.company, address: { ...project.company.address, country: 'US' } } });
    const region = screen.getByLabelText('State / province');
    fireEvent.change(region, { target: { value: 'OR' } });
    expect(latest().company.address.region).toBe('OR');
    fireEvent.change(region, { target: { value: '' } });
    expect(latest().company.address).not.toHaveProperty('region');
  });
});

describe('State / province only where addresses use one', () => {
  it('is a helper over the countries whose city line writes a region', () => {
    for (const code of ['US', 'CA', 'AU', 'BR', 'IE']) expect(usesRegion(code)).toBe(true);
    for (const code of ['SE', 'GB', 'DE', 'XX', '']) expect(usesRegion(code)).toBe(false);
  });

  it('shows the field for a country that uses one and hides it for one that does not, keeping the value', () => {
    const { latest } = renderForm();
    const country = screen.getByLabelText('Country') as HTMLSelectElement;
    expect(screen.queryByLabelText('State / province')).toBeNull();
    for (const code of ['US', 'CA', 'AU', 'BR', 'IE']) {
      fireEvent.change(country, { target: { value: code } });
      expect(screen.getByLabelText('State / province')).toBeTruthy();
    }
    fireEvent.change(country, { target: { value: 'US' } });
    fireEvent.change(screen.getByLabelText('State / province'), { target: { value: 'OR' } });
    // Switching to a country without states hides the field but does not delete what was typed.
    fireEvent.change(country, { target: { value: 'SE' } });
    expect(screen.queryByLabelText('State / province')).toBeNull();
    expect(latest().company.address.region).toBe('OR');
    fireEvent.change(country, { target: { value: 'US' } });
    expect((screen.getByLabelText('State / province') as HTMLInputElement).value).toBe('OR');
    expect(latest().company.address.region).toBe('OR');
  });
});

/** A CountryInput holding its value in state, with an undo button, as a form field would. */
function CountryBox({ initial }: { initial: string }) {
  const [values, setValues] = useState([initial]);
  return (
    <>
      <CountryInput aria-label="Country box" listId="countries" value={values[values.length - 1]!} onChange={(code) => setValues((v) => [...v, code])} />
      <CountryDatalist id="countries" />
      <output data-testid="stored">{values[values.length - 1]}</output>
      <button type="button" onClick={() => setValues((v) => (v.length > 1 ? v.slice(0, -1) : v))}>
        box-undo
      </button>
    </>
  );
}

describe('typed country input', () => {
  it('shows the name, takes a typed name or code, and stores the code', () => {
    render(<CountryBox initial="DE" />);
    const cell = screen.getByLabelText('Country box') as HTMLInputElement;
    const stored = () => screen.getByTestId('stored').textContent;
    expect(cell.value).toBe('Germany');
    expect(document.getElementById(cell.getAttribute('list')!)?.querySelectorAll('option')).toHaveLength(COUNTRY_CODES.size);
    fireEvent.focus(cell);
    fireEvent.change(cell, { target: { value: 'Sweden' } });
    expect(stored()).toBe('SE');
    fireEvent.change(cell, { target: { value: 'no' } });
    expect(stored()).toBe('NO');
    // While typing, the text stays as typed ("De" on the way to "Denmark" is not shown as "Germany").
    fireEvent.change(cell, { target: { value: 'De' } });
    expect(cell.value).toBe('De');
    fireEvent.change(cell, { target: { value: 'Denmark' } });
    fireEvent.blur(cell);
    expect(stored()).toBe('DK');
    expect(cell.value).toBe('Denmark');
  });

  it('shows the new country when the value changes while it has focus (undo)', () => {
    render(<CountryBox initial="US" />);
    const cell = screen.getByLabelText('Country box') as HTMLInputElement;
    fireEvent.focus(cell);
    fireEvent.change(cell, { target: { value: 'sweden' } });
    expect(screen.getByTestId('stored').textContent).toBe('SE');
    fireEvent.click(screen.getByText('box-undo'));
    expect(cell.value).toBe('United States');
  });
});

describe('recipient countries', () => {
  it('lists the countries by name, adds one from the select and removes one, storing ISO codes', () => {
    const { latest } = renderForm();
    const card = within(screen.getByRole('group', { name: 'Postmark' }));
    const stored = card.getByRole('group', { name: 'Countries where the data is stored' });
    expect(within(stored).getByText('United States')).toBeTruthy();
    fireEvent.change(within(stored).getByLabelText('Add a country: Countries where the data is stored'), { target: { value: 'IE' } });
    expect(latest().recipients[1]?.storedIn).toEqual(['US', 'IE']);
    fireEvent.click(within(stored).getByRole('button', { name: 'Remove United States' }));
    expect(latest().recipients[1]?.storedIn).toEqual(['IE']);
  });

  it('keeps a code that is not a country from a file, with its message', () => {
    const project = buildProject();
    renderForm({ ...project, recipients: [project.recipients[0]!, { ...project.recipients[1]!, storedIn: ['Norge'] }] });
    const stored = within(screen.getByRole('group', { name: 'Postmark' })).getByRole('group', { name: 'Countries where the data is stored' });
    expect(within(stored).getByText('Norge')).toBeTruthy();
    expect(within(stored).getByText('expected an ISO country code')).toBeTruthy();
  });
});

describe('choices with plain-English labels', () => {
  it('names the transfer tool as the law calls it, and shows the help of the chosen legal basis', () => {
    const { container } = renderForm();
    const postmark = within(screen.getByRole('group', { name: 'Postmark' }));
    const tool = postmark.getByLabelText('Transfer tool under EU law') as HTMLSelectElement;
    expect(tool.selectedOptions[0]?.textContent).toBe('EU-US Data Privacy Framework');
    const activities = within(container.querySelector('#form-activities') as HTMLElement);
    const basis = activities.getAllByLabelText('Legal basis 1')[0] as HTMLSelectElement;
    expect(basis.selectedOptions[0]?.textContent).toBe('Contract');
    const hint = document.getElementById(basis.getAttribute('aria-describedby')!);
    expect(hint?.textContent).toMatch(/Art\. 6\(1\)\(b\)/);
  });

  it('names jurisdictions in full and each language in itself', () => {
    renderForm();
    const laws = screen.getByRole('group', { name: 'Laws that apply' });
    expect(within(laws).getByLabelText('California (CCPA/CPRA)')).toBeTruthy();
    const languages = screen.getByRole('group', { name: 'Document languages' });
    expect(within(languages).getByLabelText('English')).toBeTruthy();
    const svenska = within(languages).getByLabelText('Svenska');
    expect(svenska.closest('label')?.querySelector('[lang="sv"]')?.textContent).toBe('Svenska');
  });
});

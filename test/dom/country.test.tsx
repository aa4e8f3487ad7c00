import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
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
  const processors = within(view.container.querySelector('#form-processors') as HTMLElement);
  return { ...view, processors, latest: () => latest };
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

describe('processor country cell', () => {
  it('shows the name, takes a typed name or code, and stores the code', () => {
    const { processors, latest } = renderForm();
    const cell = processors.getByLabelText('Country, row 1') as HTMLInputElement;
    expect(cell.value).toBe('Germany');
    expect(cell.getAttribute('list')).toBeTruthy();
    expect(document.getElementById(cell.getAttribute('list')!)?.querySelectorAll('option')).toHaveLength(COUNTRY_CODES.size);
    fireEvent.focus(cell);
    fireEvent.change(cell, { target: { value: 'Sweden' } });
    expect(latest().processors[0]?.country).toBe('SE');
    fireEvent.change(cell, { target: { value: 'no' } });
    expect(latest().processors[0]?.country).toBe('NO');
    // While typing, the text stays as typed ("De" on the way to "Denmark" is not shown as "Germany").
    fireEvent.change(cell, { target: { value: 'De' } });
    expect(cell.value).toBe('De');
    fireEvent.change(cell, { target: { value: 'Denmark' } });
    fireEvent.blur(cell);
    expect(latest().processors[0]?.country).toBe('DK');
    expect(cell.value).toBe('Denmark');
  });

  it('shows the new country when the value changes while the cell has focus (undo)', () => {
    const { processors, latest } = renderForm();
    const cell = processors.getByLabelText('Country, row 2') as HTMLInputElement;
    fireEvent.focus(cell);
    fireEvent.change(cell, { target: { value: 'swed' } });
    expect(cell.value).toBe('swed');
    fireEvent.change(cell, { target: { value: 'sweden' } });
    expect(latest().processors[1]?.country).toBe('SE');
    fireEvent.click(screen.getByText('test-undo'));
    expect(latest().processors[1]?.country).toBe('US');
    expect(cell.value).toBe('United States');
  });

  it('stores unknown text as typed and shows the validation message', () => {
    const { processors, latest } = renderForm();
    const cell = processors.getByLabelText('Country, row 2') as HTMLInputElement;
    fireEvent.focus(cell);
    fireEvent.change(cell, { target: { value: 'Atlantis' } });
    fireEvent.blur(cell);
    expect(latest().processors[1]?.country).toBe('Atlantis');
    expect(cell.value).toBe('Atlantis');
    expect(cell.getAttribute('aria-invalid')).toBe('true');
    expect(processors.getByText('Country: expected an ISO country code')).toBeTruthy();
  });

  it('turns pasted country names into codes', () => {
    const { processors, latest } = renderForm();
    const text = 'Name\tCountry\tSafeguard\nAcme\tUnited States\tStandard contractual clauses signed with the recipient\n';
    fireEvent.paste(processors.getByLabelText('Name, row 2'), { clipboardData: { getData: () => text } });
    expect(latest().processors[2]).toMatchObject({ name: 'Acme', country: 'US', safeguard: 'scc' });
  });
});

describe('choices with plain-English labels', () => {
  it('labels safeguards with their code and meaning, and shows the help of the chosen legal basis', () => {
    const { processors, container } = renderForm();
    const safeguard = processors.getByLabelText('Safeguard, row 2') as HTMLSelectElement;
    expect(safeguard.selectedOptions[0]?.textContent).toBe('dpf — EU-US Data Privacy Framework (recipient must be certified)');
    const purposes = within(container.querySelector('#form-purposes') as HTMLElement);
    const basis = purposes.getAllByLabelText('Legal basis')[0] as HTMLSelectElement;
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

import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ProjectForm } from '../../renderer/components/ProjectForm.tsx';
import { cookies, findService, services, type LibraryCookie, type LibraryService } from '../../shared/library/index.ts';
import { COOKIE_FACTS, fillCookie, fillRecipient, RECIPIENT_FACTS } from '../../shared/library/suggest.ts';
import en from '../../renderer/i18n/en.json';
import { loadLibrary } from '../../renderer/state/library.ts';
import type { Project } from '../../shared/model/index.ts';
import { buildProject } from '../fixtures/project-builder.ts';
import { FormHarness } from './harness.tsx';

afterEach(cleanup);
// The app loads the library when first needed; loaded up front here, each test stands alone whatever runs first.
beforeAll(() => loadLibrary());
// The whole form renders in each test: slow on a shared machine, not a hang.
vi.setConfig({ testTimeout: 20_000 });

function renderForm(project: Project = buildProject()) {
  let latest = project;
  const view = render(
    <FormHarness project={project} onProject={(p) => (latest = p)}>
      <ProjectForm />
    </FormHarness>,
  );
  return { ...view, latest: () => latest };
}

const stripe = findService('stripe') as LibraryService;

/** A section of the form; queries inside one section stay fast in a form of hundreds of fields. */
function section(id: string): HTMLElement {
  return document.getElementById(`form-${id}`)!;
}

/** The card of the recipient added last. */
function addRecipient(): HTMLElement {
  fireEvent.click(within(section('recipients')).getByText(/Add recipient/));
  const cards = document.querySelectorAll<HTMLElement>('#form-recipients [data-path^="recipients["][data-path$="].name"]');
  return cards[cards.length - 1]!.querySelector('input')!;
}

describe('library suggestions in the form', () => {
  it('typing a recipient name offers library services; choosing one fills the card in every project language, as one undo step', async () => {
    const { latest } = renderForm();
    const name = addRecipient();
    fireEvent.change(name, { target: { value: 'stri' } });
    const list = await within(section('recipients')).findByRole('listbox', { name: 'From the library' });
    const option = within(list).getByRole('option', { name: /^Stripe/ });
    expect(option.textContent).toContain('Stripe Payments Europe, Limited');
    fireEvent.mouseDown(option);

    const row = latest().recipients[2]!;
    expect(row.name).toBe('Stripe Payments Europe, Limited');
    expect(row.id).toBe('stripe');
    expect(row.storedIn).toEqual(['US']);
    expect(row.transfers.eu).toEqual({ mechanism: 'dpf' });
    expect(row.activity).toEqual({ en: 'Processes online payments', sv: 'Hanterar onlinebetalningar' });
    expect(row.library?.id).toBe('stripe');
    expect(within(section('recipients')).queryByRole('listbox', { name: 'From the library' })).toBeNull();

    fireEvent.click(screen.getByText('test-undo'));
    expect(latest().recipients[2]?.name).toBe('stri');
    expect(latest().recipients[2]?.library).toBeUndefined();
  });

  it('takes a suggestion with the arrow keys and Enter, and Escape leaves the text as typed', () => {
    const { latest } = renderForm();
    const name = addRecipient();
    fireEvent.change(name, { target: { value: 'stripe' } });
    fireEvent.keyDown(name, { key: 'Escape' });
    expect(within(section('recipients')).queryByRole('listbox', { name: 'From the library' })).toBeNull();
    expect(latest().recipients[2]?.name).toBe('stripe');
    fireEvent.change(name, { target: { value: 'Stripe' } });
    fireEvent.keyDown(name, { key: 'ArrowDown' });
    expect(name.getAttribute('aria-activedescendant')).toBeTruthy();
    fireEvent.keyDown(name, { key: 'Enter' });
    expect(latest().recipients[2]?.library?.id).toBe('stripe');
  });

  it('a cookie name offers library cookies; choosing one fills provider, category, duration and purpose in every language', () => {
    const { container, latest } = renderForm();
    const cookies = container.querySelector('#form-cookies') as HTMLElement;
    fireEvent.click(within(cookies).getByRole('button', { name: /Add row/ }));
    const name = within(cookies).getByLabelText('Name, row 3');
    fireEvent.change(name, { target: { value: '_ga' } });
    fireEvent.mouseDown(within(cookies).getAllByRole('option', { name: /^_ga\b/ })[0]!);
    const row = latest().cookies[2]!;
    expect(row.name).toBe('_ga');
    expect(row.provider).toBe('Google Analytics');
    expect(row.category).toBe('analytics');
    expect(Object.keys(row.purpose as object)).toEqual(['en', 'sv']);
    expect(Object.keys(row.duration as object)).toEqual(['en', 'sv']);
    expect(row.library?.id).toBeTruthy();
  });
});

describe('library update notice', () => {
  /** A project whose Stripe row was filled from an older entry with other transfer tools. */
  function withOldStripe(): Project {
    const base = buildProject();
    const old: LibraryService = { ...stripe, transfers: { eu: 'scc' } };
    const row = fillRecipient({ ...base.recipients[0]!, id: 'stripe' }, old, { languages: base.languages, usSide: false });
    return { ...base, recipients: [row, base.recipients[1]!] };
  }

  it('names the changed fact on the row and applies it only when asked', () => {
    const { latest } = renderForm(withOldStripe());
    const recipients = within(section('recipients'));
    expect(recipients.getByText("Stripe's entry changed: transfer mechanism")).toBeTruthy();
    expect(latest().recipients[0]?.transfers).toEqual({ eu: { mechanism: 'scc' } });
    fireEvent.click(recipients.getByText('Apply'));
    expect(latest().recipients[0]?.transfers).toEqual({ eu: { mechanism: 'dpf' }, uk: { mechanism: 'dpf' }, ch: { mechanism: 'dpf' } });
    expect(within(section('recipients')).queryByText(/entry changed/)).toBeNull();
  });

  it('Dismiss keeps the row as it is and hides the notice', () => {
    const { latest } = renderForm(withOldStripe());
    fireEvent.click(within(section('recipients')).getByText('Dismiss'));
    expect(latest().recipients[0]?.transfers).toEqual({ eu: { mechanism: 'scc' } });
    expect(within(section('recipients')).queryByText(/entry changed/)).toBeNull();
  });

  it('shows on a cookie row too, and Apply takes the new duration in every language', () => {
    const base = buildProject();
    const ga = cookies().find((c) => c.name === '_ga' && c.match === 'exact') as LibraryCookie;
    const old: LibraryCookie = { ...ga, duration: { kind: 'fixed', amount: 1, unit: 'years' } };
    const row = fillCookie(base.cookies[1]!, old, base.languages);
    const { latest } = renderForm({ ...base, cookies: [base.cookies[0]!, row] });
    const table = within(section('cookies'));
    expect(table.getByText("_ga's entry changed: duration")).toBeTruthy();
    fireEvent.click(table.getByText('Apply'));
    expect(latest().cookies[1]?.duration).toEqual(fillCookie(row, ga, base.languages).duration);
    expect(table.queryByText(/entry changed/)).toBeNull();
  });

  it('asks the user to check a recipient filled from an entry not yet checked against its sources', () => {
    const entry = services().find((s) => s.unverified) as LibraryService;
    const base = buildProject();
    const row = fillRecipient(base.recipients[0]!, entry, { languages: base.languages, usSide: false });
    renderForm({ ...base, recipients: [row, base.recipients[1]!] });
    expect(within(section('recipients')).getByText(new RegExp(`^Filled from the library's entry for ${entry.name}, whose facts are not yet checked`))).toBeTruthy();
  });

  it('has a UI label for every fact a notice can name', () => {
    const keys = [...RECIPIENT_FACTS.map((f) => `library.fact.${f}`), ...COOKIE_FACTS.map((f) => `library.cookieFact.${f}`)];
    expect(keys.filter((k) => !(k in en))).toEqual([]);
  });
});

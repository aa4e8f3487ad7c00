import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectForm } from '../../renderer/components/ProjectForm.tsx';
import type { RiskWarning } from '../../shared/checks/types.ts';
import type { Project } from '../../shared/model/index.ts';
import { buildProject } from '../fixtures/project-builder.ts';
import { hashString } from '../../shared/document/hash.ts';
import { FormHarness } from './harness.tsx';

afterEach(cleanup);

function renderForm(project: Project = buildProject(), warnings?: (p: Project) => RiskWarning[]) {
  let latest = project;
  const view = render(
    <FormHarness project={project} warnings={warnings} onProject={(p) => (latest = p)}>
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

  it('validates formats: email, web address, a cookie row', () => {
    const { container } = renderForm();
    const company = within(container.querySelector('#form-company') as HTMLElement);
    const email = company.getByLabelText('Email');
    fireEvent.change(email, { target: { value: 'not-an-email' } });
    expect(messageFor(email)).toBe('expected an email address');
    const website = company.getByLabelText('Website');
    fireEvent.change(website, { target: { value: 'www.example.com' } });
    expect(messageFor(website)).toMatch(/http/);
    const recipientSite = within(screen.getByRole('group', { name: 'Postmark' })).getByLabelText('Website');
    fireEvent.change(recipientSite, { target: { value: 'postmarkapp.com' } });
    expect(messageFor(recipientSite)).toMatch(/http/);
    const cookies = container.querySelector('#form-cookies') as HTMLElement;
    const name = within(cookies).getByLabelText('Name, row 1');
    fireEvent.change(name, { target: { value: '' } });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(within(cookies).getByText(/Name: expected a non-empty text/)).toBeTruthy();
  });

  it('says what to enter when Minimum age is cleared, not "received NaN"', () => {
    renderForm();
    const age = screen.getByLabelText('Minimum age');
    fireEvent.change(age, { target: { value: '' } });
    expect(messageFor(age)).toBe('Enter the minimum age in whole years, or 0 if there is none');
    fireEvent.change(age, { target: { value: '40' } });
    expect(messageFor(age)).toBe('Enter the minimum age in whole years, or 0 if there is none');
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

  it('edits LocalizedText in the document language: a second language is stored as a translation of the first', () => {
    let latest: Project | undefined;
    render(
      <FormHarness project={buildProject()} lang="sv" onProject={(p) => (latest = p)}>
        <ProjectForm />
      </FormHarness>,
    );
    const services = screen.getByLabelText('Services covered') as HTMLTextAreaElement;
    fireEvent.change(services, { target: { value: 'planeringsappen Nordlys' } });
    expect(latest?.scope.services).toEqual([{ en: 'the Nordlys planning app', sv: { text: 'planeringsappen Nordlys', from: 'en', sourceHash: hashString('the Nordlys planning app') } }]);
  });

  it('shows the source text beside a field not yet translated, and says so in words', () => {
    const project = buildProject();
    project.activities[0]!.purpose = { en: 'Running your account' };
    render(
      <FormHarness project={project} lang="sv">
        <ProjectForm />
      </FormHarness>,
    );
    const purpose = within(screen.getByRole('group', { name: 'Running your account (not yet in SV)' })).getByLabelText('Purpose') as HTMLTextAreaElement;
    expect(purpose.value).toBe('');
    const ids = purpose.getAttribute('aria-describedby')?.split(' ') ?? [];
    const note = ids.map((id) => document.getElementById(id)?.textContent ?? '').find((text) => text.startsWith('Not yet translated'));
    expect(note).toBe('Not yet translated — English: Running your account');
    fireEvent.change(purpose, { target: { value: 'Att driva ditt konto' } });
    expect(document.body.textContent).not.toContain('Not yet translated — English: Running your account');
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

/** The card of an entry, by the heading the user sees. */
const card = (name: string) => within(screen.getByRole('group', { name }));

describe('activities', () => {
  it('adds a legal basis and shows the field that basis needs', () => {
    const { latest } = renderForm();
    const account = card('Creating and running your account');
    expect(account.queryByLabelText('Which law requires it')).toBeNull();
    fireEvent.click(account.getByRole('button', { name: '+ Add a legal basis' }));
    const second = account.getByLabelText('Legal basis 2') as HTMLSelectElement;
    fireEvent.change(second, { target: { value: 'legal-obligation' } });
    const obligation = account.getByLabelText('Which law requires it');
    fireEvent.change(obligation, { target: { value: 'the Swedish Bookkeeping Act (1999:1078)' } });
    expect(latest().activities[0]?.legalBases).toEqual([{ basis: 'contract' }, { basis: 'legal-obligation', obligation: 'the Swedish Bookkeeping Act (1999:1078)' }]);
    fireEvent.change(second, { target: { value: 'legitimate-interests' } });
    expect(account.queryByLabelText('Which law requires it')).toBeNull();
    expect(account.getByLabelText('The legitimate interest')).toBeTruthy();
    fireEvent.click(account.getByRole('button', { name: 'Remove legal basis 2' }));
    expect(latest().activities[0]?.legalBases).toHaveLength(1);
  });

  it('asks for the Art. 9(2) condition once a used category is special-category data', () => {
    const { latest } = renderForm();
    const security = card('Keeping the service secure');
    expect(security.queryByLabelText('Condition for the sensitive data (Art. 9(2))')).toBeNull();
    fireEvent.change(card('Usage data').getByLabelText('Special category (sensitive data under GDPR)'), { target: { value: 'health' } });
    fireEvent.change(security.getByLabelText('Condition for the sensitive data (Art. 9(2))'), { target: { value: 'explicit-consent' } });
    expect(latest().activities[1]?.legalBases[0]?.specialCondition).toBe('explicit-consent');
  });

  it('keeps retention as a period or, switched, as a multi-line text', () => {
    const { latest } = renderForm();
    const account = card('Creating and running your account');
    expect((account.getByLabelText('Amount') as HTMLInputElement).value).toBe('30');
    fireEvent.change(account.getByLabelText('How long it is kept'), { target: { value: 'text' } });
    const text = account.getByLabelText('How long, in words');
    expect(text.tagName).toBe('TEXTAREA');
    fireEvent.change(text, { target: { value: 'Until you close your account' } });
    expect(latest().activities[0]?.retention).toEqual({ kind: 'text', text: 'Until you close your account' });
  });

  it('picks the categories and recipients it uses by name', () => {
    const { latest } = renderForm();
    const improve = card('Improving the service');
    fireEvent.click(within(improve.getByRole('group', { name: 'Data it uses' })).getByLabelText('Account details'));
    fireEvent.click(within(improve.getByRole('group', { name: 'Recipients involved' })).getByLabelText('Postmark'));
    expect(latest().activities[2]).toMatchObject({ categories: ['usage', 'account'], recipients: ['hetzner', 'postmark'] });
  });
});

describe('ids and references', () => {
  it('makes a new category\'s id from its name, and keeps it when the name changes later', () => {
    const { latest } = renderForm();
    fireEvent.click(screen.getByRole('button', { name: '+ Add data category' }));
    const fresh = card('New data category 3');
    const name = fresh.getByLabelText('Name of the data category');
    fireEvent.focus(name);
    for (const value of ['H', 'He', 'Health records']) fireEvent.change(name, { target: { value } });
    expect(latest().dataCategories[2]?.id).toBe('health-records');
    fireEvent.blur(name);
    fireEvent.change(name, { target: { value: 'Medical records' } });
    expect(latest().dataCategories[2]).toMatchObject({ id: 'health-records', name: 'Medical records' });
    // The new category is offered by its name to every activity.
    expect(within(card('Improving the service').getByRole('group', { name: 'Data it uses' })).getByLabelText('Medical records')).toBeTruthy();
  });

  it('gives a new entry a unique id even when the name is taken', () => {
    const { latest } = renderForm();
    fireEvent.click(screen.getByRole('button', { name: '+ Add recipient' }));
    fireEvent.change(card('New recipient 3').getByLabelText('Name'), { target: { value: 'Hetzner' } });
    expect(latest().recipients[2]?.id).toBe('hetzner-2');
  });

  it('removes a category and its reference from every activity; the activity left without one says so', () => {
    const { latest } = renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Usage data' }));
    expect(latest().dataCategories.map((c) => c.id)).toEqual(['account']);
    expect(latest().activities.map((a) => a.categories)).toEqual([['account'], [], []]);
    const security = card('Keeping the service secure');
    expect(within(security.getByRole('group', { name: 'Data it uses' })).getByText('expected at least one data category')).toBeTruthy();
  });

  it('removes a recipient and its reference from every activity', () => {
    const { latest } = renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Postmark' }));
    expect(latest().recipients.map((r) => r.id)).toEqual(['hetzner']);
    expect(latest().activities[0]?.recipients).toEqual(['hetzner']);
  });
});

describe('recipients', () => {
  it('asks for a transfer tool only under selected laws whose area the recipient\'s countries leave', () => {
    const { latest } = renderForm();
    const hetzner = card('Hetzner Online GmbH');
    expect(hetzner.queryByLabelText('Transfer tool under EU law')).toBeNull();
    expect(card('Postmark').getByLabelText('Transfer tool under EU law')).toBeTruthy();
    expect(card('Postmark').queryByLabelText('Transfer tool under UK law')).toBeNull();
    fireEvent.click(within(screen.getByRole('group', { name: 'Laws that apply' })).getByLabelText('United Kingdom (UK GDPR)'));
    const uk = card('Postmark').getByLabelText('Transfer tool under UK law') as HTMLSelectElement;
    expect([...uk.options].map((o) => o.textContent)).toContain('UK International Data Transfer Agreement (IDTA)');
    expect([...uk.options].map((o) => o.textContent)).toContain('UK Extension to the EU-US Data Privacy Framework');
    // Support staff in India: Hetzner's data now leaves the EEA too.
    fireEvent.change(hetzner.getByLabelText('Add a country: Countries it can be accessed from'), { target: { value: 'IN' } });
    fireEvent.change(hetzner.getByLabelText('Transfer tool under EU law'), { target: { value: 'derogation' } });
    fireEvent.change(hetzner.getByLabelText('Which exception'), { target: { value: 'explicit-consent' } });
    expect(latest().recipients[0]?.transfers).toEqual({ eu: { mechanism: 'derogation', derogation: 'explicit-consent' } });
  });

  it('shows the fields each role needs, with plain-language help', () => {
    renderForm();
    const postmark = card('Postmark');
    const role = postmark.getByLabelText('Role') as HTMLSelectElement;
    expect(messageHint(role)).toMatch(/Hosting, email delivery/);
    expect(postmark.queryByLabelText('Their privacy policy')).toBeNull();
    fireEvent.change(role, { target: { value: 'independent-controller' } });
    expect(messageHint(role)).toMatch(/Payment providers, carriers, ad networks/);
    expect(postmark.getByLabelText('Their privacy policy')).toBeTruthy();
    fireEvent.change(role, { target: { value: 'joint-controller' } });
    expect(postmark.getByLabelText('The essence of the arrangement')).toBeTruthy();
  });
});

describe('risk warnings', () => {
  it('shows a warning beside the field its path names, and lists it above the form', () => {
    const warn = (p: Project): RiskWarning[] => (p.recipients[1]?.transfers.eu?.mechanism === 'none' ? [{ path: 'recipients[1].transfers.eu', message: 'No transfer tool: sign the SCCs with Postmark.' }] : []);
    renderForm(buildProject(), warn);
    const tool = card('Postmark').getByLabelText('Transfer tool under EU law');
    expect(screen.queryByText(/No transfer tool/)).toBeNull();
    fireEvent.change(tool, { target: { value: 'none' } });
    const ids = tool.getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(ids.map((id) => document.getElementById(id)?.textContent).join(' ')).toContain('No transfer tool: sign the SCCs with Postmark.');
    expect(tool.getAttribute('aria-invalid')).toBe('false');
    expect(screen.getByText('1 warning to look at before publishing')).toBeTruthy();
  });
});

describe('card headings', () => {
  it('are written in the language the form is shown in', () => {
    const base = buildProject();
    const project = { ...base, dataCategories: [{ ...base.dataCategories[0]!, name: { en: 'Account details', sv: 'Kontouppgifter' } }, base.dataCategories[1]!] };
    render(
      <FormHarness project={project} lang="sv">
        <ProjectForm />
      </FormHarness>,
    );
    expect(screen.getByRole('group', { name: 'Kontouppgifter' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Account details' })).toBeNull();
  });

  it('mark a heading not yet translated instead of passing the source language off as the form’s', () => {
    const base = buildProject();
    const project = { ...base, dataCategories: [{ ...base.dataCategories[0]!, name: { en: 'Account details' } }, base.dataCategories[1]!] };
    render(
      <FormHarness project={project} lang="sv">
        <ProjectForm />
      </FormHarness>,
    );
    expect(screen.getByRole('group', { name: 'Account details (not yet in SV)' })).toBeTruthy();
  });
});

/** The hint linked to a field (the chosen option's help). */
function messageHint(field: HTMLElement): string {
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

import { act, cleanup, fireEvent, render, renderHook, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InterviewDialog } from '../../renderer/components/interview/InterviewDialog.tsx';
import { InterviewNotice } from '../../renderer/components/interview/InterviewNotice.tsx';
import { ProjectForm } from '../../renderer/components/ProjectForm.tsx';
import type { Host } from '../../renderer/host/host.ts';
import { useFileCommands } from '../../renderer/state/use-file-commands.ts';
import type { ProjectHistory } from '../../renderer/state/use-project-history.ts';
import { emptyProject, QUESTIONS, type InterviewResult } from '../../shared/interview/index.ts';
import type { Project } from '../../shared/model/index.ts';
import { FormHarness } from './harness.tsx';

afterEach(cleanup);

const question = () => screen.getByRole('heading', { level: 3 }).textContent;
const textOf = (id: string) => QUESTIONS.find((q) => q.id === id)!.text;
const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
const enter = (el: Element = document.activeElement!) => fireEvent.keyDown(el, { key: 'Enter' });

/** The dialog, and the form it leads to once finished: what App does, without the host. */
function InterviewThenForm({ onResult }: { onResult?(r: InterviewResult): void }) {
  const [result, setResult] = useState<InterviewResult | null>(null);
  if (!result)
    return (
      <InterviewDialog
        onClose={vi.fn()}
        onFinish={(r) => {
          onResult?.(r);
          setResult(r);
        }}
      />
    );
  return (
    <FormHarness project={result.project}>
      <InterviewNotice notes={result.notes} onDismiss={vi.fn()} />
      <ProjectForm />
    </FormHarness>
  );
}

/** Skips until the question on screen is `id`. */
function skipTo(id: string) {
  for (let i = 0; i < QUESTIONS.length && question() !== textOf(id); i++) click('Skip');
  expect(question()).toBe(textOf(id));
}

describe('the guided interview', () => {
  it('asks one question at a time with its progress; Enter answers, Back keeps the answer, Skip moves on', () => {
    render(<InterviewDialog onClose={vi.fn()} onFinish={vi.fn()} />);
    expect(question()).toBe(textOf('company-country'));
    expect(screen.getByText(/^Question 1 of \d+$/)).toBeTruthy();
    const country = screen.getByRole('combobox');
    expect(document.activeElement).toBe(country);
    fireEvent.change(country, { target: { value: 'Sweden' } });
    enter(country);
    expect(question()).toBe(textOf('company'));
    expect(screen.getByText(/^Question 2 of \d+$/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/Legal name of the company/), { target: { value: 'Nordlys Handel AB' } });
    fireEvent.change(screen.getByLabelText(/Email address for privacy questions/), { target: { value: 'not an address' } });
    enter(screen.getByLabelText(/Email address for privacy questions/));
    expect(screen.getByRole('alert').textContent).toMatch(/Email address for privacy questions: expected an email address/);
    expect(question()).toBe(textOf('company'));

    click('Back');
    expect(question()).toBe(textOf('company-country'));
    expect((screen.getByRole('combobox') as HTMLInputElement).value).toBe('Sweden');
    click('Next');
    click('Skip');
    expect(question()).toBe(textOf('languages'));
    click('Back');
    // Skipped: the text question starts empty again.
    expect((screen.getByLabelText(/Legal name of the company/) as HTMLInputElement).value).toBe('');
  });

  it('does not go on from a yes/no question without an answer, and says why', () => {
    render(<InterviewDialog onClose={vi.fn()} onFinish={vi.fn()} />);
    skipTo('accounts');
    click('Next');
    expect(screen.getByRole('alert').textContent).toBe('Choose Yes or No, or Skip this question.');
    fireEvent.click(screen.getByRole('radio', { name: 'Yes' }));
    expect(screen.queryByRole('alert')).toBeNull();
    enter(screen.getByRole('radio', { name: 'Yes' }));
    expect(question()).toBe(textOf('newsletter'));
  });

  it('offers the library’s services, marking those whose facts are not yet checked', () => {
    render(<InterviewDialog onClose={vi.fn()} onFinish={vi.fn()} />);
    skipTo('services');
    const group = screen.getByRole('group', { name: textOf('services') });
    expect(within(group).getByRole('checkbox', { name: /^Stripe/ }).closest('label')!.textContent).not.toMatch(/not yet checked/);
    expect(within(group).getByRole('checkbox', { name: /^HubSpot/ }).closest('label')!.textContent).toMatch(/not yet checked/);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter services' }), { target: { value: 'payp' } });
    expect(within(group).queryByRole('checkbox', { name: /^Stripe/ })).toBeNull();
    fireEvent.click(within(group).getByRole('checkbox', { name: /^PayPal/ }));
    expect(screen.getByText('1 chosen')).toBeTruthy();
  });

  it('asks before closing with answers, and closes at once without', () => {
    const onClose = vi.fn();
    render(<InterviewDialog onClose={onClose} onFinish={vi.fn()} />);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'Norway' } });
    click('Next');
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.getByRole('dialog', { name: 'Stop the interview?' })).toBeTruthy();
    click('Keep answering');
    expect(question()).toBe(textOf('company'));
    fireEvent.keyDown(window, { key: 'Escape' });
    click('Discard answers');
    expect(onClose).toHaveBeenCalledTimes(1);

    cleanup();
    const onCloseEmpty = vi.fn();
    render(<InterviewDialog onClose={onCloseEmpty} onFinish={vi.fn()} />);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(onCloseEmpty).toHaveBeenCalledTimes(1);
  });

  it('at the end puts the project in the form: company, activities and the chosen services as recipients, with its notes', () => {
    let result: InterviewResult | undefined;
    render(<InterviewThenForm onResult={(r) => (result = r)} />);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'Sweden' } });
    click('Next');
    const fields: [RegExp, string][] = [
      [/Legal name of the company/, 'Nordlys Handel AB'],
      [/Email address for privacy questions/, 'privacy@nordlys.example'],
      [/Street address/, 'Storgatan 1'],
      [/Postal code/, '111 22'],
      [/^City/, 'Stockholm'],
    ];
    for (const [label, value] of fields) fireEvent.change(screen.getByLabelText(label), { target: { value } });
    click('Next');
    skipTo('newsletter');
    fireEvent.click(screen.getByRole('radio', { name: 'Yes' }));
    click('Next');
    skipTo('services');
    for (const name of [/^Stripe/, /^Mailchimp/]) fireEvent.click(screen.getByRole('checkbox', { name }));
    click('Next');
    while (screen.queryByRole('button', { name: 'Skip' })) click('Skip');
    expect(question()).toBe('That was the last question');
    expect(screen.getByText(/^All \d+ questions done$/)).toBeTruthy();
    click('Create project');

    expect(screen.getByDisplayValue('Nordlys Handel AB')).toBeTruthy();
    expect(screen.getAllByDisplayValue('privacy@nordlys.example').length).toBeGreaterThan(0);
    const form = document.body.textContent ?? '';
    expect(result!.project.recipients.map((r) => r.id)).toEqual(expect.arrayContaining(['stripe', 'mailchimp']));
    expect(screen.getAllByDisplayValue(/Stripe/).length).toBeGreaterThan(0);
    expect(screen.getAllByDisplayValue(/Mailchimp/).length).toBeGreaterThan(0);
    expect(form).toMatch(/Made from your answers/);
    for (const note of result!.notes) expect(form).toContain(note);
  });
});

describe('a blank project', () => {
  it('shows in the form each essential still to enter', () => {
    render(
      <FormHarness project={emptyProject()}>
        <ProjectForm />
      </FormHarness>,
    );
    const legalName = screen.getByLabelText(/Legal name/);
    expect(legalName.getAttribute('aria-invalid')).toBe('true');
    const errors = [...document.querySelectorAll('.ps-field-error')].map((e) => e.textContent);
    expect(errors.length).toBeGreaterThanOrEqual(4);
  });

  it('is loaded unsaved like a starter, with the interview’s notes until dismissed', () => {
    const host = {
      kind: 'http',
      checkRecovery: vi.fn(async () => ({ ok: true, recovery: null })),
      takeLaunchFile: vi.fn(async () => ({ ok: true, path: null })),
      setDirty: vi.fn(async () => undefined),
      autosave: vi.fn(async () => undefined),
    } as unknown as Host;
    const replace = vi.fn();
    const edits = { history: null, replace, update: vi.fn(), handleUndo: vi.fn(), handleRedo: vi.fn(), bumpRevision: vi.fn(), revision: 0 } as unknown as ProjectHistory;
    const onLoaded = vi.fn();
    const { result } = renderHook(() => useFileCommands({ host, edits, ask: async () => true, onLoaded, onNewAnswered: vi.fn() }));
    const blank: Project = emptyProject();
    act(() => result.current.loadCreated(blank, 'New blank project', ['Check Shopify.']));
    expect(replace).toHaveBeenCalledWith(blank);
    expect(onLoaded).toHaveBeenCalledWith(blank);
    expect(result.current.file.path).toBeNull();
    expect(result.current.createdNotes).toEqual(['Check Shopify.']);
    expect(result.current.status?.text).toBe('New blank project');
    act(() => result.current.dismissCreatedNotes());
    expect(result.current.createdNotes).toBeNull();
  });
});

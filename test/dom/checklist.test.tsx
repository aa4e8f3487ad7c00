import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChecklistPanel, useGoToField } from '../../renderer/components/ChecklistPanel.tsx';
import { ExportDialog } from '../../renderer/components/ExportDialog.tsx';
import { useForm } from '../../renderer/components/form-context.ts';
import { ProjectForm } from '../../renderer/components/ProjectForm.tsx';
import { StatusBar } from '../../renderer/components/StatusBar.tsx';
import type { Host } from '../../renderer/host/host.ts';
import { checklistOf, useChecklist } from '../../renderer/state/use-checklist.ts';
import { usePolicyDocument } from '../../renderer/state/use-policy-document.ts';
import { validateProject } from '../../renderer/state/validation.ts';
import { projectSchema, type Project } from '../../shared/model/schema.ts';
import { createBrowserEnv } from '../../renderer/pipeline-env.ts';
import { generatePolicy } from '../../shared/pipeline.ts';
import { baseProjectInput } from '../fixtures/project-builder.ts';
import { FormHarness } from './harness.tsx';

afterEach(cleanup);

/** The app's own pipeline environment (bundled templates). */
const env = createBrowserEnv();

/** The base project without the legitimate interest of its second activity, which GDPR Art. 13(1)(d) requires the notice to state. */
function withoutInterest(): Project {
  const input = baseProjectInput();
  delete (input.activities[1]!.legalBases[0] as { interest?: unknown }).interest;
  return projectSchema.parse(input);
}

const INTEREST_PATH = 'activities[1].legalBases[0].interest';

/** The form and the checklist of the document its facts build, wired as the editor wires them. */
function Editor() {
  const { project } = useForm();
  const valid = validateProject(project).valid;
  const generated = usePolicyDocument(valid, 'en', env);
  const live = useChecklist(valid, generated);
  const form = useRef<HTMLDivElement>(null);
  const goTo = useGoToField(form);
  return (
    <>
      <div ref={form}>
        <ProjectForm />
      </div>
      <ChecklistPanel live={live} onGoTo={goTo} onClose={() => {}} />
    </>
  );
}

function renderEditor(project: Project) {
  return render(
    <FormHarness project={project}>
      <Editor />
    </FormHarness>,
  );
}

const panel = () => screen.getByRole('complementary', { name: 'Checklist' });
const gdpr = () => within(panel()).getByRole('region', { name: /^GDPR \(EU\): / });

describe('checklist panel', () => {
  it('lists each selected law with its count and each missing item with its article, and going to it focuses the field', async () => {
    const user = userEvent.setup();
    renderEditor(withoutInterest());
    const law = gdpr();
    const { stated, required } = checklistOf(withoutInterest(), generatePolicy(withoutInterest(), 'en', env).document).laws[0]!;
    expect(required - stated).toBe(1);
    expect(within(law).getByRole('heading').textContent).toBe(`GDPR (EU): ${stated}/${required}`);
    expect(within(panel()).getByRole('status').textContent).toBe('1 required item missing');
    const item = within(law).getByRole('button', { name: /Art\. 13\(1\)\(d\)/ });
    expect(item.title).toContain(INTEREST_PATH);

    await user.click(item);
    const focused = document.activeElement as HTMLElement;
    expect(focused.closest('[data-path]')?.getAttribute('data-path')).toBe(INTEREST_PATH);
    expect(focused.tagName).toMatch(/INPUT|TEXTAREA/);
  });

  it('marks the item stated as soon as the field is filled in', async () => {
    const user = userEvent.setup();
    renderEditor(withoutInterest());
    await user.click(within(gdpr()).getByRole('button', { name: /Art\. 13\(1\)\(d\)/ }));
    await user.keyboard('Keeping the service safe for everyone');
    await waitFor(() => expect(within(panel()).getByRole('status').textContent).toBe('Every required item is stated'));
    const heading = within(gdpr()).getByRole('heading').textContent ?? '';
    const [stated, required] = heading.replace(/^.*: /, '').split('/');
    expect(stated).toBe(required);
    expect(within(gdpr()).queryByRole('button', { name: /Art\. 13\(1\)\(d\)/ })).toBeNull();
  });

  it('counts the missing items in the status bar, which opens the checklist', async () => {
    const onShow = vi.fn();
    render(<StatusBar status={null} errorCount={0} warningCount={0} stale={false} checklistMissing={2} onShowChecklist={onShow} />);
    await userEvent.click(screen.getByRole('button', { name: '2 required items missing' }));
    expect(onShow).toHaveBeenCalled();
    cleanup();
    render(<StatusBar status={null} errorCount={0} warningCount={0} stale={false} checklistMissing={0} />);
    expect(screen.queryByText(/required item/)).toBeNull();
  });
});

describe('export dialog and the checklist', () => {
  const host = { exportFiles: vi.fn(async () => ({ ok: true as const, folder: '/out', files: ['/out/policy.en.html'] })) } as unknown as Host & { exportFiles: ReturnType<typeof vi.fn> };

  it('shows how many required items are missing and asks before exporting', async () => {
    const user = userEvent.setup();
    const project = withoutInterest();
    const checklist = checklistOf(project, generatePolicy(project, 'en', env).document);
    const onShowChecklist = vi.fn();
    render(<ExportDialog host={host} project={project} languages={['en']} folder="/out" onFolderChosen={() => {}} onClose={() => {}} checklist={checklist} onShowChecklist={onShowChecklist} />);
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('note', { name: /1 required item missing \(English\)/ }).textContent).toMatch(/GDPR \(EU\): \d+\/\d+/);

    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(host.exportFiles).not.toHaveBeenCalled();
    const ask = within(dialog).getByRole('alert');
    expect(ask.textContent).toContain('1 required item is missing from the policy (English). Export anyway?');

    await user.click(within(ask).getByRole('button', { name: 'Show the checklist' }));
    expect(onShowChecklist).toHaveBeenCalled();
    await user.click(within(ask).getByRole('button', { name: 'Export anyway' }));
    expect(host.exportFiles).toHaveBeenCalledTimes(1);
  });

  it('exports at once when every required item is stated', async () => {
    host.exportFiles.mockClear();
    const project = projectSchema.parse(baseProjectInput());
    const checklist = checklistOf(project, generatePolicy(project, 'en', env).document);
    expect(checklist.missing).toBe(0);
    render(<ExportDialog host={host} project={project} languages={['en']} folder="/out" onFolderChosen={() => {}} onClose={() => {}} checklist={checklist} />);
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Export' }));
    expect(host.exportFiles).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/required item/)).toBeNull();
  });
});

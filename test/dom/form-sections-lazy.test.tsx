import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * jsdom has neither IntersectionObserver nor idle callbacks, so the form
 * renders everything at once there (lazy-render.ts). Here both exist, as in
 * the browser, and the test decides when a section comes near the viewport;
 * idle time never comes. Set before the form's modules load, which read
 * them once.
 */
const observed = vi.hoisted(() => {
  const targets: { element: Element; callback: IntersectionObserverCallback; observer: IntersectionObserver }[] = [];
  class FakeObserver {
    constructor(private readonly callback: IntersectionObserverCallback) {}
    observe(element: Element) {
      targets.push({ element, callback: this.callback, observer: this as unknown as IntersectionObserver });
    }
    unobserve(element: Element) {
      const at = targets.findIndex((t) => t.element === element);
      if (at >= 0) targets.splice(at, 1);
    }
    disconnect() {}
  }
  Object.assign(globalThis, { IntersectionObserver: FakeObserver, requestIdleCallback: () => 0, cancelIdleCallback: () => undefined });
  return targets;
});

import { focusFieldAt } from '../../renderer/components/ChecklistPanel.tsx';
import { ProjectForm } from '../../renderer/components/ProjectForm.tsx';
import type { Project } from '../../shared/model/index.ts';
import { largeProject } from '../bench/large-project.ts';
import { buildProject } from '../fixtures/project-builder.ts';
import { FormHarness } from './harness.tsx';

afterEach(cleanup);

function renderForm(project: Project) {
  return render(
    <FormHarness project={project}>
      <ProjectForm />
    </FormHarness>,
  );
}

/** Above the size at which a section waits (twelve entries), small enough for jsdom: 20 of each of the large project's lists. */
function longProject(): Project {
  const p = largeProject();
  const categories = p.dataCategories.slice(0, 20);
  const recipients = p.recipients.slice(0, 20);
  const keep = <T,>(ids: readonly T[], from: readonly { id: T }[]) => ids.filter((id) => from.some((x) => x.id === id));
  return {
    ...p,
    dataCategories: categories,
    recipients,
    activities: p.activities.slice(0, 20).map((a) => ({ ...a, categories: keep(a.categories, categories), recipients: keep(a.recipients, recipients) })),
    cookies: p.cookies.slice(0, 20),
  };
}

const section = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`#form-${id}`)!;

describe("a large project's long form sections", () => {
  it('wait with their fields while the first sections show theirs', () => {
    const { container } = renderForm(longProject());
    expect(section(container, 'company').querySelector('input')).not.toBeNull();
    for (const id of ['data', 'activities', 'recipients', 'cookies']) {
      const pending = section(container, id).querySelector<HTMLElement>('.ps-form-pending');
      expect(pending, id).not.toBeNull();
      expect(pending!.getAttribute('aria-label')).toMatch(/the fields are loading$/);
      // Said on screen too, so that a section scrolled to before it renders is not an empty box.
      expect(pending!.textContent).toBe('Loading the fields…');
      expect(section(container, id).querySelector('input, select, textarea'), id).toBeNull();
    }
    // The heading stays, so the section list and the reader find the section.
    expect(section(container, 'recipients').querySelector('h2')?.textContent).toBeTruthy();
  });

  it('render their fields when they come near the viewport', () => {
    const { container } = renderForm(longProject());
    const recipients = section(container, 'recipients');
    const entry = observed.find((t) => t.element === recipients)!;
    expect(entry).toBeDefined();
    act(() => entry.callback([{ target: recipients, isIntersecting: true } as unknown as IntersectionObserverEntry], entry.observer));
    expect(recipients.querySelector('.ps-form-pending')).toBeNull();
    expect(recipients.querySelectorAll('.ps-card').length).toBe(20);
  });

  it('render at once for "go to field", which then focuses the field', () => {
    const { container } = renderForm(longProject());
    let found = false;
    act(() => {
      found = focusFieldAt(container, 'recipients[3].name');
    });
    expect(found).toBe(true);
    expect(document.activeElement?.closest('[data-path="recipients[3]"]')).not.toBeNull();
    // Only the section holding the field rendered.
    expect(section(container, 'cookies').querySelector('.ps-form-pending')).not.toBeNull();
  });

  it('give the focus to their first field when reached with Tab', () => {
    const { container } = renderForm(longProject());
    const pending = section(container, 'cookies').querySelector<HTMLElement>('.ps-form-pending')!;
    act(() => {
      pending.focus();
      fireEvent.focus(pending);
    });
    expect(section(container, 'cookies').querySelector('.ps-form-pending')).toBeNull();
    const focused = document.activeElement as HTMLElement;
    expect(focused.closest('#form-cookies .ps-form-grid')).not.toBeNull();
    expect(focused.matches('input, select, textarea, button')).toBe(true);
  });
});

describe('a project of ordinary size', () => {
  it('shows every section with its fields at once', () => {
    const { container } = renderForm(buildProject());
    expect(container.querySelector('.ps-form-pending')).toBeNull();
    expect(section(container, 'cookies').querySelector('table, button')).not.toBeNull();
  });
});

import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Project } from '../../../shared/model/index.ts';
import { t } from '../../i18n/t.ts';
import { useFormStore } from '../form-context.ts';
import { FOCUSABLE } from '../focusable.ts';
import { useRenderOnRequest, useRenderWhenNear } from '../lazy-render.ts';

/**
 * How many entries a section's list holds, for the sections whose size
 * grows with the project. Above `DEFER_ABOVE` such a section's fields wait
 * until it comes near the viewport, gets focus or the page is idle
 * (lazy-render.ts): the large project's data, recipient, cookie and change
 * log sections were 6,000 of the 7,000 elements the form made before the
 * document showed. Opening it in Chromium took 600–810 instead of 750–880 ms
 * in the same minutes (the bench: 620–680 ms, against 950–1,260 before). A
 * project of ordinary size renders every section at once, as it always has.
 */
const SECTION_SIZE: Readonly<Record<string, (project: Project) => number>> = {
  data: (p) => p.dataCategories.length,
  activities: (p) => p.activities.length,
  recipients: (p) => p.recipients.length,
  cookies: (p) => p.cookies.length,
  changes: (p) => p.changeLog.length,
};
const DEFER_ABOVE = 12;
/** A waiting section's height (px) until its fields render, so the scroll bar stays near the truth. */
const PENDING_HEIGHT = 480;

/** Asks a waiting section to render at once (a field in it is to take focus); see `renderSectionsFor`. */
const RENDER_NOW = 'ps-render-section';

/**
 * Renders now every waiting section that holds `path` (a project path such
 * as `recipients[3].name`), so that "go to field" finds the field: each
 * section lists the paths it holds. Nothing waits in a small project.
 */
export function renderSectionsFor(root: ParentNode, path: string): void {
  const head = /^[^.[]+/.exec(path)?.[0];
  if (!head) return;
  for (const pending of root.querySelectorAll<HTMLElement>('[data-pending-paths]')) {
    if (pending.dataset.pendingPaths!.split(' ').includes(head)) pending.dispatchEvent(new Event(RENDER_NOW));
  }
}

/** One section of the form; a long one (a large project's lists) renders its fields when needed. */
export function FormSection({ id, title, paths, children }: { id: string; title: string; paths: readonly string[]; children: ReactNode }) {
  const store = useFormStore();
  const [deferred] = useState(() => (SECTION_SIZE[id]?.(store.get().project) ?? 0) > DEFER_ABOVE);
  const ref = useRef<HTMLElement>(null);
  const near = useRenderWhenNear(ref, false, !deferred);
  const placeholder = useRef<HTMLDivElement>(null);
  const shown = useRenderOnRequest(placeholder, !near.shown, RENDER_NOW) || near.shown;
  // Reached with Tab while waiting: once the fields exist, the first of them takes the focus the placeholder had.
  const [focusFirst, setFocusFirst] = useState(false);
  useLayoutEffect(() => {
    if (!shown || !focusFirst) return;
    setFocusFirst(false);
    ref.current?.querySelector<HTMLElement>(`.ps-form-grid ${FOCUSABLE}`)?.focus();
  }, [shown, focusFirst]);
  return (
    <section ref={ref} className="ps-form-section" id={`form-${id}`} aria-labelledby={`form-${id}-title`}>
      <h2 id={`form-${id}-title`}>{title}</h2>
      {shown ? (
        <div className="ps-form-grid">{children}</div>
      ) : (
        <div
          ref={placeholder}
          className="ps-form-pending"
          style={{ height: PENDING_HEIGHT }}
          data-pending-paths={paths.join(' ')}
          tabIndex={0}
          aria-label={t('form.sectionPending', { section: title })}
          onFocus={() => {
            setFocusFirst(true);
            near.onFocus();
          }}
        >
          <span className="ps-form-pending-note" aria-hidden="true">
            {t('form.sectionLoading')}
          </span>
        </div>
      )}
    </section>
  );
}

import { startTransition, useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * Deferred rendering of the form's cards. A large project has hundreds of
 * cards (200 recipients with two country lists each, 60 activities picking
 * among them): creating all their ~200,000 elements at once took seconds
 * before the editor answered. A card's body renders when it comes near the
 * viewport, when something in it gets focus, or else while the page is idle,
 * a few cards at a time, so that a moment after opening every field exists
 * and nothing depends on scrolling. The first cards of a burst render at once
 * (EAGER), so a project of ordinary size is shown as it always was. Where the browser has neither
 * IntersectionObserver nor idle callbacks (jsdom), everything renders at once.
 */

type Wake = () => void;

/** How far outside the viewport a card starts rendering (px): scrolling rarely reaches an empty card. */
const NEAR = '1200px';
/** Cards rendered per idle callback at most: each is a few milliseconds of work, and a keystroke waits for no more than one batch. */
const BATCH = 12;

const LAZY = typeof IntersectionObserver === 'function' && typeof requestIdleCallback === 'function';

const pending = new Map<Element, Wake>();
let observer: IntersectionObserver | null = null;
let idleScheduled = false;

function wake(element: Element): void {
  const done = pending.get(element);
  if (!done) return;
  pending.delete(element);
  observer?.unobserve(element);
  startTransition(done);
}

/** While the user types or clicks, idle-time rendering pauses this long (ms): a keystroke never waits for a batch of cards. */
const QUIET = 700;
let lastInput = 0;
if (LAZY) {
  for (const type of ['keydown', 'pointerdown', 'input'] as const) window.addEventListener(type, () => (lastInput = performance.now()), { capture: true, passive: true });
}

function scheduleIdle(): void {
  if (idleScheduled || pending.size === 0) return;
  idleScheduled = true;
  requestIdleCallback(
    (deadline) => {
      idleScheduled = false;
      const quietFor = performance.now() - lastInput;
      if (quietFor < QUIET) {
        idleScheduled = true;
        setTimeout(() => {
          idleScheduled = false;
          scheduleIdle();
        }, QUIET - quietFor);
        return;
      }
      let n = 0;
      for (const element of pending.keys()) {
        if (n >= BATCH || (n > 0 && deadline.timeRemaining() < 4 && !deadline.didTimeout)) break;
        wake(element);
        n++;
      }
      scheduleIdle();
    },
    { timeout: 300 },
  );
}

function watch(element: Element, done: Wake): () => void {
  observer ??= new IntersectionObserver((entries) => {
    for (const entry of entries) if (entry.isIntersecting) wake(entry.target);
  }, { rootMargin: `${NEAR} 0px` });
  pending.set(element, done);
  observer.observe(element);
  scheduleIdle();
  return () => {
    pending.delete(element);
    observer?.unobserve(element);
  };
}

/** Cards that render at once in one burst of mounting: a project of ordinary size shows every card as before, a large one its first cards. */
const EAGER = 40;
/** A burst ends after this long without a card mounting (ms); the next burst has the whole allowance again. */
const BURST_GAP = 100;
let eagerLeft = EAGER;
let lastMount = 0;

function eager(): boolean {
  const now = performance.now();
  if (now - lastMount > BURST_GAP) eagerLeft = EAGER;
  lastMount = now;
  if (eagerLeft === 0) return false;
  eagerLeft--;
  return true;
}

/**
 * Whether the element at `ref` should render its contents yet; once true it
 * stays true. `onFocus` (for the element's focus handler) renders at once.
 * `mayBeEager: false` (a table's later rows) never renders in the first burst;
 * `atOnce` renders at once without counting against the burst (a form section of ordinary size).
 */
export function useRenderWhenNear(ref: RefObject<Element | null>, mayBeEager = true, atOnce = false): { shown: boolean; onFocus(): void } {
  const [shown, setShown] = useState(() => !LAZY || atOnce || (mayBeEager && eager()));
  useEffect(() => {
    const element = ref.current;
    if (shown || !element) return;
    return watch(element, () => setShown(true));
  }, [ref, shown]);
  return { shown, onFocus: () => setShown(true) };
}

/**
 * Whether a waiting element was asked to render at once: `event` dispatched
 * on it (a field in it is to take focus: RowTable's `focusCell`, the form's
 * `renderSectionsFor`) renders it before the dispatch returns, so that the
 * caller finds the field right after. `initially` true: it never waits.
 */
export function useRenderOnRequest(ref: RefObject<Element | null>, waiting: boolean, event: string, initially = false): boolean {
  const [requested, setRequested] = useState(initially);
  useEffect(() => {
    const element = ref.current;
    if (!waiting || requested || !element) return;
    const renderNow = () => flushSync(() => setRequested(true));
    element.addEventListener(event, renderNow);
    return () => element.removeEventListener(event, renderNow);
  }, [ref, waiting, requested, event]);
  return requested;
}

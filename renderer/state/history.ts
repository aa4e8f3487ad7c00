/**
 * Undo/redo of project edits as a pure value: past, present, future. Edits
 * with the same key (one form field) within `coalesceMs` merge into one step,
 * so typing a word is undone as a word, not letter by letter.
 */
export interface History<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
  /** Key and time of the last recorded edit, for coalescing. */
  lastKey: string | null;
  lastAt: number;
}

export interface RecordOptions {
  /** What was edited (a field path); edits without a key never coalesce. */
  key?: string;
  now?: number;
  coalesceMs?: number;
  /** Most steps kept; older ones are dropped. */
  limit?: number;
}

export const COALESCE_MS = 1000;
const DEFAULT_LIMIT = 200;

/** A history with `present` and nothing to undo or redo. */
export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: null, lastAt: 0 };
}

/** Records `next` as the new present; clears the redo stack. */
export function recordEdit<T>(history: History<T>, next: T, options: RecordOptions = {}): History<T> {
  if (Object.is(next, history.present)) return history;
  const now = options.now ?? Date.now();
  const key = options.key ?? null;
  const coalesceMs = options.coalesceMs ?? COALESCE_MS;
  if (key !== null && key === history.lastKey && now - history.lastAt < coalesceMs && history.future.length === 0) {
    return { past: history.past, present: next, future: [], lastKey: key, lastAt: now };
  }
  const past = [...history.past, history.present];
  const limit = options.limit ?? DEFAULT_LIMIT;
  return { past: past.length > limit ? past.slice(past.length - limit) : past, present: next, future: [], lastKey: key, lastAt: now };
}

export function canUndo(history: History<unknown>): boolean {
  return history.past.length > 0;
}

export function canRedo(history: History<unknown>): boolean {
  return history.future.length > 0;
}

/** Steps back one edit; a no-op at the beginning. */
export function undo<T>(history: History<T>): History<T> {
  const previous = history.past[history.past.length - 1];
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], lastKey: null, lastAt: 0 };
}

/** Steps forward one undone edit; a no-op when nothing was undone. */
export function redo<T>(history: History<T>): History<T> {
  const next = history.future[0];
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: history.future.slice(1), lastKey: null, lastAt: 0 };
}

/** A field's place in the project: `['processors', 1, 'country']`. */
export type FieldPath = readonly (string | number)[];

/** The value at `path`, or undefined when some step is missing. */
export function getIn(value: unknown, path: FieldPath): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/**
 * A copy of `value` with `path` set to `next`, copying only the objects on
 * the way (structural sharing, so unchanged parts keep their identity).
 * Setting undefined removes an object key; missing objects are created.
 */
export function setIn<T>(value: T, path: FieldPath, next: unknown): T {
  if (path.length === 0) return next as T;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const container: unknown = value;
  const child = container !== null && typeof container === 'object' ? (container as Record<string | number, unknown>)[key] : undefined;
  const updated = setIn(child, rest, next);
  if (Array.isArray(container)) {
    const out = container.slice();
    out[key as number] = updated;
    return out as T;
  }
  const out: Record<string | number, unknown> = container !== null && typeof container === 'object' ? { ...(container as object) } : {};
  if (updated === undefined) delete out[key];
  else out[key] = updated;
  return out as T;
}

/** `['processors', 1, 'country']` → `processors[1].country`, the form of validation paths. */
export function pathKey(path: FieldPath): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out;
}

import { formatPath, type ProjectError } from './errors.ts';

/**
 * Deeper than any project can be: the deepest real path is a section the user
 * customised, with lists nested in lists (`overrides[0].content.content[2]
 * .content[0].content[1]…`), two levels per node. Checked before zod, whose
 * recursive walk would otherwise end in a RangeError on a hostile file.
 */
export const MAX_JSON_DEPTH = 128;

/** At most this many path segments are printed before "…", so a deep path stays one readable line. */
const SHOWN_SEGMENTS = 8;

/** A path cut after a few segments (`schemaVersion[0][0]…`), for errors deep in a hostile file. */
export function shortPath(path: readonly PropertyKey[]): string {
  if (path.length <= SHOWN_SEGMENTS) return formatPath(path);
  return `${formatPath(path.slice(0, SHOWN_SEGMENTS))}…`;
}

/**
 * What the JSON parser accepts but a project cannot hold: nesting deeper
 * than `MAX_JSON_DEPTH`, and numbers too large for a double (`1e309` parses
 * as Infinity, which no field takes and which would be saved as `null`).
 * Walks with its own stack, so it is safe on any depth.
 */
export function jsonShapeErrors(value: unknown, maxDepth = MAX_JSON_DEPTH): ProjectError[] {
  const errors: ProjectError[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value, path: [] }];
  while (stack.length > 0 && errors.length < 20) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'number' && !Number.isFinite(current)) {
      errors.push({ path: shortPath(path), message: 'expected a number of at most 15 digits; this one is too large to store' });
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (path.length >= maxDepth) {
      errors.push({ path: shortPath(path), message: `expected at most ${maxDepth} levels of nested lists and objects; this part of the file nests deeper: remove the extra brackets` });
      continue;
    }
    const entries: [PropertyKey, unknown][] = Array.isArray(current) ? current.map((v, i) => [i, v]) : Object.entries(current);
    for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1], path: [...path, entries[i]![0]] });
  }
  return errors;
}

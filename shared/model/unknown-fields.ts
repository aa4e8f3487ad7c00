import { formatPath } from './errors.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Puts back the fields zod stripped because the schema does not know them
 * (`company.emial`, `processorz`, a field a newer minor version added), so
 * they travel with the project through the editor and are written again on
 * save instead of vanishing. Mutates `parsed` (zod's fresh output, never
 * shared) and returns the paths kept, for a notice.
 *
 * Walks `raw` and `parsed` side by side: where both hold an object, a key in
 * `raw` missing from `parsed` was unknown. Lists are walked item by item
 * (zod keeps their order and length); where the two differ in kind (a union
 * took another form) there is nothing to compare.
 */
/** A pair of values being compared, and where it is: its parent pair and its key there (none at the root). */
interface Pair {
  raw: unknown;
  parsed: unknown;
  parent: Pair | undefined;
  key: PropertyKey | undefined;
}

/** The path of `key` in the value of `pair`, built only for a field kept: a path per value walked was most of the cost. */
function pathOf(pair: Pair, key: PropertyKey): PropertyKey[] {
  const path: PropertyKey[] = [key];
  for (let at: Pair | undefined = pair; at?.key !== undefined; at = at.parent) path.unshift(at.key);
  return path;
}

export function keepUnknownFields(raw: unknown, parsed: unknown): string[] {
  const kept: string[] = [];
  const stack: Pair[] = [{ raw, parsed, parent: undefined, key: undefined }];
  // Only objects and lists can hold a field: plain values are not pushed.
  const walk = (pair: Pair, key: PropertyKey, r: unknown, p: unknown): void => {
    if (r !== null && typeof r === 'object') stack.push({ raw: r, parsed: p, parent: pair, key });
  };
  while (stack.length > 0) {
    const pair = stack.pop()!;
    const { raw: r, parsed: p } = pair;
    if (Array.isArray(r) && Array.isArray(p) && r.length === p.length) {
      for (let i = 0; i < r.length; i++) walk(pair, i, r[i], p[i]);
      continue;
    }
    if (!isRecord(r) || !isRecord(p)) continue;
    for (const [key, value] of Object.entries(r)) {
      if (value === undefined) continue;
      if (Object.hasOwn(p, key)) {
        walk(pair, key, value, p[key]);
        continue;
      }
      // defineProperty: a key named "__proto__" must become a field, not the object's prototype.
      Object.defineProperty(p, key, { value, enumerable: true, writable: true, configurable: true });
      kept.push(formatPath(pathOf(pair, key)));
    }
  }
  return kept.sort();
}

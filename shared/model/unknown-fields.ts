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
export function keepUnknownFields(raw: unknown, parsed: unknown): string[] {
  const kept: string[] = [];
  const stack: { raw: unknown; parsed: unknown; path: PropertyKey[] }[] = [{ raw, parsed, path: [] }];
  while (stack.length > 0) {
    const { raw: r, parsed: p, path } = stack.pop()!;
    if (Array.isArray(r) && Array.isArray(p) && r.length === p.length) {
      r.forEach((item, i) => stack.push({ raw: item, parsed: p[i], path: [...path, i] }));
      continue;
    }
    if (!isRecord(r) || !isRecord(p)) continue;
    for (const [key, value] of Object.entries(r)) {
      if (value === undefined) continue;
      if (Object.hasOwn(p, key)) {
        stack.push({ raw: value, parsed: p[key], path: [...path, key] });
        continue;
      }
      // defineProperty: a key named "__proto__" must become a field, not the object's prototype.
      Object.defineProperty(p, key, { value, enumerable: true, writable: true, configurable: true });
      kept.push(formatPath([...path, key]));
    }
  }
  return kept.sort();
}

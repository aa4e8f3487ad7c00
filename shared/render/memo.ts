/**
 * Results remembered by a sequence of strings, looked up one string at a time:
 * no key string is built for a lookup that finds its result. A large policy
 * asks for the same few lists and messages hundreds of times per build, and
 * the strings it asks with (country codes, labels, the project's own texts)
 * live as long as the project, so each is hashed once.
 *
 * Holds up to `limit` results, then starts afresh: the live preview asks with
 * new texts at every keystroke, and must not grow the memo with each.
 */
export class SequenceMemo<V> {
  private root: Entry<V> = { next: undefined, value: undefined, has: false };
  private size = 0;

  constructor(private readonly limit: number) {}

  /** The result for `parts` (`parts[0]` … `parts[count - 1]`), made by `make` the first time (a function made once, not at each call). */
  get(parts: readonly string[], count: number, make: (parts: readonly string[], count: number) => V): V {
    let entry = this.root;
    for (let i = 0; i < count; i++) {
      const part = parts[i]!;
      let next = entry.next?.get(part);
      if (next === undefined) {
        next = { next: undefined, value: undefined, has: false };
        (entry.next ??= new Map()).set(part, next);
      }
      entry = next;
    }
    if (entry.has) return entry.value as V;
    const value = make(parts, count);
    if (this.size >= this.limit) {
      this.root = { next: undefined, value: undefined, has: false };
      this.size = 0;
      return value;
    }
    entry.value = value;
    entry.has = true;
    this.size++;
    return value;
  }
}

interface Entry<V> {
  next: Map<string, Entry<V>> | undefined;
  value: V | undefined;
  has: boolean;
}

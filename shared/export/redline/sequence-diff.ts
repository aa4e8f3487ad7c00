/**
 * The longest-common-subsequence alignment of two sequences, the core of every
 * level of the redline (blocks, rows, words). Common prefix and suffix are
 * taken first, so a long document with a few changes costs little; what is
 * left is a table of |a|·|b| cells.
 */

export type SequenceOp<T> =
  | { op: 'equal'; a: T; b: T }
  | { op: 'delete'; a: T }
  | { op: 'insert'; b: T };

/** Above this many cells, the middle is reported as deleted then inserted rather than aligned: a bound on time and memory. */
const MAX_CELLS = 4_000_000;

/** The steps from `a` to `b`: items kept (paired with their counterpart), deleted from `a`, inserted from `b`, in reading order. */
export function diffSequences<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): SequenceOp<T>[] {
  let start = 0;
  while (start < a.length && start < b.length && same(a[start]!, b[start]!)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && same(a[endA - 1]!, b[endB - 1]!)) {
    endA--;
    endB--;
  }
  const head: SequenceOp<T>[] = a.slice(0, start).map((x, i) => ({ op: 'equal', a: x, b: b[i]! }));
  const tail: SequenceOp<T>[] = a.slice(endA).map((x, i) => ({ op: 'equal', a: x, b: b[endB + i]! }));
  return [...head, ...middle(a.slice(start, endA), b.slice(start, endB), same), ...tail];
}

function middle<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): SequenceOp<T>[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || n * m > MAX_CELLS) {
    return [...a.map((x): SequenceOp<T> => ({ op: 'delete', a: x })), ...b.map((y): SequenceOp<T> => ({ op: 'insert', b: y }))];
  }
  // lengths[i][j]: LCS length of a[i..] and b[j..], in one flat array.
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] = same(a[i]!, b[j]!)
        ? lengths[(i + 1) * width + j + 1]! + 1
        : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const ops: SequenceOp<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(a[i]!, b[j]!) && lengths[i * width + j] === lengths[(i + 1) * width + j + 1]! + 1) {
      ops.push({ op: 'equal', a: a[i++]!, b: b[j++]! });
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) {
      ops.push({ op: 'delete', a: a[i++]! });
    } else {
      ops.push({ op: 'insert', b: b[j++]! });
    }
  }
  while (i < n) ops.push({ op: 'delete', a: a[i++]! });
  while (j < m) ops.push({ op: 'insert', b: b[j++]! });
  return ops;
}

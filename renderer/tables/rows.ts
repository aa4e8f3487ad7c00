/** Row operations of the editable tables (processors, cookies, change log), as pure functions over arrays. */

export function addRow<T>(rows: readonly T[], row: T, at: number = rows.length): T[] {
  const out = rows.slice();
  out.splice(Math.max(0, Math.min(at, rows.length)), 0, row);
  return out;
}

export function deleteRow<T>(rows: readonly T[], index: number): T[] {
  return rows.filter((_, i) => i !== index);
}

/** Inserts a copy of row `index` right after it (a structured clone, so the copy shares nothing). */
export function duplicateRow<T>(rows: readonly T[], index: number): T[] {
  const row = rows[index];
  if (row === undefined) return rows.slice();
  return addRow(rows, structuredClone(row), index + 1);
}

/** Moves row `index` by `delta` (−1 up, +1 down); a no-op at either end. */
export function moveRow<T>(rows: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= rows.length || target < 0 || target >= rows.length) return rows.slice();
  const out = rows.slice();
  const [row] = out.splice(index, 1);
  out.splice(target, 0, row as T);
  return out;
}

export function updateRow<T>(rows: readonly T[], index: number, update: (row: T) => T): T[] {
  return rows.map((row, i) => (i === index ? update(row) : row));
}

/** Inserts several rows at `at`. */
export function insertRows<T>(rows: readonly T[], at: number, added: readonly T[]): T[] {
  const out = rows.slice();
  out.splice(Math.max(0, Math.min(at, rows.length)), 0, ...added);
  return out;
}

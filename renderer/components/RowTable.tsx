import { useId, useRef, useState, type ChangeEvent, type ClipboardEvent, type KeyboardEvent } from 'react';
import { t } from '../i18n/t.ts';
import { looksLikeRows, parseClipboardRows, parseCsv, rowsToRecords } from '../tables/delimited.ts';
import { addRow, deleteRow, duplicateRow, insertRows, moveRow, updateRow } from '../tables/rows.ts';
import type { FieldErrors } from '../state/validation.ts';

/** A column of an editable table: how to show a row's cell as text and how to write text back. */
export interface TableColumn<T> {
  key: string;
  label: string;
  /** Other header names a pasted or imported column may have (`Provider`, `Vendor`). */
  names?: readonly string[];
  options?: readonly { value: string; label: string }[];
  /** Relative width, e.g. '2fr'. */
  width?: string;
  get(row: T): string;
  set(row: T, text: string): T;
}

export interface RowTableProps<T> {
  /** Accessible name of the table. */
  caption: string;
  /** Project path of the rows, for validation messages (`processors`). */
  path: string;
  rows: readonly T[];
  columns: readonly TableColumn<T>[];
  errors: FieldErrors;
  emptyRow(): T;
  /** `key` says what changed, so typing in one cell undoes as one step. */
  onChange(rows: T[], key: string): void;
}

/**
 * An editable table: add, duplicate, delete and move rows; paste rows copied
 * from a spreadsheet; import a CSV file; arrow keys and Enter move between
 * cells like a spreadsheet.
 */
export function RowTable<T>({ caption, path, rows, columns, errors, emptyRow, onChange }: RowTableProps<T>) {
  const id = useId();
  const tableRef = useRef<HTMLTableElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const names = columns.map((c) => ({ key: c.key, names: [c.label, ...(c.names ?? [])] }));

  const recordToRow = (record: Record<string, string>): T => columns.reduce((row, column) => (record[column.key] !== undefined ? column.set(row, record[column.key]!) : row), emptyRow());

  const focusCell = (row: number, col: number) => {
    const cell = tableRef.current?.querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`);
    cell?.focus();
    if (cell instanceof HTMLInputElement) cell.select();
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLElement>, row: number, col: number) => {
    const el = event.currentTarget;
    const isInput = el instanceof HTMLInputElement;
    const atStart = !isInput || (el.selectionStart === 0 && el.selectionEnd === 0);
    const atEnd = !isInput || (el.selectionStart === el.value.length && el.selectionEnd === el.value.length);
    let target: [number, number] | null = null;
    if (event.key === 'ArrowUp' && isInput) target = [row - 1, col];
    else if (event.key === 'ArrowDown' && isInput) target = [row + 1, col];
    else if (event.key === 'Enter' && !event.altKey) target = [row + (event.shiftKey ? -1 : 1), col];
    else if (event.key === 'ArrowLeft' && atStart) target = [row, col - 1];
    else if (event.key === 'ArrowRight' && atEnd) target = [row, col + 1];
    if (!target) return;
    const [r, c] = target;
    if (r < 0 || r >= rows.length || c < 0 || c >= columns.length) return;
    event.preventDefault();
    focusCell(r, c);
  };

  const handlePaste = (event: ClipboardEvent<HTMLElement>, row: number, col: number) => {
    const text = event.clipboardData.getData('text/plain');
    if (!looksLikeRows(text)) return;
    event.preventDefault();
    const records = rowsToRecords(parseClipboardRows(text), names, col);
    if (records.length === 0) return;
    const pasted = records.map(recordToRow);
    // Pasting into an untouched new row fills it rather than leaving it empty above the paste.
    const blank = JSON.stringify(rows[row]) === JSON.stringify(emptyRow());
    const base = blank ? deleteRow(rows, row) : rows.slice();
    onChange(insertRows(base, blank ? row : row + 1, pasted), `${path}:paste:${Date.now()}`);
    setNotice(t('table.imported', { count: pasted.length }));
  };

  const handleImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const text = await file.text();
    const records = rowsToRecords(parseCsv(text), names);
    if (records.length === 0) return;
    onChange([...rows, ...records.map(recordToRow)], `${path}:import:${Date.now()}`);
    setNotice(t('table.imported', { count: records.length }));
  };

  const structural = (next: T[]) => onChange(next, `${path}:rows:${Date.now()}`);
  const rowError = (index: number) => {
    const prefix = `${path}[${index}]`;
    for (const [key, message] of errors) if (key === prefix || key.startsWith(`${prefix}.`)) return { key: key.slice(prefix.length + 1), message };
    return null;
  };
  const tableError = errors.get(path);

  return (
    <div className="ps-table-wrap">
      <table className="ps-table" ref={tableRef} aria-label={caption} aria-describedby={`${id}-hint`}>
        <thead>
          <tr>
            <th scope="col" className="ps-table-num">
              #
            </th>
            {columns.map((c) => (
              <th scope="col" key={c.key}>
                {c.label}
              </th>
            ))}
            <th scope="col">
              <span className="ps-visually-hidden">{t('table.rowActions', { row: '' })}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length + 2} className="ps-table-empty" tabIndex={0} onPaste={(e) => handlePaste(e, 0, 0)}>
                {t('table.empty')}
              </td>
            </tr>
          )}
          {rows.map((row, r) => {
            const problem = rowError(r);
            const n = r + 1;
            return [
              <tr key={`row-${r}`} className={problem ? 'has-error' : undefined}>
                <td className="ps-table-num">{n}</td>
                {columns.map((column, c) => {
                  const cellKey = `${path}[${r}].${column.key}`;
                  const invalid = errors.has(cellKey);
                  const common = {
                    'data-cell': `${r}:${c}`,
                    'aria-label': `${column.label}, row ${n}`,
                    'aria-invalid': invalid,
                    onKeyDown: (e: KeyboardEvent<HTMLElement>) => handleKeyDown(e, r, c),
                    onPaste: (e: ClipboardEvent<HTMLElement>) => handlePaste(e, r, c),
                  };
                  return (
                    <td key={column.key}>
                      {column.options ? (
                        <select {...common} value={column.get(row)} onChange={(e) => onChange(updateRow(rows, r, (x) => column.set(x, e.target.value)), cellKey)}>
                          {!column.options.some((o) => o.value === column.get(row)) && <option value={column.get(row)}>{column.get(row) || '—'}</option>}
                          {column.options.map((o) => (
                            <option key={o.value} value={o.value}>
                              {o.label}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <input {...common} type="text" value={column.get(row)} onChange={(e) => onChange(updateRow(rows, r, (x) => column.set(x, e.target.value)), cellKey)} />
                      )}
                    </td>
                  );
                })}
                <td className="ps-row-actions">
                  <button type="button" className="ps-icon-button" aria-label={t('table.moveUp', { row: n })} title={t('table.moveUp', { row: n })} disabled={r === 0} onClick={() => structural(moveRow(rows, r, -1))}>
                    ↑
                  </button>
                  <button type="button" className="ps-icon-button" aria-label={t('table.moveDown', { row: n })} title={t('table.moveDown', { row: n })} disabled={r === rows.length - 1} onClick={() => structural(moveRow(rows, r, 1))}>
                    ↓
                  </button>
                  <button type="button" className="ps-icon-button" aria-label={t('table.duplicate', { row: n })} title={t('table.duplicate', { row: n })} onClick={() => structural(duplicateRow(rows, r))}>
                    ⧉
                  </button>
                  <button type="button" className="ps-icon-button ps-danger" aria-label={t('table.delete', { row: n })} title={t('table.delete', { row: n })} onClick={() => structural(deleteRow(rows, r))}>
                    ✕
                  </button>
                </td>
              </tr>,
              problem && (
                <tr key={`err-${r}`} className="ps-row-error">
                  <td />
                  <td colSpan={columns.length + 1} className="ps-field-error">
                    {columns.find((c) => c.key === problem.key)?.label ?? problem.key}: {problem.message}
                  </td>
                </tr>
              ),
            ];
          })}
        </tbody>
      </table>
      {tableError && <p className="ps-field-error">{tableError}</p>}
      <div className="ps-table-actions">
        <button
          type="button"
          className="ps-button ps-button--small"
          onClick={() => {
            structural(addRow(rows, emptyRow()));
            requestAnimationFrame(() => focusCell(rows.length, 0));
          }}
        >
          + {t('table.addRow')}
        </button>
        <label className="ps-button ps-button--small ps-file-button">
          {t('table.importCsv')}
          <input type="file" accept=".csv,.tsv,text/csv,text/tab-separated-values" className="ps-visually-hidden" onChange={handleImport} />
        </label>
        {notice && (
          <span className="ps-table-notice" role="status">
            {notice}
          </span>
        )}
      </div>
      <p className="ps-field-hint" id={`${id}-hint`}>
        {t('table.hint')}
      </p>
    </div>
  );
}

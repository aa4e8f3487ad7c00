import { memo, useCallback, useEffect, useId, useRef, useState, type ChangeEvent, type ClipboardEvent, type KeyboardEvent, type ReactNode } from 'react';
import { t } from '../i18n/t.ts';
import { looksLikeRows, parseClipboardRows, parseCsv, rowsToRecords } from '../tables/delimited.ts';
import { addRow, deleteRow, duplicateRow, insertRows, moveRow, updateRow } from '../tables/rows.ts';
import type { FieldErrors } from '../state/validation.ts';
import { CountryDatalist, CountryInput, DateInput, type FieldOption } from './fields.tsx';
import { SuggestInput, type Suggestion } from './form/SuggestInput.tsx';
import { ArrowDownIcon, ArrowUpIcon, CloseIcon, DuplicateIcon } from './icons.tsx';
import { useRenderOnRequest, useRenderWhenNear } from './lazy-render.ts';

/** A column of an editable table: how to show a row's cell as text and how to write text back. */
export interface TableColumn<T> {
  key: string;
  label: string;
  /** Other header names a pasted or imported column may have (`Provider`, `Vendor`). */
  names?: readonly string[];
  options?: readonly FieldOption[];
  /** An ISO country code, edited by name with suggestions (see `CountryInput`). */
  country?: boolean;
  /** Relative width, e.g. '2fr'. */
  width?: string;
  /** A date, typed and shown in the user's locale order and stored as ISO (see `DateInput`). */
  date?: boolean;
  /** What to enter, shown instead of the schema's message when the cell is invalid. */
  plainError?: string;
  /** A long text (a purpose, a summary): edited in a text area that grows with it, never cut off. */
  multiline?: boolean;
  /** Library entries offered while the cell is typed in; choosing one fills the whole row (one undo step). */
  suggest?: { options(text: string): Suggestion[]; choose(row: T, id: string): T };
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
  /** The messages at `path` and below. */
  errors: FieldErrors;
  emptyRow(): T;
  /** `key` says what changed, so typing in one cell undoes as one step. */
  onChange(rows: T[], key: string): void;
  /** A line under a row (a library update to apply or dismiss), or null; must depend on the row only. */
  rowNotice?(row: T, index: number): ReactNode;
}

/** What a row does; stable for the table's lifetime, so rows that did not change skip rendering. */
interface RowHandlers {
  edit(row: number, col: number, text: string): void;
  keyDown(event: KeyboardEvent<HTMLElement>, row: number, col: number): void;
  paste(event: ClipboardEvent<HTMLElement>, row: number, col: number): void;
  move(row: number, delta: number): void;
  choose(row: number, col: number, id: string): void;
  duplicate(row: number): void;
  remove(row: number): void;
}

interface RowProps<T> {
  row: T;
  index: number;
  last: boolean;
  columns: readonly TableColumn<T>[];
  /** This row's messages, as `column: message` pairs joined by newlines; a string so that equal messages compare equal. */
  problems: string;
  countryList: string;
  handlers: RowHandlers;
  notice?: RowTableProps<T>['rowNotice'];
}

/** The first message of row `index`: the column key it belongs to and the text. */
function rowProblems(errors: FieldErrors, path: string, index: number): string {
  const prefix = `${path}[${index}]`;
  const out: string[] = [];
  for (const [key, message] of errors) if (key === prefix || key.startsWith(`${prefix}.`)) out.push(`${key.slice(prefix.length + 1)}\t${message}`);
  return out.join('\n');
}

/** An option's short name ("Necessary" of "Necessary — needed for the site to work; no consent"), which fits a cell; the whole label is its tooltip. */
function shortOption(label: string): string {
  return label.split(' — ')[0] ?? label;
}

function TableRowView<T>({ row, index, last, columns, problems, countryList, handlers, notice }: RowProps<T>) {
  const n = index + 1;
  const entries = problems === '' ? [] : problems.split('\n').map((line) => line.split('\t') as [string, string]);
  const invalid = new Set(entries.map(([key]) => key));
  const first = entries[0];
  const note = notice?.(row, index);
  return (
    <>
      <tr className={`ps-row${first ? ' has-error' : ''}`}>
        <td className="ps-table-num">{n}</td>
        {columns.map((column, c) => {
          const common = {
            'data-cell': `${index}:${c}`,
            'aria-label': t('table.cell', { column: column.label, row: n }),
            'aria-invalid': invalid.has(column.key),
            onKeyDown: (e: KeyboardEvent<HTMLElement>) => handlers.keyDown(e, index, c),
            onPaste: (e: ClipboardEvent<HTMLElement>) => handlers.paste(e, index, c),
          };
          const value = column.get(row);
          const selected = column.options?.find((o) => o.value === value);
          return (
            <td key={column.key} data-col={column.key} data-label={column.label} className={column.multiline ? 'ps-cell--long' : undefined}>
              {column.options ? (
                <select {...common} value={value} title={selected?.label} onChange={(e) => handlers.edit(index, c, e.target.value)}>
                  {!selected && <option value={value}>{value || '—'}</option>}
                  {column.options.map((o) => (
                    <option key={o.value} value={o.value} title={o.label}>
                      {shortOption(o.label)}
                    </option>
                  ))}
                </select>
              ) : column.country ? (
                <CountryInput {...common} listId={countryList} value={value} onChange={(code) => handlers.edit(index, c, code)} />
              ) : column.date ? (
                <DateInput {...common} value={value} onChange={(iso) => handlers.edit(index, c, iso)} />
              ) : column.suggest ? (
                <SuggestInput {...common} value={value} suggest={column.suggest.options} onChange={(text) => handlers.edit(index, c, text)} onChoose={(id) => handlers.choose(index, c, id)} />
              ) : column.multiline ? (
                <textarea {...common} rows={1} value={value} onChange={(e) => handlers.edit(index, c, e.target.value)} />
              ) : (
                <input {...common} type="text" value={value} onChange={(e) => handlers.edit(index, c, e.target.value)} />
              )}
            </td>
          );
        })}
        <td className="ps-row-actions">
          <button type="button" className="ps-icon-button" aria-label={t('table.moveUp', { row: n })} title={t('table.moveUp', { row: n })} disabled={index === 0} onClick={() => handlers.move(index, -1)}>
            <ArrowUpIcon />
          </button>
          <button type="button" className="ps-icon-button" aria-label={t('table.moveDown', { row: n })} title={t('table.moveDown', { row: n })} disabled={last} onClick={() => handlers.move(index, 1)}>
            <ArrowDownIcon />
          </button>
          <button type="button" className="ps-icon-button" aria-label={t('table.duplicate', { row: n })} title={t('table.duplicate', { row: n })} onClick={() => handlers.duplicate(index)}>
            <DuplicateIcon />
          </button>
          <button type="button" className="ps-icon-button ps-danger" aria-label={t('table.delete', { row: n })} title={t('table.delete', { row: n })} onClick={() => handlers.remove(index)}>
            <CloseIcon />
          </button>
        </td>
      </tr>
      {note && (
        <tr className="ps-row-notice">
          <td colSpan={columns.length + 2}>{note}</td>
        </tr>
      )}
      {first && (
        <tr className="ps-row-error">
          <td />
          <td colSpan={columns.length + 1} className="ps-field-error">
            {columns.find((c) => c.key === first[0])?.label ?? first[0]}: {columns.find((c) => c.key === first[0])?.plainError ?? first[1]}
          </td>
        </tr>
      )}
    </>
  );
}

const TableRow = memo(TableRowView) as typeof TableRowView;

/** Rows per body: the first renders with the table, each later one when scrolled near, focused or the page is idle (lazy-render.ts). */
const CHUNK = 40;
/** A pending row's height until it renders (px), so the scroll bar stays near the truth: one line of inputs, or a stacked row's card in the form pane (tables of more than three columns stack there). */
const PENDING_ROW_PX = { line: 44, stacked: 250 };

/** Where each body after the first starts. */
function chunkStarts(count: number): number[] {
  const starts: number[] = [];
  for (let start = CHUNK; start < count; start += CHUNK) starts.push(start);
  return starts;
}

/** Asks a pending body to render at once (a cell in it is to take focus); see `focusCell`. */
const RENDER_NOW = 'ps-render-rows';

/**
 * A later body of a long table (a large project's 500 cookies): rendering
 * every row's inputs at once was much of opening such a project. Until it
 * renders, one empty row holds its place. A body added after the table
 * first rendered (a new row) renders at once.
 */
function RowChunk({ span, first, count, immediate, children }: { span: number; first: number; count: number; immediate: boolean; children: ReactNode }) {
  const ref = useRef<HTMLTableSectionElement>(null);
  const { shown, onFocus } = useRenderWhenNear(ref, false);
  const forced = useRenderOnRequest(ref, !shown, RENDER_NOW, immediate);
  if (shown || forced) return <tbody>{children}</tbody>;
  return (
    <tbody ref={ref} className="ps-rows-pending" data-first-row={first} onFocus={onFocus}>
      <tr>
        <td colSpan={span} style={{ height: count * PENDING_ROW_PX[span > 5 ? 'stacked' : 'line'] }} />
      </tr>
    </tbody>
  );
}

/**
 * An editable table: add, duplicate, delete and move rows; paste rows copied
 * from a spreadsheet; import a CSV file; arrow keys and Enter move between
 * cells like a spreadsheet. Rows are memoized: typing in one cell of a
 * 500-row table renders that row only.
 */
function RowTableView<T>({ caption, path, rows, columns, errors, emptyRow, onChange, rowNotice }: RowTableProps<T>) {
  const id = useId();
  const tableRef = useRef<HTMLTableElement>(null);
  // Set after the first render: bodies added later (new rows) render at once.
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
  }, []);
  const [notice, setNotice] = useState<string | null>(null);
  // Handlers read the latest props through this ref, so they stay the same functions and rows can skip rendering.
  const latest = useRef({ rows, columns, emptyRow, onChange, path });
  latest.current = { rows, columns, emptyRow, onChange, path };

  const focusCell = useCallback((row: number, col: number) => {
    // A row not rendered yet (a later body of a long table) renders first.
    tableRef.current?.querySelector(`tbody.ps-rows-pending[data-first-row="${row - (row % CHUNK)}"]`)?.dispatchEvent(new Event(RENDER_NOW));
    const cell = tableRef.current?.querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`);
    cell?.focus();
    if (cell instanceof HTMLInputElement) cell.select();
  }, []);

  const headerNames = useCallback(() => latest.current.columns.map((c) => ({ key: c.key, names: [c.label, ...(c.names ?? [])] })), []);
  const recordToRow = useCallback((record: Record<string, string>): T => {
    const { columns: cols, emptyRow: empty } = latest.current;
    return cols.reduce((row, column) => (record[column.key] !== undefined ? column.set(row, record[column.key]!) : row), empty());
  }, []);

  const [handlers] = useState<RowHandlers>(() => ({
    edit: (row, col, text) => {
      const { rows: current, columns: cols, onChange: change, path: p } = latest.current;
      const column = cols[col];
      if (!column) return;
      change(updateRow(current, row, (x) => column.set(x, text)), `${p}[${row}].${column.key}`);
    },
    choose: (row, col, id) => {
      const { rows: current, columns: cols, onChange: change, path: p } = latest.current;
      const suggest = cols[col]?.suggest;
      if (!suggest) return;
      change(updateRow(current, row, (x) => suggest.choose(x, id)), `${p}[${row}]:library:${Date.now()}`);
    },
    keyDown: (event, row, col) => {
      const { rows: current, columns: cols } = latest.current;
      const el = event.currentTarget;
      const isInput = el instanceof HTMLInputElement;
      // A text area moves to the next cell only from either end of its text; its own arrow keys move through its lines.
      const typed = isInput || el instanceof HTMLTextAreaElement;
      const atStart = !typed || (el.selectionStart === 0 && el.selectionEnd === 0);
      const atEnd = !typed || (el.selectionStart === el.value.length && el.selectionEnd === el.value.length);
      let target: [number, number] | null = null;
      if (event.key === 'ArrowUp' && isInput && !el.list) target = [row - 1, col];
      else if (event.key === 'ArrowDown' && isInput && !el.list) target = [row + 1, col];
      else if (event.key === 'Enter' && !event.altKey) target = [row + (event.shiftKey ? -1 : 1), col];
      else if (event.key === 'ArrowLeft' && atStart) target = [row, col - 1];
      else if (event.key === 'ArrowRight' && atEnd) target = [row, col + 1];
      if (!target) return;
      const [r, c] = target;
      if (r < 0 || r >= current.length || c < 0 || c >= cols.length) return;
      event.preventDefault();
      focusCell(r, c);
    },
    paste: (event, row, col) => {
      const text = event.clipboardData.getData('text/plain');
      if (!looksLikeRows(text)) return;
      event.preventDefault();
      const { rows: current, emptyRow: empty, onChange: change, path: p } = latest.current;
      const records = rowsToRecords(parseClipboardRows(text), headerNames(), col);
      if (records.length === 0) return;
      const pasted = records.map(recordToRow);
      // Pasting into an untouched new row fills it rather than leaving it empty above the paste.
      const blank = JSON.stringify(current[row]) === JSON.stringify(empty());
      const base = blank ? deleteRow(current, row) : current.slice();
      change(insertRows(base, blank ? row : row + 1, pasted), `${p}:paste:${Date.now()}`);
      setNotice(t('table.imported', { count: pasted.length }));
    },
    move: (row, delta) => structural(moveRow(latest.current.rows, row, delta)),
    duplicate: (row) => structural(duplicateRow(latest.current.rows, row)),
    remove: (row) => structural(deleteRow(latest.current.rows, row)),
  }));

  function structural(next: T[]) {
    const { onChange: change, path: p } = latest.current;
    change(next, `${p}:rows:${Date.now()}`);
  }

  const handleImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const text = await file.text();
    const records = rowsToRecords(parseCsv(text), headerNames());
    if (records.length === 0) return;
    onChange([...rows, ...records.map(recordToRow)], `${path}:import:${Date.now()}`);
    setNotice(t('table.imported', { count: records.length }));
  };

  const tableError = errors.get(path);
  const hasCountry = columns.some((c) => c.country);
  const countryList = `${id}-countries`;

  return (
    <div className="ps-table-wrap">
      <div className="ps-table-scroll">
        <table className={`ps-table${columns.length > 3 ? ' ps-table--stacking' : ''}`} data-table={path} ref={tableRef} aria-label={caption} aria-describedby={`${id}-hint`}>
          <thead>
            <tr>
              <th scope="col" className="ps-table-num">
                #
              </th>
              {columns.map((c) => (
                <th scope="col" key={c.key} data-col={c.key} title={c.label}>
                  {c.label}
                </th>
              ))}
              <th scope="col" className="ps-table-actions-col">
                <span className="ps-visually-hidden">{t('table.rowActions', { row: '' })}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length + 2} className="ps-table-empty" tabIndex={0} onPaste={(e) => handlers.paste(e, 0, 0)}>
                  {t('table.empty')}
                </td>
              </tr>
            )}
            {rows.slice(0, CHUNK).map((row, r) => (
              <TableRow key={r} row={row} index={r} last={r === rows.length - 1} columns={columns} problems={rowProblems(errors, path, r)} countryList={countryList} handlers={handlers} notice={rowNotice} />
            ))}
          </tbody>
          {chunkStarts(rows.length).map((start) => (
            <RowChunk key={start} span={columns.length + 2} first={start} count={Math.min(CHUNK, rows.length - start)} immediate={mounted.current}>
              {rows.slice(start, start + CHUNK).map((row, i) => {
                const r = start + i;
                return <TableRow key={r} row={row} index={r} last={r === rows.length - 1} columns={columns} problems={rowProblems(errors, path, r)} countryList={countryList} handlers={handlers} notice={rowNotice} />;
              })}
            </RowChunk>
          ))}
        </table>
      </div>
      {hasCountry && <CountryDatalist id={countryList} />}
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

/** Memoized: the table renders again only when its rows, columns or messages change. */
export const RowTable = memo(RowTableView) as typeof RowTableView;

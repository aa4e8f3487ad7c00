/**
 * Parsing of spreadsheet text: CSV files and the tab-separated text a
 * spreadsheet puts on the clipboard. Quoted fields ("a, b", "say ""hi""",
 * line breaks inside quotes) follow RFC 4180, which Excel, LibreOffice and
 * Google Sheets all write.
 */

/** Splits delimited text into rows of cells. Blank lines are dropped; a trailing line break adds no row. */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const input = text.replace(/^\uFEFF/, '');
  const endRow = () => {
    row.push(cell);
    cell = '';
    if (!(row.length === 1 && row[0]!.trim() === '')) rows.push(row);
    row = [];
  };
  while (i < input.length) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      i++;
    } else if (ch === delimiter) {
      row.push(cell);
      cell = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && input[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i++;
    }
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

/** The delimiter of a CSV file: comma, semicolon (spreadsheets in locales with a decimal comma) or tab, by what the first line holds most of outside quotes. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts['\t'] > counts[','] && counts['\t'] >= counts[';']) return '\t';
  return counts[';'] > counts[','] ? ';' : ',';
}

/** Parses a CSV file's text, detecting its delimiter. */
export function parseCsv(text: string): string[][] {
  return parseDelimited(text, detectDelimiter(text));
}

/** Parses what a spreadsheet copies to the clipboard: tab-separated cells, one row per line. */
export function parseClipboardRows(text: string): string[][] {
  return parseDelimited(text, '\t');
}

/** True when pasted text looks like more than a single cell (a tab or a line break), so the table should take it as rows. */
export function looksLikeRows(text: string): boolean {
  return /[\t\n]/.test(text.replace(/\r?\n$/, ''));
}

/** A column a table row can be read into: its key and the header names it may appear under. */
export interface ColumnName {
  key: string;
  names: readonly string[];
}

function normalize(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * Turns parsed rows into records keyed by column. When the first row is a
 * header (at least one cell names a column), cells are matched by header and
 * the header row is dropped; otherwise cells are taken in column order,
 * starting at `startColumn` (where the user pasted).
 */
export function rowsToRecords(rows: readonly string[][], columns: readonly ColumnName[], startColumn = 0): Record<string, string>[] {
  if (rows.length === 0) return [];
  const header = rows[0]!;
  const byName = new Map<string, string>();
  for (const column of columns) {
    byName.set(normalize(column.key), column.key);
    for (const name of column.names) byName.set(normalize(name), column.key);
  }
  const headerKeys = header.map((cell) => byName.get(normalize(cell)) ?? null);
  const isHeader = headerKeys.some((k) => k !== null);
  if (isHeader) {
    return rows.slice(1).map((row) => {
      const record: Record<string, string> = {};
      headerKeys.forEach((key, index) => {
        if (key !== null && record[key] === undefined) record[key] = (row[index] ?? '').trim();
      });
      return record;
    });
  }
  return rows.map((row) => {
    const record: Record<string, string> = {};
    row.forEach((cell, index) => {
      const column = columns[startColumn + index];
      if (column) record[column.key] = cell.trim();
    });
    return record;
  });
}

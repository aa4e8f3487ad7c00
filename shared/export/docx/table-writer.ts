import { Paragraph, Table, TableCell, TableRow, WidthType, ShadingType, type Percentage } from 'docx';
import type { DocNode } from '../../document/types.ts';
import { takePageBreak, type BlockWriter, type WriteBlocks } from './block.ts';
import { columnWidths, type CellSample } from './column-widths.ts';
import { numberAttr, numberListAttr, plainText } from './node-attrs.ts';
import { TEXT_WIDTH } from './page-layout.ts';
import { rowChange } from './revisions.ts';
import { UnknownNodeError } from './unknown-node-error.ts';
import type { WriterState } from './writer-state.ts';

/** The id of Word's built-in "Table Grid" style, defined in table-style.ts. */
export const TABLE_STYLE = 'TableGrid';
/** Background of header cells: a light grey that prints well. */
const HEADER_FILL = 'E7E6E6';

const CELL_TYPES = new Set(['tableCell', 'tableHeader']);

interface PlacedCell {
  node: DocNode;
  row: number;
  column: number;
  colspan: number;
  rowspan: number;
}

/** Where each cell sits in the table grid, taking row spans from rows above into account. */
function placeCells(rows: readonly DocNode[], where: string): { cells: PlacedCell[]; columnCount: number } {
  const taken = new Set<string>();
  const cells: PlacedCell[] = [];
  let columnCount = 0;
  rows.forEach((row, r) => {
    if (row.type !== 'tableRow') throw new UnknownNodeError('node', row.type, `${where}, table`);
    let column = 0;
    for (const node of row.content ?? []) {
      if (!CELL_TYPES.has(node.type)) throw new UnknownNodeError('node', node.type, `${where}, table row`);
      while (taken.has(`${r}:${column}`)) column++;
      const colspan = Math.max(1, Math.round(numberAttr(node.attrs, 'colspan', 1)));
      const rowspan = Math.max(1, Math.round(numberAttr(node.attrs, 'rowspan', 1)));
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) taken.add(`${r + dr}:${column + dc}`);
      cells.push({ node, row: r, column, colspan, rowspan });
      column += colspan;
      columnCount = Math.max(columnCount, column);
    }
  });
  return { cells, columnCount };
}

/** The rows at the top whose cells are all header cells: Word repeats them on every page. */
function headerRowCount(rows: readonly DocNode[]): number {
  let count = 0;
  for (const row of rows) {
    const cells = row.content ?? [];
    if (cells.length === 0 || !cells.every((c) => c.type === 'tableHeader')) break;
    count++;
  }
  return count;
}

function percent(share: number): Percentage {
  return `${Math.round(share * 10000) / 100}%`;
}

function writeCell(cell: PlacedCell, widths: readonly number[], state: WriterState, writeBlocks: WriteBlocks): TableCell {
  const header = cell.node.type === 'tableHeader';
  const width = widths.slice(cell.column, cell.column + cell.colspan).reduce((a, b) => a + b, 0);
  const children = writeBlocks(cell.node.content ?? [], { ...state, inTable: true, headerCell: header, list: undefined, quote: false });
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph({})],
    width: { size: percent(width / TEXT_WIDTH), type: WidthType.PERCENTAGE },
    ...(cell.colspan > 1 ? { columnSpan: cell.colspan } : {}),
    ...(cell.rowspan > 1 ? { rowSpan: cell.rowspan } : {}),
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } } : {}),
  });
}

/**
 * A table across the full text width in Word's "Table Grid" style: columns
 * sized by their text, header rows repeated on each page, rows kept whole.
 */
export const writeTable: BlockWriter = (node, state, writeBlocks) => {
  const where = `section "${state.sectionId}"`;
  const rows = node.content ?? [];
  const { cells, columnCount } = placeCells(rows, where);
  if (columnCount === 0) return [];
  const samples: CellSample[] = cells.map((c) => ({
    column: c.column,
    span: c.colspan,
    text: plainText(c.node),
    colwidth: numberListAttr(c.node.attrs, 'colwidth'),
  }));
  const widths = columnWidths(samples, columnCount, TEXT_WIDTH);
  const headerRows = headerRowCount(rows);
  // A table cannot start a page itself; an empty paragraph before it does.
  const pageBreak = takePageBreak(state) ? [new Paragraph({ pageBreakBefore: true })] : [];
  const tableRows = rows.map((row, r) => new TableRow({
    cantSplit: true,
    tableHeader: r < headerRows,
    ...rowChange(row, state),
    children: cells.filter((c) => c.row === r).map((c) => writeCell(c, widths, state, writeBlocks)),
  }));
  // Word leaves no room after a table: the next paragraph asks for some (block.ts).
  state.shared.spaceBeforeNext = !state.inTable;
  return [...pageBreak, new Table({
    style: TABLE_STYLE,
    width: { size: '100%', type: WidthType.PERCENTAGE },
    columnWidths: widths,
    tableLook: { firstRow: headerRows > 0, lastRow: false, firstColumn: false, lastColumn: false, noHBand: true, noVBand: true },
    rows: tableRows,
  })];
};

import { Paragraph, Table, TableCell, TableRow, WidthType, ShadingType, type Percentage } from 'docx';
import type { DocNode } from '../../document/types.ts';
import { takePageBreak, type BlockWriter, type WriteBlocks } from './block.ts';
import { columnWidths, type CellSample } from './column-widths.ts';
import { numberAttr, numberListAttr, plainText } from './node-attrs.ts';
import { TEXT_WIDTH } from './page-layout.ts';
import { writeInlineXml, type InlineXmlSink } from './inline-writers.ts';
import { escapeXml, RawXmlElement, type RawLink } from './raw-xml.ts';
import { reviser, rowChange } from './revisions.ts';
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
    // A raw table (raw-xml.ts) nested in a cell formats as a Table does; docx types cell children as Paragraph | Table.
    children: children.length > 0 ? (children as (Paragraph | Table)[]) : [new Paragraph({})],
    width: { size: percent(width / TEXT_WIDTH), type: WidthType.PERCENTAGE },
    ...(cell.colspan > 1 ? { columnSpan: cell.colspan } : {}),
    ...(cell.rowspan > 1 ? { rowSpan: cell.rowspan } : {}),
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } } : {}),
  });
}

/** What the page estimate needs of a table written as raw XML: its grid, and each row's cells as the text of their paragraphs. */
export interface RawTableInfo {
  columns: readonly number[];
  rows: readonly { header: boolean; cells: readonly { span: number; paragraphs: readonly string[] }[] }[];
}

/**
 * Whether a table can be written as raw XML (`rawTable`), with the same XML
 * `docx` would write: cells of plain paragraphs, no row spans (the vertical
 * merges `docx` works out), not in the title section, and not laid out by
 * `docx/layout`, which reads the table as `docx` formats it.
 */
function writesRaw(cells: readonly PlacedCell[], state: WriterState): boolean {
  if (state.options.estimatePageNumbers === true || state.titleSection || state.quote) return false;
  return cells.every((c) => c.rowspan === 1 && (c.node.content ?? []).every((child) => child.type === 'paragraph'));
}

/**
 * The table written as WordprocessingML text (raw-xml.ts): byte for byte
 * what `docx` writes for the `Table` the other path builds (Table Grid,
 * header rows, rows kept whole, tracked row changes, links), at a fraction
 * of the time. Row changes and the changes in cells are numbered in the same
 * order as there.
 */
function rawTable(rows: readonly DocNode[], cells: readonly PlacedCell[], widths: readonly number[], headerRows: number, state: WriterState): RawXmlElement<RawTableInfo> {
  const where = `section "${state.sectionId}"`;
  const links: RawLink[] = [];
  const sink: InlineXmlSink = { links, linkId: () => `rIdLink${state.shared.nextLinkId = (state.shared.nextLinkId ?? 0) + 1}` };
  const revise = reviser(state);
  let xml = `<w:tblPr><w:tblStyle w:val="${TABLE_STYLE}"/><w:tblW w:type="pct" w:w="100%"/><w:tblLook w:firstRow="${headerRows > 0}" w:lastRow="false" w:firstColumn="false" w:lastColumn="false" w:noHBand="true" w:noVBand="true"/></w:tblPr>`;
  xml += `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const info: RawTableInfo['rows'][number][] = [];
  const byRow = new Map<number, PlacedCell[]>();
  for (const c of cells) {
    const list = byRow.get(c.row);
    if (list) list.push(c);
    else byRow.set(c.row, [c]);
  }
  rows.forEach((row, r) => {
    const change = rowChange(row, state);
    const rowCells = byRow.get(r) ?? [];
    // docx leaves out a row without cells.
    if (rowCells.length === 0) return;
    let rowXml = `<w:tr><w:trPr><w:cantSplit/>${r < headerRows ? '<w:tblHeader/>' : '<w:tblHeader w:val="off"/>'}`;
    if (change) {
      const [tag, a] = 'insertion' in change ? ['w:ins', change.insertion] : ['w:del', change.deletion];
      rowXml += `<${tag} w:id="${a.id}" w:author="${escapeXml(a.author)}" w:date="${escapeXml(a.date)}"/>`;
    }
    rowXml += '</w:trPr>';
    const rowInfo = { header: true, cells: [] as { span: number; paragraphs: string[] }[] };
    for (const cell of rowCells) {
      const header = cell.node.type === 'tableHeader';
      const width = widths.slice(cell.column, cell.column + cell.colspan).reduce((a, b) => a + b, 0);
      rowXml += `<w:tc><w:tcPr><w:tcW w:type="pct" w:w="${percent(width / TEXT_WIDTH)}"/>`;
      if (cell.colspan > 1) rowXml += `<w:gridSpan w:val="${cell.colspan}"/>`;
      if (header) rowXml += `<w:shd w:fill="${HEADER_FILL}" w:color="auto" w:val="clear"/>`;
      rowXml += '</w:tcPr>';
      const paragraphs: string[] = [];
      for (const p of cell.node.content ?? []) {
        const { xml: runs, text } = writeInlineXml(p.content ?? [], where, revise, sink, header ? { bold: true } : {});
        rowXml += runs ? `<w:p>${runs}</w:p>` : '<w:p/>';
        paragraphs.push(text);
      }
      if (paragraphs.length === 0) {
        rowXml += '<w:p/>';
        paragraphs.push('');
      }
      rowXml += '</w:tc>';
      rowInfo.cells.push({ span: cell.colspan, paragraphs });
    }
    xml += `${rowXml}</w:tr>`;
    info.push(rowInfo);
  });
  return new RawXmlElement('w:tbl', xml, { columns: widths, rows: info }, links);
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
  if (writesRaw(cells, state)) {
    const table = rawTable(rows, cells, widths, headerRows, state);
    state.shared.spaceBeforeNext = !state.inTable;
    return [...pageBreak, table];
  }
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

import { Paragraph, Table, TableCell, TableRow, WidthType, ShadingType, type Percentage } from 'docx';
import type { IContext } from 'docx';
import type { DocNode } from '../../document/types.ts';
import { takePageBreak, type BlockWriter, type WriteBlocks } from './block.ts';
import { columnWidths, type CellSample } from './column-widths.ts';
import { numberAttr, numberListAttr, plainText } from './node-attrs.ts';
import { TEXT_WIDTH } from './page-layout.ts';
import { writeInlineXml, type InlineBase, type InlineXmlSink } from './inline-writers.ts';
import { escapeXml, RawXmlElement, type RawLink } from './raw-xml.ts';
import { numberingIdXml, RawParagraph, type NumberedXml } from './raw-paragraph.ts';
import { reviser, rowChange, wholeChange } from './revisions.ts';
import { UnknownNodeError } from './unknown-node-error.ts';
import { nextLinkId, type WriterState } from './writer-state.ts';

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

/**
 * Where each cell sits in the table grid, taking row spans from rows above
 * into account. Only the places a row span takes in the rows below are
 * kept: a cell's own row is never looked at again to the left of the next
 * cell, so a table without row spans (nearly all) records nothing.
 */
function placeCells(rows: readonly DocNode[], where: string): { cells: PlacedCell[]; columnCount: number } {
  const takenBelow = new Map<number, Set<number>>();
  const cells: PlacedCell[] = [];
  let columnCount = 0;
  rows.forEach((row, r) => {
    if (row.type !== 'tableRow') throw new UnknownNodeError('node', row.type, `${where}, table`);
    const taken = takenBelow.get(r);
    let column = 0;
    const content = row.content ?? [];
    // Index loops over cells and their paragraphs here and in `rawTable`: the CLI runs without the optimizing compiler, where `for…of` makes an iterator result per element.
    for (let i = 0; i < content.length; i++) {
      const node = content[i]!;
      if (!CELL_TYPES.has(node.type)) throw new UnknownNodeError('node', node.type, `${where}, table row`);
      if (taken) while (taken.has(column)) column++;
      const colspan = Math.max(1, Math.round(numberAttr(node.attrs, 'colspan', 1)));
      const rowspan = Math.max(1, Math.round(numberAttr(node.attrs, 'rowspan', 1)));
      for (let dr = 1; dr < rowspan; dr++) {
        let below = takenBelow.get(r + dr);
        if (!below) takenBelow.set(r + dr, (below = new Set()));
        for (let dc = 0; dc < colspan; dc++) below.add(column + dc);
      }
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

/** A raw cell's start: `<w:tc>` and its properties, its width a share of the text width as `docx` writes it. */
function cellStartXml(cell: PlacedCell, widths: readonly number[], header: boolean): string {
  const width = widths.slice(cell.column, cell.column + cell.colspan).reduce((a, b) => a + b, 0);
  let xml = `<w:tc><w:tcPr><w:tcW w:type="pct" w:w="${percent(width / TEXT_WIDTH)}"/>`;
  if (cell.colspan > 1) xml += `<w:gridSpan w:val="${cell.colspan}"/>`;
  if (header) xml += `<w:shd w:fill="${HEADER_FILL}" w:color="auto" w:val="clear"/>`;
  return `${xml}</w:tcPr>`;
}

/** The run formatting cell text starts from: bold in header cells. Shared, as the inline writer only reads it. */
const HEADER_BASE: InlineBase = { bold: true };
const PLAIN_BASE: InlineBase = {};

/**
 * What the page estimate needs of a table written as raw XML: its grid, and
 * each row's cells as the text of their paragraphs, with the paragraphs'
 * styles in a cell that has a list (the others are all Normal).
 */
export interface RawTableInfo {
  columns: readonly number[];
  rows: readonly { header: boolean; cells: readonly RawCellInfo[] }[];
}

export interface RawCellInfo {
  span: number;
  paragraphs: readonly string[];
  styles?: readonly (string | undefined)[];
}

/**
 * Whether a table can be written as raw XML (`rawTable`), with the same XML
 * `docx` would write: cells of plain paragraphs and of lists the list
 * writers write as raw paragraphs, no row spans (the vertical merges `docx`
 * works out), not in the title section, and not laid out by `docx/layout`,
 * which reads the table as `docx` formats it.
 */
function writesRaw(cells: readonly PlacedCell[], state: WriterState): boolean {
  if (state.options.estimatePageNumbers === true || state.titleSection || state.quote) return false;
  return cells.every((c) => c.rowspan === 1 && (c.node.content ?? []).every((child) => child.type === 'paragraph' || isRawCellList(child)));
}

/**
 * A list in a cell the list writers (list-writers.ts) write as raw
 * paragraphs only: bullets, or numbers from 1 (a list of its own start has
 * a numbering definition of its own), items of paragraphs and such lists,
 * no paragraph inserted or deleted whole (written by `docx`, for its mark),
 * and no links: `docx` gives a link in its own paragraphs a random
 * relationship id, where a raw one takes the next `rIdLink` number.
 */
function isRawCellList(node: DocNode): boolean {
  if (node.type === 'orderedList') {
    if (Math.max(0, Math.round(numberAttr(node.attrs, 'start', 1))) !== 1) return false;
  } else if (node.type !== 'bulletList') return false;
  return (node.content ?? []).every(
    (item) => item.type === 'listItem' && (item.content ?? []).every((child) => (child.type === 'paragraph' ? wholeChange(child) === undefined && !hasLink(child) : isRawCellList(child))),
  );
}

function hasLink(node: DocNode): boolean {
  return (node.marks ?? []).some((m) => m.type === 'link') || (node.content ?? []).some(hasLink);
}

/**
 * A raw table with lists in its cells: its XML in pieces either side of
 * each list paragraph's numbering id, which it fills in when formatted,
 * creating the numbering instances in their order as the paragraphs would
 * (raw-paragraph.ts).
 */
class RawTable extends RawXmlElement<RawTableInfo> {
  private readonly pieces: readonly string[];
  private readonly numberings: readonly NumberedXml['numbering'][];

  constructor(pieces: readonly string[], numberings: readonly NumberedXml['numbering'][], info: RawTableInfo, links: readonly RawLink[]) {
    // Only `innerXml` reads a table's XML: its pieces stay apart until then.
    super('w:tbl', pieces.length === 1 ? pieces[0]! : '', info, links);
    this.pieces = pieces;
    this.numberings = numberings;
  }

  protected override innerXml(context: IContext): string {
    if (this.numberings.length === 0) return this.inner;
    let xml = this.pieces[0]!;
    this.numberings.forEach((numbering, i) => (xml += numberingIdXml(context, numbering) + this.pieces[i + 1]!));
    return xml;
  }
}

/**
 * The table written as WordprocessingML text (raw-xml.ts): byte for byte
 * what `docx` writes for the `Table` the other path builds (Table Grid,
 * header rows, rows kept whole, tracked row changes, links), at a fraction
 * of the time. Row changes and the changes in cells are numbered in the same
 * order as there.
 */
function rawTable(rows: readonly DocNode[], cells: readonly PlacedCell[], widths: readonly number[], headerRows: number, state: WriterState, writeBlocks: WriteBlocks): RawXmlElement<RawTableInfo> {
  const where = `section "${state.sectionId}"`;
  const links: RawLink[] = [];
  const sink: InlineXmlSink = { links, linkId: () => nextLinkId(state) };
  const revise = reviser(state);
  let xml = `<w:tblPr><w:tblStyle w:val="${TABLE_STYLE}"/><w:tblW w:type="pct" w:w="100%"/><w:tblLook w:firstRow="${headerRows > 0}" w:lastRow="false" w:firstColumn="false" w:lastColumn="false" w:noHBand="true" w:noVBand="true"/></w:tblPr>`;
  xml += '<w:tblGrid>';
  for (const w of widths) xml += `<w:gridCol w:w="${w}"/>`;
  xml += '</w:tblGrid>';
  // A cell's properties depend only on where it is and whether it is a header: the same few strings for every row.
  const cellStarts = new Map<number, string>();
  // The XML before each list paragraph's numbering id, and the numberings: `xml` is the piece after the last.
  const pieces: string[] = [];
  const numberings: NumberedXml['numbering'][] = [];
  const info: RawTableInfo['rows'][number][] = [];
  const byRow = new Map<number, PlacedCell[]>();
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    const list = byRow.get(c.row);
    if (list) list.push(c);
    else byRow.set(c.row, [c]);
  }
  rows.forEach((row, r) => {
    const change = rowChange(row, state);
    const rowCells = byRow.get(r) ?? [];
    // docx leaves out a row without cells.
    if (rowCells.length === 0) return;
    xml += r < headerRows ? '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/>' : '<w:tr><w:trPr><w:cantSplit/><w:tblHeader w:val="off"/>';
    if (change) {
      const [tag, a] = 'insertion' in change ? ['w:ins', change.insertion] : ['w:del', change.deletion];
      xml += `<${tag} w:id="${a.id}" w:author="${escapeXml(a.author)}" w:date="${escapeXml(a.date)}"/>`;
    }
    xml += '</w:trPr>';
    const rowInfo = { header: true, cells: [] as RawCellInfo[] };
    for (let c = 0; c < rowCells.length; c++) {
      const cell = rowCells[c]!;
      const header = cell.node.type === 'tableHeader';
      // Keyed by the place for the usual single-column cells; a wider cell's string is made for it.
      const key = cell.colspan === 1 ? cell.column * 2 + (header ? 1 : 0) : -1;
      let start = key < 0 ? undefined : cellStarts.get(key);
      if (start === undefined) {
        start = cellStartXml(cell, widths, header);
        if (key >= 0) cellStarts.set(key, start);
      }
      xml += start;
      const paragraphs: string[] = [];
      let styles: (string | undefined)[] | undefined;
      const content = cell.node.content ?? [];
      for (let i = 0; i < content.length; i++) {
        const p = content[i]!;
        if (p.type !== 'paragraph') {
          // A list (writesRaw): its items as the list writers write them in a cell, as raw paragraphs taken into the row's XML.
          styles ??= paragraphs.map(() => undefined);
          for (const block of writeBlocks([p], { ...state, inTable: true, rawTableCell: true, headerCell: header, list: undefined, quote: false })) {
            if (!(block instanceof RawParagraph)) throw new Error(`DOCX export: a list in a raw table cell was not written as raw paragraphs (in ${where})`);
            if (block.numbered) {
              pieces.push(`${xml}<w:p>${block.numbered.before}`);
              numberings.push(block.numbered.numbering);
              xml = `${block.numbered.after}</w:p>`;
            } else xml += `<w:p>${block.inner}</w:p>`;
            paragraphs.push(block.info.text);
            styles.push(block.info.style);
            links.push(...block.links);
          }
          continue;
        }
        const { xml: runs, text } = writeInlineXml(p.content ?? [], where, revise, sink, header ? HEADER_BASE : PLAIN_BASE);
        xml += runs ? `<w:p>${runs}</w:p>` : '<w:p/>';
        paragraphs.push(text);
        styles?.push(undefined);
      }
      if (paragraphs.length === 0) {
        xml += '<w:p/>';
        paragraphs.push('');
      }
      xml += '</w:tc>';
      rowInfo.cells.push(styles ? { span: cell.colspan, paragraphs, styles } : { span: cell.colspan, paragraphs });
    }
    xml += '</w:tr>';
    info.push(rowInfo);
  });
  pieces.push(xml);
  return new RawTable(pieces, numberings, { columns: widths, rows: info }, links);
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
    const table = rawTable(rows, cells, widths, headerRows, state, writeBlocks);
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

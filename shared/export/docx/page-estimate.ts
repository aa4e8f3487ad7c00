import type { PageNumberEstimator } from 'docx';
import { PAGE, TEXT_WIDTH } from './page-layout.ts';
import { isRawXmlContent, RAW_XML_INFO } from './raw-xml.ts';
import type { RawParagraphInfo } from './raw-paragraph.ts';
import type { RawCellInfo, RawTableInfo } from './table-writer.ts';

/**
 * A quick estimate of where the pages of the Word export break, so the table
 * of contents and "Page X of Y" have numbers when the file opens in a viewer
 * that does not update fields (LibreOffice, previews, Google Docs). Word
 * updates them itself on open (`updateFields`). It walks the body as `docx`
 * formats it (before it becomes XML text), measures each paragraph by word
 * wrapping with Calibri's character widths and each table row by its
 * tallest cell, and follows page breaks, rows kept whole, repeated header
 * rows and headings kept with the next paragraph. Milliseconds on a
 * 100-page policy, where laying pages out as Word does (`docx/layout`)
 * takes seconds; the numbers are an estimate, usually right or one off.
 */

/** `docx`'s formatted XML: an element is `{ tag: children }`, children an array (or an attributes object). */
type XmlNode = Record<string, unknown>;

/** Type metrics of a paragraph style, from styles.ts and table-style.ts, in twips and half-points. */
interface StyleMetrics {
  /** Font size in half-points. */
  size: number;
  before: number;
  after: number;
  /** Line spacing in 240ths of a single line. */
  line: number;
  /** Indent from the left, twips. */
  indent: number;
  /** Space between paragraphs of the same style is left out (Word's contextual spacing). */
  contextual?: boolean;
  keepNext?: boolean;
  /** Extra height (a border and its padding). */
  extra?: number;
}

const NORMAL: StyleMetrics = { size: 22, before: 0, after: 140, line: 264, indent: 0 };
const LIST = (depth: number): StyleMetrics => ({ ...NORMAL, after: 80, indent: 720 * depth, contextual: true });
const STYLES: Readonly<Record<string, StyleMetrics>> = {
  Title: { size: 52, before: 0, after: 120, line: 240, indent: 0, contextual: true, extra: 240 },
  Subtitle: { ...NORMAL, size: 24, after: 240 },
  Heading1: { size: 32, before: 360, after: 120, line: 264, indent: 0, keepNext: true },
  Heading2: { size: 26, before: 240, after: 80, line: 264, indent: 0, keepNext: true },
  Heading3: { size: 24, before: 200, after: 60, line: 264, indent: 0, keepNext: true },
  TOCHeading: { size: 32, before: 480, after: 120, line: 264, indent: 0, keepNext: true },
  TOC1: NORMAL,
  TOC2: { ...NORMAL, indent: 220 },
  Quote: { ...NORMAL, before: 120, after: 120, indent: 1440 },
  ListBullet: LIST(1),
  ListBullet2: LIST(2),
  ListBullet3: LIST(3),
  ListNumber: LIST(1),
  ListNumber2: LIST(2),
  ListNumber3: LIST(3),
  ListContinue: LIST(1),
};
/** Paragraphs in table cells: Table Grid's 10 pt text, 2 pt above and below. */
const TABLE_TEXT: StyleMetrics = { size: 20, before: 40, after: 40, line: 270, indent: 0 };
const TABLE_LIST: StyleMetrics = { ...TABLE_TEXT, after: 80, indent: 360, contextual: true };
/** Table Grid's cell margins, twips: left + right, top + bottom. */
const CELL_MARGIN_X = 216;
const CELL_MARGIN_Y = 114;
/** Calibri's line height (ascent + descent) in ems. */
const LINE_EMS = 1.22;
const PAGE_HEIGHT = PAGE.height - PAGE.marginTop - PAGE.marginBottom;

/** Calibri's advance widths in ems (Carlito, its metric twin, has the same); other characters count as an average letter. */
const CALIBRI_EMS: ReadonlyMap<string, number> = (() => {
  const widths = new Map<string, number>();
  const set = (chars: string, ems: readonly number[]) => [...chars].forEach((ch, i) => widths.set(ch, ems[i]!));
  set('abcdefghijklmnopqrstuvwxyz', [0.479, 0.525, 0.423, 0.525, 0.498, 0.305, 0.471, 0.525, 0.229, 0.239, 0.455, 0.229, 0.799, 0.525, 0.527, 0.525, 0.525, 0.349, 0.391, 0.335, 0.525, 0.452, 0.715, 0.433, 0.453, 0.395]);
  set('ABCDEFGHIJKLMNOPQRSTUVWXYZ', [0.579, 0.544, 0.533, 0.615, 0.488, 0.459, 0.631, 0.623, 0.252, 0.319, 0.52, 0.42, 0.855, 0.646, 0.662, 0.517, 0.673, 0.543, 0.459, 0.487, 0.642, 0.567, 0.89, 0.519, 0.487, 0.468]);
  set('0123456789', new Array<number>(10).fill(0.507));
  set(' .,:;-()/@\'’"“”–—&%+', [0.226, 0.252, 0.25, 0.268, 0.268, 0.306, 0.303, 0.303, 0.386, 0.899, 0.221, 0.25, 0.401, 0.418, 0.418, 0.498, 0.905, 0.682, 0.715, 0.498]);
  set('åäöéüøæ', [0.479, 0.479, 0.527, 0.498, 0.525, 0.527, 0.773]);
  set('ÅÄÖÉÜØÆ', [0.579, 0.579, 0.662, 0.488, 0.642, 0.662, 0.758]);
  return widths;
})();

/** The same widths by UTF-16 code unit, for the hot loop; other characters count as an average letter. */
const EMS_BY_CODE = (() => {
  const table = new Float32Array(0x2200).fill(0.5);
  for (const [ch, ems] of CALIBRI_EMS) table[ch.charCodeAt(0)] = ems;
  return table;
})();
const SPACE_EMS = 0.226;

/**
 * The widths again, as whole multiples of 2⁻²⁶ em. Every width is a 32-bit
 * float of at least ⅛ em, so a whole multiple of 2⁻²⁶, and a sum of them is
 * exact in a double: summing these integers and scaling once per word gives
 * the very number the float sum gave, without a heap number per character
 * (the CLI runs without the optimizing compiler, where every float result
 * is one).
 */
const UNIT = 2 ** 26;
const UNITS_BY_CODE = (() => {
  const table = new Int32Array(EMS_BY_CODE.length);
  for (let i = 0; i < table.length; i++) {
    const units = EMS_BY_CODE[i]! * UNIT;
    if (!Number.isInteger(units)) throw new Error(`page estimate: the width of U+${i.toString(16)} is not a whole multiple of 2^-26 em`);
    table[i] = units;
  }
  return table;
})();
const DEFAULT_UNITS = 0.5 * UNIT;

/** The widest a character (or a space between words) can be, in ems. */
const MAX_EMS = Math.max(SPACE_EMS, 0.5, ...EMS_BY_CODE);

/** Lines a text takes in `width` twips at `size` half-points, wrapping at spaces (and anywhere in a word too long for a line). */
export function lineCount(text: string, size: number, width: number): number {
  const limit = width / (size * 10); // the line's width in ems (an em is size × 10 twips)
  // A text that would fit were every character the widest fits, whatever its words (most table cells): one line.
  // The margin is far above what rounding can add up to in the sums below.
  if (text.length * MAX_EMS < limit * (1 - 1e-9) && !text.includes('\n')) return 1;
  let lines = 1;
  let x = 0; // ems used on the current line
  let units = 0; // the word being read, in units of 2⁻²⁶ em
  const length = text.length;
  // One pass past the end ends the last word.
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 0x20;
    if (code !== 0x20 && code !== 0x0a) {
      units += code < 0x2200 ? UNITS_BY_CODE[code]! : DEFAULT_UNITS;
      continue;
    }
    if (units !== 0) {
      const word = units / UNIT;
      const space = x > 0 ? SPACE_EMS : 0;
      if (x + space + word <= limit) x += space + word;
      else {
        if (x > 0) lines++;
        // A word wider than the line breaks over as many lines as it needs.
        lines += Math.max(0, Math.ceil(word / limit) - 1);
        x = word % limit || limit;
      }
      units = 0;
    }
    if (code === 0x0a) {
      lines++;
      x = 0;
    }
  }
  return lines;
}

const childrenOf = (node: XmlNode, tag: string): unknown[] => {
  const value = node[tag];
  return Array.isArray(value) ? value : [];
};
const isElement = (value: unknown): value is XmlNode => typeof value === 'object' && value !== null && !Array.isArray(value);
const tagOf = (node: XmlNode): string | undefined => Object.keys(node).find((k) => k !== '_attr');
const attr = (node: unknown, tag: string, name: string): unknown => {
  if (!isElement(node)) return undefined;
  const el = node[tag];
  if (isElement(el) && isElement(el._attr)) return el._attr[name];
  return undefined;
};

/** A paragraph's text (tabs as a few spaces, breaks as new lines) and its bookmarks. */
function paragraphContent(p: XmlNode): { text: string; bookmarks: string[] } {
  let text = '';
  const bookmarks: string[] = [];
  const visit = (children: unknown[]): void => {
    for (const child of children) {
      if (typeof child === 'string') continue;
      if (!isElement(child)) continue;
      const tag = tagOf(child);
      if (!tag || tag === 'w:pPr' || tag === 'w:rPr' || tag === 'w:instrText') continue;
      if (tag === 'w:t') text += childrenOf(child, tag).filter((c): c is string => typeof c === 'string').join('');
      else if (tag === 'w:tab') text += '    ';
      else if (tag === 'w:br') text += '\n';
      else if (tag === 'w:bookmarkStart') {
        const name = attr(child, tag, 'w:name');
        if (typeof name === 'string') bookmarks.push(name);
      } else visit(childrenOf(child, tag));
    }
  };
  visit(childrenOf(p, 'w:p'));
  return { text, bookmarks };
}

/** A paragraph's style id and direct page break / keep-with-next. */
function paragraphProps(p: XmlNode): { style?: string; pageBreakBefore: boolean; keepNext: boolean; before?: number } {
  const pPr = childrenOf(p, 'w:p').find((c) => isElement(c) && 'w:pPr' in c);
  const props = isElement(pPr) ? childrenOf(pPr, 'w:pPr') : [];
  const has = (tag: string) => props.some((c) => isElement(c) && tag in c);
  const styleEl = props.find((c) => isElement(c) && 'w:pStyle' in c);
  const style = attr(styleEl, 'w:pStyle', 'w:val');
  const spacingEl = props.find((c) => isElement(c) && 'w:spacing' in c);
  const before = attr(spacingEl, 'w:spacing', 'w:before');
  return { style: typeof style === 'string' ? style : undefined, pageBreakBefore: has('w:pageBreakBefore'), keepNext: has('w:keepNext'), before: typeof before === 'number' ? before : undefined };
}

/** Something the pages are made of: a paragraph's lines, or a table row kept whole. */
interface Item {
  /** Height of the first line (a row is one "line" that cannot split), of each line after it, and how many lines there are: not an array of heights, one per paragraph and row being garbage. */
  first: number;
  line: number;
  count: number;
  before: number;
  after: number;
  style?: string;
  contextual?: boolean;
  keepNext: boolean;
  pageBreakBefore: boolean;
  bookmarks: string[];
  /** A row repeated at the top of each page the table runs onto, with the height it takes. */
  repeatHeader?: number;
  /** The header rows of the table this row is in, for repeating. */
  headerHeight?: number;
}

/** What the item's lines add up to, summed line by line from the first as an array of their heights would be. */
function linesHeight(item: Item): number {
  let height = 0 + item.first;
  for (let i = 1; i < item.count; i++) height += item.line;
  return height;
}

/** Row items and most paragraphs have no bookmarks: one empty list for all of them (nothing adds to an item's list). */
const NO_BOOKMARKS: string[] = [];

function paragraphItem(p: XmlNode, width: number, inTable: boolean): Item {
  const { text, bookmarks } = paragraphContent(p);
  return textItem(paragraphProps(p), text, bookmarks, width, inTable);
}

type ParagraphProps = ReturnType<typeof paragraphProps>;

function textItem(props: ParagraphProps, text: string, bookmarks: string[], width: number, inTable: boolean): Item {
  // In a cell, Table Grid's text; a list style adds its indent and spacing (paragraph styles win over the table style).
  const m = inTable ? (props.style?.startsWith('List') ? TABLE_LIST : TABLE_TEXT) : (STYLES[props.style ?? ''] ?? NORMAL);
  const lineHeight = (m.size * 10 * LINE_EMS * m.line) / 240;
  const count = Math.max(1, lineCount(text, m.size, width - m.indent));
  return {
    first: lineHeight + (m.extra ?? 0),
    line: lineHeight,
    count,
    before: props.before ?? m.before,
    after: m.after,
    style: props.style,
    contextual: m.contextual,
    keepNext: props.keepNext || m.keepNext === true,
    pageBreakBefore: props.pageBreakBefore,
    bookmarks,
  };
}

/** The height of a cell's content, in twips. */
function cellHeight(tc: XmlNode, width: number): number {
  let height = 0;
  let previous: Item | undefined;
  for (const child of childrenOf(tc, 'w:tc')) {
    if (!isElement(child)) continue;
    if ('w:p' in child) {
      const item = paragraphItem(child, width - CELL_MARGIN_X, true);
      const joined = previous?.contextual && previous.style === item.style;
      height += (joined ? -previous!.after : item.before) + linesHeight(item) + item.after;
      previous = item;
    } else if ('w:tbl' in child) height += tableItems(child, width - CELL_MARGIN_X).reduce((h, row) => h + row.first, 0);
  }
  return height + CELL_MARGIN_Y;
}

/** The height of one line of a table cell's text, twips. */
const TABLE_LINE = (TABLE_TEXT.size * 10 * LINE_EMS * TABLE_TEXT.line) / 240;

/**
 * The height of a cell of a table written as raw XML, in twips: as
 * `cellHeight` measures it, without building an item per paragraph (a
 * 500-cookie policy has thousands of cells) when they are all plain ones.
 * (Every height in a cell is a whole number of half twips, so the sums come
 * out the same in either order.)
 */
function rawCellHeight(cell: RawCellInfo, width: number): number {
  if (cell.styles) return styledCellHeight(cell.paragraphs, cell.styles, width);
  let height = CELL_MARGIN_Y;
  for (const text of cell.paragraphs) height += TABLE_TEXT.before + Math.max(1, lineCount(text, TABLE_TEXT.size, width - CELL_MARGIN_X)) * TABLE_LINE + TABLE_TEXT.after;
  return height;
}

/** `cellHeight` of a raw cell with lists: its paragraphs measured in their styles, list items joined by contextual spacing. */
function styledCellHeight(paragraphs: readonly string[], styles: readonly (string | undefined)[], width: number): number {
  let height = 0;
  let previous: Item | undefined;
  paragraphs.forEach((text, i) => {
    const item = textItem({ style: styles[i], pageBreakBefore: false, keepNext: false }, text, NO_BOOKMARKS, width - CELL_MARGIN_X, true);
    const joined = previous?.contextual && previous.style === item.style;
    height += (joined ? -previous!.after : item.before) + linesHeight(item) + item.after;
    previous = item;
  });
  return height + CELL_MARGIN_Y;
}

/** `tableItems` of a table written as raw XML, from what it carries for the estimate. */
function rawTableItems(info: RawTableInfo, tableWidth: number): Item[] {
  const columns = info.columns;
  const total = columns.reduce((a, b) => a + b, 0) || tableWidth;
  const scale = tableWidth / total;
  const rows: Item[] = [];
  let headerHeight = 0;
  // The height of a one-column cell of one plain paragraph, by column and text: a cookie table repeats its texts down the columns (looped over by index: in the CLI's interpreter `for…of` makes an iterator result per cell).
  const heights: Map<string, number>[] = [];
  for (const row of info.rows) {
    let column = 0;
    let height = 0;
    for (let c = 0, cells = row.cells; c < cells.length; c++) {
      const cell = cells[c]!;
      const cached = cell.span === 1 && !cell.styles && cell.paragraphs.length === 1 ? (heights[column] ??= new Map()) : undefined;
      const known = cached?.get(cell.paragraphs[0]!);
      if (known !== undefined) {
        column += 1;
        height = Math.max(height, known);
        continue;
      }
      let width = tableWidth;
      if (columns.length) {
        // The columns the cell spans, summed in order from 0 as `tableItems` sums them.
        let spanned = 0;
        for (let c = column, end = Math.min(column + cell.span, columns.length); c < end; c++) spanned += columns[c]!;
        width = spanned * scale;
      }
      column += cell.span;
      const cellHeight = rawCellHeight(cell, width);
      cached?.set(cell.paragraphs[0]!, cellHeight);
      height = Math.max(height, cellHeight);
    }
    if (row.header) headerHeight += height;
    rows.push({ first: height, line: height, count: 1, before: 0, after: 0, keepNext: false, pageBreakBefore: false, bookmarks: NO_BOOKMARKS, headerHeight: row.header ? undefined : headerHeight });
  }
  return rows;
}

/** A table's rows as items that cannot split, with the grid's column widths. */
function tableItems(tbl: XmlNode, tableWidth: number): Item[] {
  const raw = tbl['w:tbl'];
  if (isRawXmlContent(raw)) return rawTableItems(raw[RAW_XML_INFO] as RawTableInfo, tableWidth);
  const children = childrenOf(tbl, 'w:tbl');
  const grid = children.find((c) => isElement(c) && 'w:tblGrid' in c);
  const columns = isElement(grid) ? childrenOf(grid, 'w:tblGrid').map((c) => Number(attr(c, 'w:gridCol', 'w:w')) || 0) : [];
  const total = columns.reduce((a, b) => a + b, 0) || tableWidth;
  const scale = tableWidth / total;
  const rows: Item[] = [];
  let headerHeight = 0;
  for (const tr of children) {
    if (!isElement(tr) || !('w:tr' in tr)) continue;
    let column = 0;
    let height = 0;
    let header = false;
    for (const cell of childrenOf(tr, 'w:tr')) {
      if (!isElement(cell)) continue;
      if ('w:trPr' in cell) header = childrenOf(cell, 'w:trPr').some((c) => isElement(c) && 'w:tblHeader' in c);
      if (!('w:tc' in cell)) continue;
      const tcPr = childrenOf(cell, 'w:tc').find((c) => isElement(c) && 'w:tcPr' in c);
      const spanEl = isElement(tcPr) ? childrenOf(tcPr, 'w:tcPr').find((c) => isElement(c) && 'w:gridSpan' in c) : undefined;
      const span = Number(attr(spanEl, 'w:gridSpan', 'w:val')) || 1;
      const width = columns.length ? columns.slice(column, column + span).reduce((a, b) => a + b, 0) * scale : tableWidth;
      column += span;
      height = Math.max(height, cellHeight(cell, width));
    }
    if (header) headerHeight += height;
    rows.push({ first: height, line: height, count: 1, before: 0, after: 0, keepNext: false, pageBreakBefore: false, bookmarks: NO_BOOKMARKS, headerHeight: header ? undefined : headerHeight });
  }
  return rows;
}

/** The body's paragraphs and table rows in order, a table of contents' entries included. */
function bodyItems(blocks: readonly unknown[]): Item[] {
  const items: Item[] = [];
  for (const block of blocks) {
    if (!isElement(block)) continue;
    if ('w:p' in block) {
      const raw = block['w:p'];
      if (isRawXmlContent(raw)) {
        const info = raw[RAW_XML_INFO] as RawParagraphInfo;
        items.push(textItem(info, info.text, NO_BOOKMARKS, TEXT_WIDTH, false));
      } else items.push(paragraphItem(block, TEXT_WIDTH, false));
    }
    else if ('w:tbl' in block) items.push(...tableItems(block, TEXT_WIDTH));
    else if ('w:sdt' in block) {
      const content = childrenOf(block, 'w:sdt').find((c) => isElement(c) && 'w:sdtContent' in c);
      if (isElement(content)) items.push(...bodyItems(childrenOf(content, 'w:sdtContent')));
    }
  }
  return items;
}

/** The page each bookmark of the body starts on, and how many pages there are. */
export interface PageEstimate {
  bookmarks: Map<string, number>;
  pageCount: number;
}

/** Lays the items onto pages: where each bookmark lands, and the page count. */
export function estimatePages(body: unknown): PageEstimate {
  const blocks = isElement(body) ? childrenOf(body, 'w:body') : [];
  const items = bodyItems(blocks);
  const bookmarks = new Map<string, number>();
  let page = 1;
  let y = 0;
  let previous: Item | undefined;
  const newPage = (): void => {
    page++;
    y = 0;
  };
  const spaceBefore = (item: Item): number => {
    if (y === 0) return 0;
    // Word adds the space before a paragraph to the space after the one above, except between paragraphs of one contextual style.
    return previous && item.contextual && previous.style === item.style ? 0 : item.before;
  };
  items.forEach((item, i) => {
    if (item.pageBreakBefore && y > 0) newPage();
    // A heading (or lead-in) and the first line of what it keeps with must fit together.
    let need = spaceBefore(item) + linesHeight(item);
    for (let j = i; items[j]?.keepNext && items[j + 1]; j++) need += items[j]!.after + items[j + 1]!.before + items[j + 1]!.first;
    if (item.keepNext && y > 0 && y + need > PAGE_HEIGHT && need <= PAGE_HEIGHT) newPage();
    y += spaceBefore(item);
    for (let line = 0; line < item.count; line++) {
      let h = line === 0 ? item.first : item.line;
      if (y > 0 && y + h > PAGE_HEIGHT) {
        newPage();
        if (item.headerHeight) y += item.headerHeight;
      }
      if (line === 0) for (const name of item.bookmarks) bookmarks.set(name, page);
      // A row taller than a page is split after all, over as many pages as it needs.
      while (y + h > PAGE_HEIGHT) {
        h -= PAGE_HEIGHT - y;
        newPage();
        if (item.headerHeight) y += item.headerHeight;
      }
      y += h;
    }
    const sameNext = items[i + 1] && item.contextual && items[i + 1]!.style === item.style;
    y += sameNext ? 0 : item.after;
    previous = item;
  });
  return { bookmarks, pageCount: page };
}

/** `estimatePages` as the `docx` package's `pageNumbers` option takes it. */
export const quickPageNumbers: PageNumberEstimator = (body) => {
  const { bookmarks, pageCount } = estimatePages(body);
  return { bookmarks: new Map([...bookmarks].map(([name, page]) => [name, String(page)])), bookmarkPageNumbers: bookmarks, pageCount };
};

import type { PageNumberEstimator } from 'docx';
import { PAGE, TEXT_WIDTH } from './page-layout.ts';
import { isRawXmlContent, RAW_XML_INFO } from './raw-xml.ts';
import type { RawParagraphInfo } from './raw-paragraph.ts';
import type { RawTableInfo } from './table-writer.ts';

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

/** Lines a text takes in `width` twips at `size` half-points, wrapping at spaces (and anywhere in a word too long for a line). */
export function lineCount(text: string, size: number, width: number): number {
  const limit = width / (size * 10); // the line's width in ems (an em is size × 10 twips)
  let lines = 1;
  let x = 0; // ems used on the current line
  let word = 0; // ems of the word being read
  const endWord = (): void => {
    if (word === 0) return;
    const space = x > 0 ? SPACE_EMS : 0;
    if (x + space + word <= limit) x += space + word;
    else {
      if (x > 0) lines++;
      // A word wider than the line breaks over as many lines as it needs.
      lines += Math.max(0, Math.ceil(word / limit) - 1);
      x = word % limit || limit;
    }
    word = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) endWord();
    else if (code === 0x0a) {
      endWord();
      lines++;
      x = 0;
    } else word += code < 0x2200 ? EMS_BY_CODE[code]! : 0.5;
  }
  endWord();
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
  /** Height of each line (a row is one "line" that cannot split). */
  lines: number[];
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
  const lines = new Array<number>(count).fill(lineHeight);
  lines[0]! += m.extra ?? 0;
  return {
    lines,
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
      height += (joined ? -previous!.after : item.before) + item.lines.reduce((a, b) => a + b, 0) + item.after;
      previous = item;
    } else if ('w:tbl' in child) height += tableItems(child, width - CELL_MARGIN_X).reduce((h, row) => h + (row.lines[0] ?? 0), 0);
  }
  return height + CELL_MARGIN_Y;
}

/** The height of one line of a table cell's text, twips. */
const TABLE_LINE = (TABLE_TEXT.size * 10 * LINE_EMS * TABLE_TEXT.line) / 240;

/**
 * The height of a cell of plain paragraphs (a table written as raw XML), in
 * twips: as `cellHeight` measures it, without building an item per
 * paragraph (a 500-cookie policy has thousands of cells).
 */
function rawCellHeight(paragraphs: readonly string[], width: number): number {
  let height = CELL_MARGIN_Y;
  for (const text of paragraphs) height += TABLE_TEXT.before + Math.max(1, lineCount(text, TABLE_TEXT.size, width - CELL_MARGIN_X)) * TABLE_LINE + TABLE_TEXT.after;
  return height;
}

/** `tableItems` of a table written as raw XML, from what it carries for the estimate. */
function rawTableItems(info: RawTableInfo, tableWidth: number): Item[] {
  const columns = info.columns;
  const total = columns.reduce((a, b) => a + b, 0) || tableWidth;
  const scale = tableWidth / total;
  const rows: Item[] = [];
  let headerHeight = 0;
  for (const row of info.rows) {
    let column = 0;
    let height = 0;
    for (const cell of row.cells) {
      const width = columns.length ? columns.slice(column, column + cell.span).reduce((a, b) => a + b, 0) * scale : tableWidth;
      column += cell.span;
      height = Math.max(height, rawCellHeight(cell.paragraphs, width));
    }
    if (row.header) headerHeight += height;
    rows.push({ lines: [height], before: 0, after: 0, keepNext: false, pageBreakBefore: false, bookmarks: [], ...(row.header ? {} : { headerHeight }) });
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
    rows.push({ lines: [height], before: 0, after: 0, keepNext: false, pageBreakBefore: false, bookmarks: [], ...(header ? {} : { headerHeight }) });
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
        items.push(textItem({ style: info.style, pageBreakBefore: info.pageBreakBefore, keepNext: info.keepNext, before: info.before }, info.text, [], TEXT_WIDTH, false));
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
    let need = spaceBefore(item) + item.lines.reduce((a, b) => a + b, 0);
    for (let j = i; items[j]?.keepNext && items[j + 1]; j++) need += items[j]!.after + items[j + 1]!.before + (items[j + 1]!.lines[0] ?? 0);
    if (item.keepNext && y > 0 && y + need > PAGE_HEIGHT && need <= PAGE_HEIGHT) newPage();
    y += spaceBefore(item);
    item.lines.forEach((height, line) => {
      let h = height;
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
    });
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

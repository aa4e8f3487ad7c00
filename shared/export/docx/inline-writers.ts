import { DeletedTextRun, InsertedTextRun, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import type { RedlineChange } from '../../document/redline.ts';
import type { DocMark, DocNode } from '../../document/types.ts';
import { stringAttr } from './node-attrs.ts';
import { escapeXml, NumberedHyperlink, type RawLink } from './raw-xml.ts';
import type { Revise } from './revisions.ts';
import { UnknownNodeError } from './unknown-node-error.ts';

/** Character formatting gathered from a text node's marks, plus the link it sits in. */
interface RunFormat {
  run: Pick<IRunOptions, 'bold' | 'italics' | 'underline' | 'strike' | 'style'>;
  href?: string;
  /** A redline's change: the run is written as a tracked insertion or deletion. */
  change?: RedlineChange;
}

type MarkWriter = (format: RunFormat, mark: DocMark) => RunFormat;

/** Protocols a link in the document may point at; others (file:, javascript:) stay plain text. */
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Targets already checked: a large policy links the same few hundred pages from thousands of runs, and parsing a URL is not free. */
const checkedHrefs = new Map<string, boolean>();

/** A link target safe to make clickable, or undefined. */
function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  let safe = checkedHrefs.get(href);
  if (safe === undefined) {
    try {
      safe = LINK_PROTOCOLS.has(new URL(href).protocol);
    } catch {
      safe = false;
    }
    // Bounded, so a long-running app does not keep every link it ever exported.
    if (checkedHrefs.size > 10_000) checkedHrefs.clear();
    checkedHrefs.set(href, safe);
  }
  return safe ? href : undefined;
}

/** One writer per mark type of the schema; an unknown mark throws. */
const markWriters: Readonly<Record<string, MarkWriter>> = {
  bold: (f) => ({ ...f, run: { ...f.run, bold: true } }),
  italic: (f) => ({ ...f, run: { ...f.run, italics: true } }),
  underline: (f) => ({ ...f, run: { ...f.run, underline: {} } }),
  strike: (f) => ({ ...f, run: { ...f.run, strike: true } }),
  link: (f, mark) => {
    const href = safeHref(stringAttr(mark.attrs, 'href'));
    // Word's built-in Hyperlink character style, so a template can restyle links. What marks before it set
    // (a redline's change above all) is kept: a dropped change would be one Word's Review pane never shows.
    return href ? { ...f, href, run: { ...f.run, style: 'Hyperlink' } } : f;
  },
  redlineInsertion: (f) => ({ ...f, change: 'insertion' }),
  redlineDeletion: (f) => ({ ...f, change: 'deletion' }),
};

function formatOf(node: DocNode, base: RunFormat['run']): RunFormat {
  let format: RunFormat = { run: { ...base } };
  for (const mark of node.marks ?? []) {
    const write = markWriters[mark.type];
    if (!write) throw new UnknownNodeError('mark', mark.type, node.type);
    format = write(format, mark);
  }
  return format;
}

type Run = TextRun | InsertedTextRun | DeletedTextRun;
type InlineWriter = (node: DocNode, format: RunFormat) => IRunOptions;

/** One writer per inline node type of the schema; an unknown inline node throws. */
const inlineWriters: Readonly<Record<string, InlineWriter>> = {
  text: (node, format) => ({ ...format.run, text: node.text ?? '' }),
  hardBreak: (_node, format) => ({ ...format.run, break: 1 }),
};

/** A run, or a tracked insertion or deletion (`w:ins`, `w:del` with its text in `w:delText`) when a redline marks it. */
function run(options: IRunOptions, change: RedlineChange | undefined, revise: Revise): Run {
  if (change === 'insertion') return new InsertedTextRun({ ...options, ...revise() });
  if (change === 'deletion') return new DeletedTextRun({ ...options, ...revise() });
  return new TextRun(options);
}

/** Formatting every run of a paragraph starts from, such as bold in a header cell. */
export type InlineBase = Pick<IRunOptions, 'bold'>;

/**
 * The runs of a paragraph's inline content: text with its marks, line
 * breaks, and links as clickable external hyperlinks (adjacent text with the
 * same link becomes one hyperlink, its relationship id from `linkId`), and a
 * redline's changes as tracked changes numbered by `revise`.
 */
export function writeInline(nodes: readonly DocNode[], where: string, revise: Revise, linkId: () => string, base: InlineBase = {}): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  let link: { href: string; runs: Run[] } | undefined;
  const closeLink = (): void => {
    if (link) children.push(new NumberedHyperlink(link.runs, { id: linkId(), href: link.href }));
    link = undefined;
  };
  for (const node of nodes) {
    const write = inlineWriters[node.type];
    if (!write) throw new UnknownNodeError('node', node.type, where);
    const format = formatOf(node, base);
    const runs = [run(write(node, format), format.change, revise)];
    if (format.href === undefined) {
      closeLink();
      children.push(...runs);
    } else if (link?.href === format.href) {
      link.runs.push(...runs);
    } else {
      closeLink();
      link = { href: format.href, runs };
    }
  }
  closeLink();
  return children;
}

/** A run's `w:rPr` as `docx` writes it for the formatting the mark writers give (empty when it has none). */
function runPropertiesXml(run: RunFormat['run']): string {
  let xml = '';
  if (run.style) xml += `<w:rStyle w:val="${escapeXml(run.style)}"/>`;
  // The mark writers only ever turn these on.
  if (run.bold) xml += '<w:b/><w:bCs/>';
  if (run.italics) xml += '<w:i/><w:iCs/>';
  if (run.strike) xml += '<w:strike/>';
  if (run.underline) xml += '<w:u w:val="single"/>';
  return xml ? `<w:rPr>${xml}</w:rPr>` : '';
}

/** The start of a run up to its text, `<w:r>`, its `w:rPr` and `<w:t …>`, for each formatting the mark writers give: a policy's runs share a handful. */
const textRunStarts: (string | undefined)[] = [];

function textRunStart(run: RunFormat['run']): string {
  // The mark writers only ever set the Hyperlink style; another (from a caller's base) is written as it comes.
  const style = run.style ? (run.style === 'Hyperlink' ? 1 : -1) : 0;
  if (style < 0) return `<w:r>${runPropertiesXml(run)}${TEXT_OPEN}`;
  const key = style | (run.bold ? 2 : 0) | (run.italics ? 4 : 0) | (run.strike ? 8 : 0) | (run.underline ? 16 : 0);
  return (textRunStarts[key] ??= `<w:r>${runPropertiesXml(run)}${TEXT_OPEN}`);
}

const TEXT_OPEN = '<w:t xml:space="preserve">';
const TEXT_RUN_END = '</w:t></w:r>';

/** What the raw writer of a paragraph's runs gathers besides their XML. */
export interface InlineXmlSink {
  /** The hyperlinks the runs refer to, for the part's relationships. */
  links: RawLink[];
  /** A relationship id no other in the document has. */
  linkId: () => string;
}

/**
 * `writeInline` written as WordprocessingML text directly (raw-xml.ts), the
 * same XML `docx` writes for the runs `writeInline` makes, tracked changes
 * numbered by `revise` in the same order. Returns the runs' XML and the
 * paragraph's text as the page estimate reads it (breaks as new lines,
 * deleted text left out).
 */
export function writeInlineXml(nodes: readonly DocNode[], where: string, revise: Revise, sink: InlineXmlSink, base: InlineBase = {}): { xml: string; text: string } {
  let xml = '';
  let text = '';
  // The open hyperlink: its target and relationship id, and its runs so far.
  let linkHref: string | undefined;
  let linkId = '';
  let linkXml = '';
  // Text without marks, most of a policy's, takes the base's formatting: no format object per node for it.
  const plain: RunFormat = { run: base };
  // And the start of its runs, looked up once.
  let plainStart: string | undefined;
  // An index loop: the CLI runs without the optimizing compiler, where `for…of` makes an iterator result per node.
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (!inlineWriters[node.type]) throw new UnknownNodeError('node', node.type, where);
    const format = node.marks === undefined || node.marks.length === 0 ? plain : formatOf(node, base);
    const isBreak = node.type === 'hardBreak';
    let runXml: string;
    if (format.change === undefined) {
      // Most runs: their start shared by every run of the same formatting.
      if (isBreak) {
        runXml = `<w:r>${runPropertiesXml(format.run)}<w:br/></w:r>`;
        text += '\n';
      } else {
        const value = node.text ?? '';
        runXml = (format === plain ? (plainStart ??= textRunStart(base)) : textRunStart(format.run)) + escapeXml(value) + TEXT_RUN_END;
        text += value;
      }
    } else {
      const props = runPropertiesXml(format.run);
      const { id, author, date } = revise();
      if (format.change === 'deletion') {
        const content = isBreak ? '<w:br/>' : `<w:delText xml:space="preserve">${escapeXml(node.text ?? '')}</w:delText>`;
        runXml = `<w:del w:id="${id}" w:author="${escapeXml(author)}" w:date="${escapeXml(date)}"><w:r>${props}${content}</w:r></w:del>`;
        if (isBreak) text += '\n';
      } else {
        const content = isBreak ? '<w:br/>' : `${TEXT_OPEN}${escapeXml(node.text ?? '')}</w:t>`;
        text += isBreak ? '\n' : node.text ?? '';
        runXml = `<w:ins w:id="${id}" w:author="${escapeXml(author)}" w:date="${escapeXml(date)}"><w:r>${props}${content}</w:r></w:ins>`;
      }
    }
    if (format.href !== undefined && linkHref === format.href) {
      linkXml += runXml;
      continue;
    }
    if (linkHref !== undefined) xml += `<w:hyperlink w:history="1" r:id="${linkId}">${linkXml}</w:hyperlink>`;
    linkHref = format.href;
    if (format.href === undefined) xml += runXml;
    else {
      linkId = sink.linkId();
      sink.links.push({ id: linkId, href: format.href });
      linkXml = runXml;
    }
  }
  if (linkHref !== undefined) xml += `<w:hyperlink w:history="1" r:id="${linkId}">${linkXml}</w:hyperlink>`;
  return { xml, text };
}

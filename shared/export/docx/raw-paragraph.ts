import type { IContext } from 'docx';
import type { DocNode } from '../../document/types.ts';
import { writeInlineXml, type InlineXmlSink } from './inline-writers.ts';
import { concreteNumId } from './numbering-ids.ts';
import { RawXmlElement, type RawLink } from './raw-xml.ts';
import type { Revise } from './revisions.ts';
import { nextLinkId, type WriterState } from './writer-state.ts';

/**
 * Body paragraphs written as WordprocessingML text directly (raw-xml.ts),
 * as the tables already are: a large policy has hundreds of list items and
 * paragraphs, and building a `docx` Paragraph, its properties and a run per
 * piece of text, then formatting and stringifying them, cost more than the
 * rest of the export. The XML is what `docx` writes for the same options
 * (test/unit/export/docx-raw-paragraphs.test.ts compares both). Headings stay
 * `docx` paragraphs: the table of contents is built from them.
 */

/** The paragraph properties the block writers use, in the order `docx` writes them (ParagraphProperties). */
export interface RawParagraphProps {
  style?: string;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  /** A list's numbering: a reference of the document's `numbering` config, its level and instance. */
  numbering?: { reference: string; level: number; instance?: number };
  /** Space above, twips (after a table). */
  spacingBefore?: number;
  indent?: { left: number; hanging?: number };
}

/** What the page estimate (page-estimate.ts) reads of a raw paragraph. */
export interface RawParagraphInfo {
  kind: 'paragraph';
  style?: string;
  keepNext: boolean;
  pageBreakBefore: boolean;
  before?: number;
  /** The text as the estimate measures it: breaks as new lines. */
  text: string;
}

/** A list paragraph's XML either side of its numbering's id, and that numbering. */
export interface NumberedXml {
  numbering: NonNullable<RawParagraphProps['numbering']>;
  before: string;
  after: string;
}

/**
 * Creates the list's numbering instance as `docx`'s paragraph does when
 * formatted (docx numbers the lists in the order their paragraphs are
 * formatted), and gives the id to write where its `{reference-instance}`
 * placeholder is (numbering-ids.ts); the placeholder stays should `docx`
 * have made none.
 */
export function numberingIdXml(context: IContext, numbering: NumberedXml['numbering']): string {
  const instance = numbering.instance ?? 0;
  context.file.Numbering.createConcreteNumberingInstance(numbering.reference, instance);
  const id = concreteNumId(context.file.Numbering, numbering.reference, instance);
  return id === undefined ? numberingPlaceholder(numbering) : String(id);
}

function numberingPlaceholder({ reference, instance = 0 }: NumberedXml['numbering']): string {
  return `{${reference}-${instance}}`;
}

/** A raw paragraph; in a list, it creates the list's numbering instance when formatted and writes its id. */
export class RawParagraph extends RawXmlElement<RawParagraphInfo> {
  /** For a list paragraph, its XML either side of the numbering id. */
  readonly numbered: NumberedXml | undefined;

  /** `before` and `after` are the XML either side of a list paragraph's numbering id; for another, one after the other. */
  constructor(before: string, after: string, info: RawParagraphInfo, links: readonly RawLink[], numbering: RawParagraphProps['numbering']) {
    super('w:p', numbering ? before + numberingPlaceholder(numbering) + after : before + after, info, links);
    this.numbered = numbering ? { numbering, before, after } : undefined;
  }

  protected override innerXml(context: IContext): string {
    return this.numbered ? this.numbered.before + numberingIdXml(context, this.numbered.numbering) + this.numbered.after : this.inner;
  }
}

/** The `w:pPr` of the properties, in two: before and after the numbering's id in a list paragraph (`after` empty otherwise). */
function propertiesXml(props: RawParagraphProps): { before: string; after: string } {
  let xml = '';
  if (props.style) xml += `<w:pStyle w:val="${props.style}"/>`;
  if (props.keepNext) xml += '<w:keepNext/>';
  if (props.pageBreakBefore) xml += '<w:pageBreakBefore/>';
  let after = '';
  if (props.numbering) after = '"/></w:numPr>';
  if (props.spacingBefore !== undefined) after += `<w:spacing w:before="${props.spacingBefore}"/>`;
  if (props.indent) after += `<w:ind w:left="${props.indent.left}"${props.indent.hanging === undefined ? '' : ` w:hanging="${props.indent.hanging}"`}/>`;
  if (props.numbering) return { before: `<w:pPr>${xml}<w:numPr><w:ilvl w:val="${props.numbering.level}"/><w:numId w:val="`, after: `${after}</w:pPr>` };
  xml += after;
  return { before: xml ? `<w:pPr>${xml}</w:pPr>` : '', after: '' };
}

/**
 * A paragraph of `node`'s inline content with `props`, as raw XML; links get
 * relationship ids unique in the document, tracked changes in the runs are
 * numbered by `revise`.
 */
export function rawParagraph(node: DocNode, props: RawParagraphProps, state: WriterState, revise: Revise): RawXmlElement<RawParagraphInfo> {
  const links: RawLink[] = [];
  const sink: InlineXmlSink = { links, linkId: () => nextLinkId(state) };
  const { xml: runs, text } = writeInlineXml(node.content ?? [], `section "${state.sectionId}"`, revise, sink);
  const info: RawParagraphInfo = {
    kind: 'paragraph',
    style: props.style,
    keepNext: props.keepNext === true,
    pageBreakBefore: props.pageBreakBefore === true,
    before: props.spacingBefore,
    text,
  };
  const { before, after } = propertiesXml(props);
  return new RawParagraph(before, after + runs, info, links, props.numbering);
}

/** Whether block writers may write paragraphs as raw XML here: not in a `docx` table cell (a raw table's is fine), nor for `docx/layout`, which reads `docx`'s own paragraphs. */
export function writesRawParagraphs(state: WriterState): boolean {
  return state.options.estimatePageNumbers !== true && (!state.inTable || state.rawTableCell === true);
}

import type { IContext, IXmlableObject } from 'docx';
import type { DocNode } from '../../document/types.ts';
import { writeInlineXml, type InlineXmlSink } from './inline-writers.ts';
import { RawXmlElement, type RawLink } from './raw-xml.ts';
import type { Revise } from './revisions.ts';
import type { WriterState } from './writer-state.ts';

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

/** A raw paragraph; in a list, it creates the list's numbering instance when formatted, as `docx`'s paragraph does. */
class RawParagraph extends RawXmlElement<RawParagraphInfo> {
  private readonly numbering: RawParagraphProps['numbering'];

  constructor(inner: string, info: RawParagraphInfo, links: readonly RawLink[], numbering: RawParagraphProps['numbering']) {
    super('w:p', inner, info, links);
    this.numbering = numbering;
  }

  override prepForXml(context: IContext): IXmlableObject {
    // docx numbers the lists in the order their paragraphs are formatted, and writes `{reference-instance}` for the replacer.
    if (this.numbering) context.file.Numbering.createConcreteNumberingInstance(this.numbering.reference, this.numbering.instance ?? 0);
    return super.prepForXml(context);
  }
}

function propertiesXml(props: RawParagraphProps): string {
  let xml = '';
  if (props.style) xml += `<w:pStyle w:val="${props.style}"/>`;
  if (props.keepNext) xml += '<w:keepNext/>';
  if (props.pageBreakBefore) xml += '<w:pageBreakBefore/>';
  if (props.numbering) {
    const { reference, level, instance = 0 } = props.numbering;
    xml += `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="{${reference}-${instance}}"/></w:numPr>`;
  }
  if (props.spacingBefore !== undefined) xml += `<w:spacing w:before="${props.spacingBefore}"/>`;
  if (props.indent) xml += `<w:ind w:left="${props.indent.left}"${props.indent.hanging === undefined ? '' : ` w:hanging="${props.indent.hanging}"`}/>`;
  return xml ? `<w:pPr>${xml}</w:pPr>` : '';
}

/**
 * A paragraph of `node`'s inline content with `props`, as raw XML; links get
 * relationship ids unique in the document, tracked changes in the runs are
 * numbered by `revise`.
 */
export function rawParagraph(node: DocNode, props: RawParagraphProps, state: WriterState, revise: Revise): RawXmlElement<RawParagraphInfo> {
  const links: RawLink[] = [];
  const sink: InlineXmlSink = { links, linkId: () => `rIdLink${state.shared.nextLinkId = (state.shared.nextLinkId ?? 0) + 1}` };
  const { xml: runs, text } = writeInlineXml(node.content ?? [], `section "${state.sectionId}"`, revise, sink);
  const info: RawParagraphInfo = {
    kind: 'paragraph',
    style: props.style,
    keepNext: props.keepNext === true,
    pageBreakBefore: props.pageBreakBefore === true,
    before: props.spacingBefore,
    text,
  };
  return new RawParagraph(propertiesXml(props) + runs, info, links, props.numbering);
}

/** Whether block writers may write paragraphs as raw XML here: not in a `docx` table cell, nor for `docx/layout`, which reads `docx`'s own paragraphs. */
export function writesRawParagraphs(state: WriterState): boolean {
  return state.options.estimatePageNumbers !== true && !state.inTable;
}

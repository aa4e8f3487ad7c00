import { BaseXmlComponent, ConcreteHyperlink, FileChild, type IContext, type IXmlableObject, type ParagraphChild } from 'docx';

/**
 * Body content written as WordprocessingML text directly, for the heavy
 * repeated parts of a policy (the rows of its tables: a 500-cookie policy has
 * thousands of cells), while the `docx` package keeps the document's
 * structure (sections, headers, styles, numbering, the table of contents).
 * Building, formatting and stringifying a `docx` object per cell, run and
 * property costs most of a large export's time; a string costs little.
 *
 * The element reaches `docx`'s formatted tree as `{ tag: content }` whose
 * content is a function: `docx` passes what is not an object through to the
 * XML as `String(value)` without escaping it (its serializer writes non-object
 * values with `String()`, as the xml package did), and its passes over the
 * formatted tree (tables of contents, page and sequence fields) do not look
 * into it, which suits the table rows: they hold no fields or headings. The
 * page estimate (page-estimate.ts) reads what it needs from `RAW_XML_INFO`.
 */

/** What a raw element carries for the page estimate, under this key of its content. */
export const RAW_XML_INFO: unique symbol = Symbol('raw-xml-info');

/** The content of a formatted raw element: writes its XML when `docx` stringifies it. */
export interface RawXmlContent<Info> {
  (): string;
  [RAW_XML_INFO]: Info;
}

/** An external hyperlink the raw XML refers to by its relationship id (`r:id`), added to the part it is written in. */
export interface RawLink {
  /** The relationship id, as the XML refers to it (`rId…`). */
  id: string;
  href: string;
}

const HYPERLINK_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/**
 * A hyperlink's relationship, formatted as `docx`'s own (a `BuilderElement`
 * with its attributes: Id, Type, Target, TargetMode) formats, without
 * building one: `docx` merges an element's attributes by spreading an
 * object per attribute, a couple of KiB a relationship, and a large policy's
 * tables link hundreds of pages.
 */
class RawRelationship extends BaseXmlComponent {
  private readonly attributes: { Id: string; Type: string; Target: string; TargetMode: string };

  constructor(id: string, target: string) {
    super('Relationship');
    this.attributes = { Id: id, Type: HYPERLINK_RELATIONSHIP, Target: target, TargetMode: 'External' };
  }

  override prepForXml(): IXmlableObject {
    return { Relationship: { _attr: this.attributes } } as unknown as IXmlableObject;
  }
}

/** The relationship ids already added to each part's relationships, so a part formatted twice gets each once. */
const addedRelationships = new WeakMap<object, Set<string>>();

/**
 * Adds an external hyperlink's relationship to the part being formatted, as
 * docx's ExternalHyperlink does each time it is formatted (docx puts the
 * `rId` in front of the id itself). Pushed as a `RawRelationship` where the
 * relationships keep their elements in the list `docx` counts and copies
 * them from; through `addRelationship` should a later `docx` keep them
 * otherwise.
 */
function addHyperlinkRelationship(context: IContext, link: RawLink): void {
  const relationships = context.viewWrapper.Relationships;
  let added = addedRelationships.get(relationships);
  if (added === undefined) addedRelationships.set(relationships, (added = new Set()));
  if (added.has(link.id)) return;
  added.add(link.id);
  const root: unknown = (relationships as unknown as { root?: unknown }).root;
  const id = link.id.replace(/^rId/, '');
  if (Array.isArray(root) && typeof relationships.addRelationship === 'function') root.push(new RawRelationship(`rId${id}`, link.href));
  else relationships.addRelationship(id, HYPERLINK_RELATIONSHIP, link.href, 'External');
}

/**
 * An external hyperlink in a paragraph `docx` writes, with the relationship
 * id it is given: `docx`'s ExternalHyperlink draws a random one each time it
 * is formatted, so the same project gave a different file each export (a
 * redline's paragraph inserted or deleted whole, the title section, every
 * paragraph when `docx/layout` lays out the pages). The ids come from the
 * same counter as the raw XML's (`rIdLink1`, `rIdLink2`…).
 */
export class NumberedHyperlink extends ConcreteHyperlink {
  private readonly link: RawLink;

  constructor(children: readonly ParagraphChild[], link: RawLink) {
    super(children, link.id.replace(/^rId/, ''));
    this.link = link;
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    addHyperlinkRelationship(context, this.link);
    return super.prepForXml(context);
  }
}

export function isRawXmlContent(value: unknown): value is RawXmlContent<unknown> {
  return typeof value === 'function' && RAW_XML_INFO in value;
}

/** An element of the body given as its tag and its inner XML. */
export class RawXmlElement<Info> extends FileChild {
  /** What it holds, read when a raw table takes a raw paragraph into a cell of its own XML. */
  readonly inner: string;
  readonly info: Info;
  readonly links: readonly RawLink[];

  constructor(tag: string, inner: string, info: Info, links: readonly RawLink[] = []) {
    super(tag);
    this.inner = inner;
    this.info = info;
    this.links = links;
  }

  /** The XML inside the element as it is written in `context`; subclasses fill in what they learn only then. */
  protected innerXml(_context: IContext): string {
    return this.inner;
  }

  override prepForXml(context: IContext): IXmlableObject {
    for (const link of this.links) addHyperlinkRelationship(context, link);
    const inner = this.innerXml(context);
    const content = Object.assign(() => inner, { [RAW_XML_INFO]: this.info, toString: () => inner }) as RawXmlContent<Info>;
    return { [this.rootKey]: content } as unknown as IXmlableObject;
  }
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
// eslint-disable-next-line no-control-regex
const TO_ESCAPE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;

/** Text or an attribute value escaped as `docx` escapes it: the five entities, and control characters XML cannot hold left out. */
export function escapeXml(value: string): string {
  return NEEDS_ESCAPE.test(value) ? value.replace(TO_ESCAPE, (ch) => ESCAPES[ch] ?? '') : value;
}

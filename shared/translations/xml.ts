/**
 * A small, strict XML reader and the escaping rules for writing, enough for
 * the XLIFF files Policy Studio writes and translation tools return: elements,
 * attributes, namespaces, text, CDATA, comments, processing instructions and
 * the predefined and numeric character references. A DOCTYPE (and with it any
 * entity definition) is refused, as is anything not well-formed, with the
 * line and column of the fault.
 */

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export interface XmlElement {
  /** Namespace URI ('' for none) and local name. */
  ns: string;
  name: string;
  /** Attributes by `{ns}name` for namespaced ones, plain `name` otherwise. */
  attrs: Map<string, string>;
  children: XmlNode[];
  line: number;
}
export type XmlNode = XmlElement | string;

export class XmlError extends Error {}

/** Characters XML 1.0 cannot carry at all, not even as a character reference. */
// eslint-disable-next-line no-control-regex
export const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes element text: `&`, `<`, `>` (so `]]>` cannot occur) and CR, which parsers would turn into LF. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Escapes an attribute value, including the whitespace characters attribute normalisation would change. */
export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

const NAME = /[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

interface RawElement {
  qname: string;
  rawAttrs: [string, string][];
  children: (RawElement | string)[];
  line: number;
}

/** Parses an XML document into its root element, resolving namespaces. Throws XmlError with a one-line message. */
export function parseXml(input: string): XmlElement {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  let pos = 0;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (at: number): { line: number; column: number } => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - lineStarts[lo]! + 1 };
  };
  const fail = (message: string, at = pos): never => {
    const { line, column } = lineAt(at);
    throw new XmlError(`${message} (line ${line}, column ${column})`);
  };
  const expect = (literal: string): void => {
    if (!text.startsWith(literal, pos)) fail(`expected "${literal}"`);
    pos += literal.length;
  };
  const skipSpace = (): void => {
    while (pos < text.length && ' \t\r\n'.includes(text[pos]!)) pos++;
  };
  const readName = (): string => {
    NAME.lastIndex = pos;
    const m = NAME.exec(text);
    if (!m) return fail('expected a name');
    pos += m[0].length;
    return m[0];
  };
  const decode = (raw: string, at: number): string => {
    const bad = NOT_XML_CHAR.exec(raw);
    NOT_XML_CHAR.lastIndex = 0;
    if (bad) fail(`character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`, at + bad.index);
    return raw.replace(/&([^;&<\s]*);?/g, (whole, ref: string, offset: number) => {
      if (!whole.endsWith(';')) return fail('"&" must be written as "&amp;"', at + offset);
      if (ref in PREDEFINED) return PREDEFINED[ref]!;
      const m = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref);
      if (!m) return fail(`unknown entity "&${ref};"`, at + offset);
      const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2]!, 10);
      const char = code <= 0x10ffff ? String.fromCodePoint(code) : '';
      if (char === '' || char.replace(NOT_XML_CHAR, '') !== char) return fail(`"&${ref};" is not a character XML allows`, at + offset);
      NOT_XML_CHAR.lastIndex = 0;
      return char;
    });
  };
  /** Comments, processing instructions and whitespace between elements; false when none is left. */
  const skipMisc = (allowText: boolean): void => {
    for (;;) {
      skipSpace();
      if (text.startsWith('<!--', pos)) {
        const end = text.indexOf('-->', pos + 4);
        if (end < 0) fail('unterminated comment');
        pos = end + 3;
      } else if (text.startsWith('<?', pos)) {
        const end = text.indexOf('?>', pos + 2);
        if (end < 0) fail('unterminated processing instruction');
        pos = end + 2;
      } else if (text.startsWith('<!DOCTYPE', pos)) {
        fail('a DOCTYPE is not allowed in a translation file');
      } else if (!allowText && pos < text.length && text[pos] !== '<') {
        fail('text outside the root element');
      } else return;
    }
  };
  const readElement = (): RawElement => {
    const start = pos;
    expect('<');
    const qname = readName();
    const rawAttrs: [string, string][] = [];
    for (;;) {
      const hadSpace = pos < text.length && ' \t\r\n'.includes(text[pos]!);
      skipSpace();
      if (text.startsWith('/>', pos)) {
        pos += 2;
        return { qname, rawAttrs, children: [], line: lineAt(start).line };
      }
      if (text[pos] === '>') {
        pos++;
        break;
      }
      if (!hadSpace) fail(`expected a space, "/>" or ">" in <${qname}>`);
      const attrAt = pos;
      const name = readName();
      skipSpace();
      expect('=');
      skipSpace();
      const quoteChar = text[pos];
      if (quoteChar !== '"' && quoteChar !== "'") return fail(`expected a quoted value for ${name}`);
      const end = text.indexOf(quoteChar, pos + 1);
      if (end < 0) fail(`unterminated value of ${name}`);
      const raw = text.slice(pos + 1, end);
      if (raw.includes('<')) fail(`"<" in the value of ${name}`, pos + 1 + raw.indexOf('<'));
      if (rawAttrs.some(([n]) => n === name)) fail(`${name} given twice`, attrAt);
      // Attribute-value normalisation: literal whitespace becomes a space; references keep theirs.
      rawAttrs.push([name, decode(raw.replace(/[\t\r\n]/g, ' '), pos + 1)]);
      pos = end + 1;
    }
    const children: (RawElement | string)[] = [];
    for (;;) {
      if (pos >= text.length) fail(`<${qname}> is not closed`, start);
      if (text.startsWith('</', pos)) {
        pos += 2;
        const closing = readName();
        if (closing !== qname) fail(`expected </${qname}>, found </${closing}>`);
        skipSpace();
        expect('>');
        return { qname, rawAttrs, children, line: lineAt(start).line };
      }
      if (text.startsWith('<![CDATA[', pos)) {
        const end = text.indexOf(']]>', pos + 9);
        if (end < 0) fail('unterminated CDATA section');
        children.push(text.slice(pos + 9, end).replace(/\r\n?/g, '\n'));
        pos = end + 3;
      } else if (text.startsWith('<!--', pos) || text.startsWith('<?', pos)) {
        skipMisc(true);
      } else if (text.startsWith('<!', pos)) {
        fail('unexpected "<!"');
      } else if (text[pos] === '<') {
        children.push(readElement());
      } else {
        const end = text.indexOf('<', pos);
        const stop = end < 0 ? text.length : end;
        const raw = text.slice(pos, stop);
        const cdataEnd = raw.indexOf(']]>');
        if (cdataEnd >= 0) fail('"]]>" must be written as "]]&gt;"', pos + cdataEnd);
        // Line ends are normalised before references are read, so "&#13;" survives as CR.
        children.push(decode(raw.replace(/\r\n?/g, '\n'), pos));
        pos = stop;
      }
    }
  };

  if (text.startsWith('<?xml', pos)) {
    const end = text.indexOf('?>', pos);
    if (end < 0) fail('unterminated XML declaration');
    const encoding = /encoding\s*=\s*["']([^"']+)["']/.exec(text.slice(pos, end))?.[1];
    if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) fail(`the file is in ${encoding}; save it as UTF-8`);
    pos = end + 2;
  }
  skipMisc(false);
  if (pos >= text.length) fail('the file has no root element');
  const root = readElement();
  skipMisc(false);
  if (pos < text.length) fail('content after the root element');
  return resolveNamespaces(root, new Map([['xml', XML_NS]]), fail);
}

function resolveNamespaces(raw: RawElement, inherited: Map<string, string>, fail: (m: string) => never): XmlElement {
  const scope = new Map(inherited);
  for (const [name, value] of raw.rawAttrs) {
    if (name === 'xmlns') scope.set('', value);
    else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value);
  }
  const split = (qname: string, isAttr: boolean): { ns: string; name: string } => {
    const colon = qname.indexOf(':');
    if (colon < 0) return { ns: isAttr ? '' : (scope.get('') ?? ''), name: qname };
    const prefix = qname.slice(0, colon);
    const ns = scope.get(prefix);
    if (ns === undefined) return fail(`unknown namespace prefix "${prefix}" (line ${raw.line})`);
    return { ns, name: qname.slice(colon + 1) };
  };
  const { ns, name } = split(raw.qname, false);
  const attrs = new Map<string, string>();
  for (const [qname, value] of raw.rawAttrs) {
    if (qname === 'xmlns' || qname.startsWith('xmlns:')) continue;
    const a = split(qname, true);
    attrs.set(a.ns === '' ? a.name : `{${a.ns}}${a.name}`, value);
  }
  const children = raw.children.map((c) => (typeof c === 'string' ? c : resolveNamespaces(c, scope, fail)));
  return { ns, name, attrs, children, line: raw.line };
}

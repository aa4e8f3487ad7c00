import { DOCUMENT_LANGUAGES, isDocumentLanguage, type DocumentLanguage } from '../model/languages.ts';
import { dottedFieldPath, type ReturnedBatch, type ReturnedUnit, type TranslationBatch } from './units.ts';
import { escapeAttr, escapeText, NOT_XML_CHAR, parseXml, XmlError, type XmlElement } from './xml.ts';

/**
 * XLIFF 2.0 for translators: one `<unit>` per field, its id the field path
 * in dotted form (`dataCategories.2.name`: unit ids must be XML NMTOKENs,
 * which cannot hold brackets) and its name the path as the app shows it;
 * the source hash in the Metadata module; one segment with the source and,
 * when there is one, the current translation (state "translated", else
 * "initial"). A translation made from an older source is a note, not a target.
 */

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';
const META_CATEGORY = 'policy-studio';
const HASH_TYPE = 'sourceHash';

/** Text with the characters XML cannot carry written as XLIFF `<cp hex="…"/>`, the rest escaped. */
function inline(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(NOT_XML_CHAR)) {
    out += escapeText(text.slice(last, m.index));
    out += `<cp hex="${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}"/>`;
    last = m.index + m[0].length;
  }
  return out + escapeText(text.slice(last));
}

/** The XLIFF 2.0 document for a batch; `fileId` names the project (`acme`). */
export function writeXliff(batch: TranslationBatch, fileId = 'policy'): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF_NS}" xmlns:mda="${MDA_NS}" version="2.0" srcLang="${batch.srcLang}" trgLang="${batch.trgLang}">`,
    `  <file id="${escapeAttr(nmtoken(fileId))}" xml:space="preserve">`,
  ];
  for (const unit of batch.units) {
    lines.push(`    <unit id="${escapeAttr(dottedFieldPath(unit.path))}" name="${escapeAttr(unit.path)}">`);
    lines.push(`      <mda:metadata><mda:metaGroup category="${META_CATEGORY}"><mda:meta type="${HASH_TYPE}">${unit.sourceHash}</mda:meta></mda:metaGroup></mda:metadata>`);
    if (unit.previous !== undefined) {
      lines.push(`      <notes><note category="previous-translation">The ${batch.srcLang} text changed after this translation was made: ${inline(unit.previous)}</note></notes>`);
    }
    lines.push(`      <segment state="${unit.target === undefined ? 'initial' : 'translated'}">`);
    lines.push(`        <source>${inline(unit.source)}</source>`);
    if (unit.target !== undefined) lines.push(`        <target>${inline(unit.target)}</target>`);
    lines.push('      </segment>', '    </unit>');
  }
  lines.push('  </file>', '</xliff>', '');
  return lines.join('\n');
}

function nmtoken(text: string): string {
  const token = text.replace(/[^\w.-]+/g, '-');
  return token === '' ? 'policy' : token;
}

const elements = (node: XmlElement): XmlElement[] => node.children.filter((c): c is XmlElement => typeof c !== 'string');
const isCore = (node: XmlElement, name: string): boolean => node.ns === XLIFF_NS && node.name === name;

/** A language tag from the file (`de`, `de-DE`) as a document language, or a one-line error naming the allowed ones. */
function language(value: string | undefined, attr: string): DocumentLanguage {
  if (value === undefined) throw new XmlError(`<xliff> has no ${attr}`);
  const base = value.split(/[-_]/)[0]!.toLowerCase();
  if (!isDocumentLanguage(base)) throw new XmlError(`${attr}="${value}" is not a document language (${DOCUMENT_LANGUAGES.join(', ')})`);
  return base;
}

/** The plain text of a `<source>` or `<target>`: text and `<cp>`; any other inline markup is refused. */
function plainText(node: XmlElement, unitId: string): string {
  let out = '';
  for (const child of node.children) {
    if (typeof child === 'string') out += child;
    else if (isCore(child, 'cp')) {
      const hex = child.attrs.get('hex') ?? '';
      if (!/^[0-9A-Fa-f]{1,6}$/.test(hex) || parseInt(hex, 16) > 0x10ffff) throw new XmlError(`unit ${unitId}: <cp hex="${hex}"> is not a code point (line ${child.line})`);
      out += String.fromCodePoint(parseInt(hex, 16));
    } else throw new XmlError(`unit ${unitId}: <${child.name}> markup inside <${node.name}> is not supported; the texts are plain text (line ${child.line})`);
  }
  return out;
}

function sourceHash(unit: XmlElement, id: string): string {
  for (const metadata of elements(unit).filter((e) => e.ns === MDA_NS && e.name === 'metadata')) {
    for (const group of elements(metadata).filter((e) => e.ns === MDA_NS && e.name === 'metaGroup')) {
      for (const meta of elements(group)) {
        if (meta.ns === MDA_NS && meta.name === 'meta' && meta.attrs.get('type') === HASH_TYPE) {
          const hash = meta.children.filter((c) => typeof c === 'string').join('').trim();
          if (!/^[0-9a-f]{16}$/.test(hash)) throw new XmlError(`unit ${id}: the source hash "${hash}" is not 16 hex digits (line ${meta.line})`);
          return hash;
        }
      }
    }
  }
  throw new XmlError(`unit ${id} has no source hash (<mda:meta type="${HASH_TYPE}">); export the file again from Policy Studio (line ${unit.line})`);
}

/** One unit: its segments' targets joined (ignorables give their source), undefined when any segment is untranslated. */
function readUnit(unit: XmlElement): ReturnedUnit {
  const id = unit.attrs.get('id');
  if (id === undefined) throw new XmlError(`<unit> without an id (line ${unit.line})`);
  const parts = elements(unit).filter((e) => isCore(e, 'segment') || isCore(e, 'ignorable'));
  if (!parts.some((p) => isCore(p, 'segment'))) throw new XmlError(`unit ${id} has no <segment> (line ${unit.line})`);
  let target: string | undefined = '';
  for (const part of parts) {
    const children = elements(part);
    const source = children.filter((c) => isCore(c, 'source'));
    const targets = children.filter((c) => isCore(c, 'target'));
    if (source.length !== 1 || targets.length > 1) throw new XmlError(`unit ${id}: a <${part.name}> needs one <source> and at most one <target> (line ${part.line})`);
    const text = targets[0] ? plainText(targets[0], id) : isCore(part, 'ignorable') ? plainText(source[0]!, id) : undefined;
    target = target === undefined || text === undefined ? undefined : target + text;
  }
  return { path: id, sourceHash: sourceHash(unit, id), target: target === '' ? undefined : target };
}

function collectUnits(node: XmlElement, out: XmlElement[]): void {
  for (const child of elements(node)) {
    if (isCore(child, 'unit')) out.push(child);
    else if (isCore(child, 'group')) collectUnits(child, out);
  }
}

/**
 * Reads an XLIFF 2.0 file as written by `writeXliff` and returned by a
 * translation tool. Throws XmlError with a one-line message for anything
 * malformed or not this format.
 */
export function readXliff(text: string): ReturnedBatch {
  const root = parseXml(text);
  if (root.name !== 'xliff') throw new XmlError(`expected an XLIFF file (<xliff>), found <${root.name}>`);
  if (root.ns !== XLIFF_NS) throw new XmlError(`expected XLIFF 2 (xmlns="${XLIFF_NS}"), found ${root.ns === '' ? 'no namespace' : `"${root.ns}"`}; XLIFF 1.2 is not supported`);
  const version = root.attrs.get('version');
  if (version !== '2.0' && version !== '2.1') throw new XmlError(`expected XLIFF version 2.0, found ${version === undefined ? 'none' : `"${version}"`}`);
  const srcLang = language(root.attrs.get('srcLang'), 'srcLang');
  const trgLang = language(root.attrs.get('trgLang'), 'trgLang');
  const units: XmlElement[] = [];
  for (const file of elements(root).filter((e) => isCore(e, 'file'))) collectUnits(file, units);
  return { srcLang, trgLang, units: units.map(readUnit) };
}

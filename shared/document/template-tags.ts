/**
 * The tags template HTML may use (see template-html.ts), and how one is
 * recognised in the HTML without cutting out its name.
 */

const BLOCK_TAGS: ReadonlyMap<string, string> = tagMap({
  section: 'policySection',
  div: 'policyClause',
  p: 'paragraph',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  ul: 'bulletList',
  ol: 'orderedList',
  li: 'listItem',
  table: 'table',
  tr: 'tableRow',
  th: 'tableHeader',
  td: 'tableCell',
  blockquote: 'blockquote',
});
const MARK_TAGS: ReadonlyMap<string, string> = tagMap({ strong: 'bold', b: 'bold', em: 'italic', i: 'italic', a: 'link', u: 'underline', s: 'strike' });
/** Wrappers that add nothing to the document. */
const TRANSPARENT_TAGS = new Set(['thead', 'tbody', 'tfoot', 'span']);
/** Tag → node or mark type, as a Map: looked up for every tag, and no tag name can reach an object's prototype. */
function tagMap(types: Record<string, string>): ReadonlyMap<string, string> {
  return new Map(Object.entries(types));
}

/** ASCII letters, and letters and digits: what a tag name is made of. */
export const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
export const isAlnum = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57);

/** A short tag's characters packed into a number (7 bits each, then the length): a lookup needs no substring. */
const MAX_PACKED = 4;
function packTag(text: string, start: number, end: number): number {
  let key = 0;
  for (let i = start; i < end; i++) key = (key << 7) | (text.charCodeAt(i) & 0x7f);
  return key * 8 + (end - start);
}

/** What a known tag is, found with one lookup per tag: its name, and the node or mark type it makes. */
export interface KnownTag {
  name: string;
  kind: 'block' | 'mark' | 'transparent' | 'break';
  /** The node or mark type ('' for the transparent ones and `<br>`). */
  type: string;
}

const KNOWN_TAGS = new Map<string, KnownTag>([
  ...[...BLOCK_TAGS].map(([name, type]): [string, KnownTag] => [name, { name, kind: 'block', type }]),
  ...[...MARK_TAGS].map(([name, type]): [string, KnownTag] => [name, { name, kind: 'mark', type }]),
  ...[...TRANSPARENT_TAGS].map((name): [string, KnownTag] => [name, { name, kind: 'transparent', type: '' }]),
  ['br', { name: 'br', kind: 'break', type: '' }],
]);

/** The short tags by their packed characters; longer ones are few (section, table, strong) and cut out as they come. */
const SHORT_TAGS = new Map<number, KnownTag>([...KNOWN_TAGS].filter(([name]) => name.length <= MAX_PACKED).map(([name, known]) => [packTag(name, 0, name.length), known]));

/** The known tag at html[start, end), if it is one. Tag names are ASCII letters and digits, so a packed key names one exactly. */
export function knownTag(html: string, start: number, end: number): KnownTag | undefined {
  return end - start > MAX_PACKED ? KNOWN_TAGS.get(html.slice(start, end)) : SHORT_TAGS.get(packTag(html, start, end));
}

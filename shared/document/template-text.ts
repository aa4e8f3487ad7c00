/** Text and attributes as template HTML writes them: entities, attribute lists, whitespace. */

/** The named entities escaping writes (and `&nbsp;`); numeric ones are decoded by number. */
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Entities decoded, as a browser reads text; one it does not know is left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** A tag's attributes (`rest` is what follows its name): lower-cased names, decoded values, `""` for one without a value. */
export function parseAttrs(rest: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (rest.length > 1) {
    for (const a of rest.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*"([^"]*)")?/g)) attrs[a[1]!.toLowerCase()] = decodeEntities(a[2] ?? '');
  }
  return attrs;
}

/**
 * The value of a tag's one attribute as templates write it (`rest` is
 * ` data-clause-id="about.controller"`, `prefix` ` data-clause-id="`), read
 * in place; undefined for any other shape, which parseAttrs then reads.
 */
export function onlyAttr(rest: string, prefix: string): string | undefined {
  const last = rest.length - 1;
  if (last < prefix.length || rest.charCodeAt(last) !== 34 || !rest.startsWith(prefix)) return undefined;
  const value = rest.slice(prefix.length, last);
  return value.includes('"') ? undefined : decodeEntities(value);
}

/** Runs of whitespace as one space, as ProseMirror's DOMParser reads text outside `<pre>`. */
export function collapseWhitespace(raw: string): string {
  return /[\t\r\n\f]| {2}/.test(raw) ? raw.replace(/[ \t\r\n\f]+/g, ' ') : raw;
}

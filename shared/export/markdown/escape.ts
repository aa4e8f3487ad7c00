/**
 * Escaping for each place user text can land in Markdown (CommonMark with
 * GFM tables). The rule everywhere: a user's text stays text. It can never
 * open a block (heading, list, rule, quote, code, table, HTML), an inline
 * construct (emphasis, link, image, autolink, entity), or leave the link
 * destination it sits in. Over-escaping is harmless: CommonMark renders a
 * backslash before any ASCII punctuation as that punctuation alone.
 */

/** Where the next text lands: at the start of a line, block markers and indentation matter; in a link's text, no autolink can start. */
export interface TextState {
  atLineStart: boolean;
  inLink?: boolean;
}

/** Characters that open inline syntax anywhere on a line (emphasis, code, links, HTML, autolinks, GFM table cells and strike). */
const INLINE_SYNTAX = /[\\`*_[\]<>|~{}]/g;

/** An ampersand that would start an entity reference (`&amp;`, `&#106;`): only then is it syntax. */
const ENTITY_START = /&(?=#?[a-zA-Z0-9]+;)/g;

/** Line breaks of any kind. In a document they are whitespace, as in HTML; in Markdown they would end the line and start a block. */
const LINE_BREAKS = /\r\n?|\n/g;

/**
 * Text at the start of a line that a renderer would read as a block: an ATX
 * heading (`#`), a list item (`-`, `+`, `1.`, `1)`), a thematic break or
 * setext underline (`---`, `===`), a GFM table delimiter (`:--`). Quotes,
 * fences and HTML start with characters escaped everywhere already.
 */
const BLOCK_START = /^(?:[#+=-]|:(?=-)|\d{1,9}(?=[.)]))/;

// Regular expressions are hoisted: a literal in a function makes a new RegExp object on every call, which on a large policy added up to a good share of an export's garbage.
const INDENTATION = /^[ \t]+/;
const DIGIT_START = /^\d/;
const NUMBERED_MARKER = /^(\d{1,9})([.)])/;
const TRAILING_BANG = /!$/;
const ESCAPED_BRACKET = /\\([[\]`])/g;
const SCHEME_ADDRESS = /([a-z][a-z0-9+.-]*):(\/\/\S*)/gi;
const WWW_ADDRESS = /\b(www)\.(\S*)/gi;
const MAY_HOLD_ADDRESS = /:\/\/|www\./i;
const ENDS_IN_AUTOLINK = /\S*(?::\/\/|www\.|@)\S*$/i;
const NEEDS_ENCODING = /[^A-Za-z0-9\-._~:/?#@!$'*+,;=]/;
const TWO_HEX = /^[0-9a-fA-F]{2}$/;
const DESTINATION_ENTITY = /&(#?)([a-zA-Z0-9])(?=[a-zA-Z0-9]*;)/g;
const URI_COMPONENT_EXTRA = /[!'()*]/g;
const HEADING_CLOSER = /(^|[ \t])(#+)([ \t]*)$/;

/**
 * Text holding any of these may change when escaped: a line break, inline
 * syntax, an `&`, a trailing `!`. Without them, and with no backslash added,
 * the autolink guard and the link-text references change nothing either.
 */
const MAY_NEED_ESCAPE = /[\r\n\\`*_[\]<>|~{}&]|!$/;

/** At the start of a line, text starting with any of these may lose indentation or have a block marker escaped. */
const MAY_START_BLOCK = /^[ \t#+=\-:0-9]/;

/**
 * `text` as literal Markdown text. Line breaks become spaces; at the start of
 * a line, indentation (which would make a code block) is dropped and a block
 * marker is escaped. A trailing `!` is escaped so that a link right after it
 * cannot become an image.
 */
export function escapeText(text: string, line: TextState): string {
  // Most text needs none of what follows, and running it anyway allocates a string per pass.
  if (text !== '' && !MAY_NEED_ESCAPE.test(text) && !(line.atLineStart && MAY_START_BLOCK.test(text))) {
    line.atLineStart = false;
    return text;
  }
  let out = text.replace(LINE_BREAKS, ' ');
  if (line.atLineStart) out = out.replace(INDENTATION, '');
  if (out === '') return '';
  out = out.replace(INLINE_SYNTAX, (ch) => `\\${ch}`).replace(ENTITY_START, '\\&');
  if (line.atLineStart) {
    out = out.replace(BLOCK_START, (marker) => (DIGIT_START.test(marker) ? marker : `\\${marker}`));
    // After the digits of "1." or "1)" the punctuation is the marker.
    out = out.replace(NUMBERED_MARKER, '$1\\$2');
  }
  out = out.replace(TRAILING_BANG, '\\!');
  line.atLineStart = false;
  return line.inLink ? linkTextBrackets(out) : guardAutolinks(out);
}

/**
 * In a link's text, brackets and backticks as character references: marked
 * reads `\[x\](javascript:…)` there as a link of its own (and with `!` an
 * image), and markdown-it's label scan, which runs linkify, can swallow a
 * backslash and end the label early. A reference is always text.
 */
function linkTextBrackets(escaped: string): string {
  return escaped.replace(ESCAPED_BRACKET, (_m, ch: string) => `&#${ch.charCodeAt(0)};`);
}

/**
 * A bare web address in text whose run holds a backslash escape: linkify
 * (markdown-it) and GFM autolinks (marked) read it from the raw source, so
 * the link would show the backslashes and extend past what the user typed.
 * Escaping its `:` (or the dot of `www.`) keeps it text, shown as typed.
 */
function guardAutolinks(escaped: string): string {
  // Without `://` or `www.` neither replace below can match, and each would still allocate.
  if (!MAY_HOLD_ADDRESS.test(escaped)) return escaped;
  return escaped
    .replace(SCHEME_ADDRESS, (run: string, scheme: string, rest: string) => (rest.includes('\\') ? `${scheme}\\:${rest}` : run))
    .replace(WWW_ADDRESS, (run: string, www: string, rest: string) => (rest.includes('\\') ? `${www}\\.${rest}` : run));
}

/** Whether the line so far ends in something an autolinker may extend (an address, `www.…`, an email), so that a backslash right after it would be read as part of it. */
export function endsInAutolink(line: string): boolean {
  return ENDS_IN_AUTOLINK.test(line);
}

/** Characters a link destination may hold as they are (RFC 3986 unreserved and reserved ones, minus the brackets and parentheses Markdown reads). */
const DESTINATION_SAFE = /[A-Za-z0-9\-._~:/?#@!$&'*+,;=]/;

/**
 * A link destination that cannot end early or change scheme: every
 * character outside the URL-safe set (parentheses, brackets, angle
 * brackets, quotes, spaces, backslashes, anything non-ASCII) is
 * percent-encoded as UTF-8, and a `%` not starting an escape becomes `%25`.
 * Where `&` would start an entity (`&amp;`, `&#106;`), which renderers
 * decode inside destinations, the letter or digit after it is
 * percent-encoded: the same URL (RFC 3986 §2.3), no entity.
 */
export function escapeDestination(href: string): string {
  // A destination of safe characters only, without the `%` and `&` that may need more, is written as it is, without a string per character.
  if (!NEEDS_ENCODING.test(href)) return href;
  let out = '';
  const chars = Array.from(href);
  chars.forEach((ch, i) => {
    if (ch === '%') out += TWO_HEX.test((chars[i + 1] ?? '') + (chars[i + 2] ?? '')) ? '%' : '%25';
    else if (DESTINATION_SAFE.test(ch)) out += ch;
    else out += encodeChar(ch);
  });
  return out.replace(DESTINATION_ENTITY, (_m, hash: string, ch: string) => `&${hash}%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

function encodeChar(ch: string): string {
  try {
    return encodeURIComponent(ch).replace(URI_COMPONENT_EXTRA, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    // A lone surrogate has no UTF-8 form; safeDocument removes them before this runs.
    return '';
  }
}

/**
 * Heading text whose end would read as an ATX closing sequence (`Section #`
 * would render as "Section"): the run of `#` gets a backslash before it.
 */
export function protectHeadingEnd(text: string): string {
  return text.replace(HEADING_CLOSER, '$1\\$2$3');
}

import Handlebars from 'handlebars';
import type { DocumentLanguage } from '../model/languages.ts';
import { textFor } from '../model/localized.ts';
import type { LocalizedText, Retention } from '../model/schema.ts';
import { addressLines, type PostalAddress } from './address.ts';
import { escapeHtml, isSafeHref } from './escape.ts';
import { formatters } from './format.ts';
import { HELPER_NAMES } from './helper-names.ts';
import type { LanguagePack } from './language-pack.ts';
import { SequenceMemo } from './memo.ts';
import { formatMessage } from './messages.ts';
import { formatRetention } from './retention.ts';

type HelperOptions = Handlebars.HelperOptions;
type Hash = Record<string, unknown>;

/** Results a helper remembers, per language: enough for the largest policy, bounded for a long editing session. */
const MAX_REMEMBERED = 4096;

const isLocalized = (v: unknown): v is LocalizedText =>
  typeof v === 'string' || (v !== null && typeof v === 'object' && !Array.isArray(v));

/**
 * Registers the helpers templates use, and returns their names. Each returns
 * escaped HTML (SafeString) or plain text that Handlebars escapes, so user
 * text can never become markup.
 */
export function registerHelpers(hbs: typeof Handlebars, pack: LanguagePack, region?: string): readonly string[] {
  const { lang } = pack;
  const names: string[] = [];
  const register = (name: string, helper: Handlebars.HelperDelegate): void => {
    hbs.registerHelper(name, helper);
    names.push(name);
  };
  const fmt = formatters(lang, region);

  const message = (key: string): string => formatMessage(pack, key);

  // The escaped text of each message, made once: a table repeats the same few messages in every row.
  const escaped = new Map<string, string>();
  const escapedMessage = (key: string): string => {
    let text = escaped.get(key);
    if (text === undefined) {
      text = escapeHtml(message(key));
      escaped.set(key, text);
    }
    return text;
  };

  // Enum labels by prefix, then value: a 500-row table asks for the same few labels without building a key string for each row.
  const labels = new Map<string, Map<string, string>>();
  const enumLabel = (prefix: string, value: string): string => {
    let byValue = labels.get(prefix);
    if (!byValue) {
      byValue = new Map();
      labels.set(prefix, byValue);
    }
    let label = byValue.get(value);
    if (label === undefined) {
      label = message(`${prefix}.${value}`);
      byValue.set(value, label);
    }
    return label;
  };

  /** Message with `{name}` placeholders; params are escaped, the message is escaped too. */
  const t = (key: string, params: Hash = {}): Handlebars.SafeString => {
    const text = escapedMessage(key);
    if (!text.includes('{')) return new Handlebars.SafeString(text);
    const out = text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      if (!(name in params)) return whole;
      const value = params[name];
      if (value instanceof Handlebars.SafeString) return value.toString();
      return escapeHtml(toText(value, lang));
    });
    return new Handlebars.SafeString(out);
  };

  const duration = (amount: number, unit: 'day' | 'month'): string =>
    message(`unit.${unit}.${fmt.plural(amount) === 'one' ? 'one' : 'other'}`).replace('{n}', String(amount));

  register('t', (key: string, options: HelperOptions) => t(key, options.hash as Hash));
  register('text', (value: LocalizedText | undefined) => (value === undefined ? '' : textFor(value, lang)));
  /** `{{country c}}` for a table cell; `{{country c inSentence=true}}` inside a sentence ("in the United States"). */
  register('country', (code: string, options: HelperOptions) =>
    (options.hash as { inSentence?: boolean }).inSentence ? fmt.countryInSentence(code) : fmt.country(code),
  );
  register('date', (iso: string) => fmt.date(iso));
  register('enum', (prefix: string, value: string) => enumLabel(prefix, value));
  /** `{{msg "safeguardExplained" area safeguard}}` → message "safeguardExplained.uk.scc": a message chosen by several facts. */
  const chosen = new SequenceMemo<string>(MAX_REMEMBERED);
  const keyParts: string[] = [];
  const chosenMessage = (parts: readonly string[], count: number): string => message(parts.slice(0, count).join('.'));
  register('msg', (...args: unknown[]) => {
    const count = args.length - 1;
    for (let i = 0; i < count; i++) keyParts[i] = String(args[i]);
    return chosen.get(keyParts, count, chosenMessage);
  });
  register('days', (n: number) => duration(n, 'day'));
  register('duration', (d: { amount: number; unit: 'day' | 'month' }) => duration(d.amount, d.unit));
  /** `{{retention r}}`: a structured retention in words, or the text as typed. */
  register('retention', (r: Retention) => formatRetention(r, lang, message, fmt.plural));
  /** `{{sentence text}}`: user text ending a sentence, with a full stop added unless it ends in one already. */
  const sentences = new SequenceMemo<string>(MAX_REMEMBERED);
  const sentenceParts: string[] = [''];
  register('sentence', (value: LocalizedText | undefined) => {
    sentenceParts[0] = value === undefined ? '' : textFor(value, lang);
    return sentences.get(sentenceParts, 1, asSentence);
  });
  register('each', arrayEach(hbs));
  register('eq', (a: unknown, b: unknown) => a === b);
  register('gt', (a: number, b: number) => a > b);
  register('includes', (list: unknown, value: unknown) => Array.isArray(list) && list.includes(value));

  // The texts of the list being formatted, in one array kept for every call: a large policy formats a thousand lists per build.
  const listTexts: string[] = [];
  /** `{{list items}}`, `{{list codes kind="country"}}`, `{{list items kind="enum" prefix="cookieCategory" type="disjunction"}}` */
  register('list', (items: unknown, options: HelperOptions) => {
    const hash = options.hash as { kind?: string; prefix?: string; type?: 'conjunction' | 'disjunction'; inSentence?: boolean };
    const values: readonly unknown[] = Array.isArray(items) ? items : [];
    for (let i = 0; i < values.length; i++) {
      const item = values[i];
      if (hash.kind === 'country') listTexts[i] = hash.inSentence ? fmt.countryInSentence(String(item)) : fmt.country(String(item));
      else if (hash.kind === 'enum') listTexts[i] = enumLabel(String(hash.prefix), String(item));
      else listTexts[i] = toText(item, lang);
    }
    return fmt.list(listTexts, hash.type, values.length);
  });

  /** `{{address a}}` on one line, for running text; `{{addressBlock a}}` as lines, for the contact block. */
  register('address', (a: PostalAddress) => addressLines(a, fmt.country).join(', '));
  register('addressBlock', (a: PostalAddress) => new Handlebars.SafeString(addressLines(a, fmt.country).map(escapeHtml).join('<br>')));

  /** A link whose text is the address itself unless `text` is given; unsafe targets are shown as plain text. */
  register('link', (href: string, options: HelperOptions) => {
    const label = (options.hash as { text?: string }).text ?? href.replace(/^mailto:/, '');
    if (!isSafeHref(href)) return escapeHtml(label);
    return new Handlebars.SafeString(`<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`);
  });
  register('mailto', (email: string) =>
    new Handlebars.SafeString(`<a href="mailto:${escapeHtml(email)}">${escapeHtml(email)}</a>`),
  );
  // Templates compile knowing HELPER_NAMES: a helper left out of that list would be read as a fact of that name.
  if (names.length !== HELPER_NAMES.length || names.some((n, i) => n !== HELPER_NAMES[i])) throw new Error(`helper-names.ts lists ${HELPER_NAMES.join(', ')}; registered: ${names.join(', ')}`);
  return names;
}

/**
 * Handlebars' own `each`, for arrays without per-row garbage: the stock helper
 * builds an options object, two arrays and a path string for every row (block
 * parameters, which no template of ours declares), and a 500-cookie table has
 * 500 rows. Same output, same `@index`, `@first`, `@last` and `@key`; anything
 * else (objects, iterables, a block with `as |item|`) goes to the stock helper.
 */
function arrayEach(hbs: typeof Handlebars): Handlebars.HelperDelegate {
  const stock = hbs.helpers.each!;
  return function (this: unknown, items: unknown, options: HelperOptions & { fn: { blockParams?: number } }) {
    if (!Array.isArray(items) || options.fn.blockParams) return stock.call(this, items, options);
    if (items.length === 0) return options.inverse(this);
    const data = options.data ? (hbs.createFrame(options.data) as Record<string, unknown>) : undefined;
    const row = { data };
    const last = items.length - 1;
    let out = '';
    for (let i = 0; i <= last; i++) {
      // A hole in a sparse array is skipped, as by the stock helper.
      if (!(i in items)) continue;
      if (data) {
        data.key = i;
        data.index = i;
        data.first = i === 0;
        data.last = i === last;
      }
      out += options.fn(items[i], row);
    }
    return out;
  };
}

/** User text ending a sentence: a full stop added unless it ends in one already. */
function asSentence(parts: readonly string[]): string {
  const text = parts[0]!.trim();
  return /[.!?…]["'”’)]*$/.test(text) ? text : `${text}.`;
}

function toText(value: unknown, lang: DocumentLanguage): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isLocalized(value)) return textFor(value, lang);
  return String(value);
}

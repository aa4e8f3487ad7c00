import Handlebars from 'handlebars';
import type { DocumentLanguage } from '../model/languages.ts';
import { textFor } from '../model/localized.ts';
import type { LocalizedText, Retention } from '../model/schema.ts';
import { addressLines, type PostalAddress } from './address.ts';
import { escapeHtml, isSafeHref } from './escape.ts';
import { formatters } from './format.ts';
import type { LanguagePack } from './language-pack.ts';
import { formatMessage } from './messages.ts';
import { formatRetention } from './retention.ts';

type HelperOptions = Handlebars.HelperOptions;
type Hash = Record<string, unknown>;

const isLocalized = (v: unknown): v is LocalizedText =>
  typeof v === 'string' || (v !== null && typeof v === 'object' && !Array.isArray(v));

/**
 * Registers the helpers templates use. Each returns escaped HTML (SafeString)
 * or plain text that Handlebars escapes, so user text can never become markup.
 */
export function registerHelpers(hbs: typeof Handlebars, pack: LanguagePack, region?: string): void {
  const { lang } = pack;
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

  hbs.registerHelper('t', (key: string, options: HelperOptions) => t(key, options.hash as Hash));
  hbs.registerHelper('text', (value: LocalizedText | undefined) => (value === undefined ? '' : textFor(value, lang)));
  /** `{{country c}}` for a table cell; `{{country c inSentence=true}}` inside a sentence ("in the United States"). */
  hbs.registerHelper('country', (code: string, options: HelperOptions) =>
    (options.hash as { inSentence?: boolean }).inSentence ? fmt.countryInSentence(code) : fmt.country(code),
  );
  hbs.registerHelper('date', (iso: string) => fmt.date(iso));
  hbs.registerHelper('enum', (prefix: string, value: string) => enumLabel(prefix, value));
  /** `{{msg "safeguardExplained" area safeguard}}` → message "safeguardExplained.uk.scc": a message chosen by several facts. */
  hbs.registerHelper('msg', (...args: unknown[]) => message(args.slice(0, -1).map(String).join('.')));
  hbs.registerHelper('days', (n: number) => duration(n, 'day'));
  hbs.registerHelper('duration', (d: { amount: number; unit: 'day' | 'month' }) => duration(d.amount, d.unit));
  /** `{{retention r}}`: a structured retention in words, or the text as typed. */
  hbs.registerHelper('retention', (r: Retention) => formatRetention(r, lang, message, fmt.plural));
  /** `{{sentence text}}`: user text ending a sentence, with a full stop added unless it ends in one already. */
  hbs.registerHelper('sentence', (value: LocalizedText | undefined) => {
    const text = value === undefined ? '' : textFor(value, lang).trim();
    return /[.!?…]["'”’)]*$/.test(text) ? text : `${text}.`;
  });
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('gt', (a: number, b: number) => a > b);
  hbs.registerHelper('includes', (list: unknown, value: unknown) => Array.isArray(list) && list.includes(value));

  /** `{{list items}}`, `{{list codes kind="country"}}`, `{{list items kind="enum" prefix="cookieCategory" type="disjunction"}}` */
  hbs.registerHelper('list', (items: unknown, options: HelperOptions) => {
    const hash = options.hash as { kind?: string; prefix?: string; type?: 'conjunction' | 'disjunction'; inSentence?: boolean };
    const values = Array.isArray(items) ? items : [];
    const texts = values.map((item: unknown) => {
      if (hash.kind === 'country') return hash.inSentence ? fmt.countryInSentence(String(item)) : fmt.country(String(item));
      if (hash.kind === 'enum') return enumLabel(String(hash.prefix), String(item));
      return toText(item, lang);
    });
    return fmt.list(texts, hash.type);
  });

  /** `{{address a}}` on one line, for running text; `{{addressBlock a}}` as lines, for the contact block. */
  hbs.registerHelper('address', (a: PostalAddress) => addressLines(a, fmt.country).join(', '));
  hbs.registerHelper('addressBlock', (a: PostalAddress) => new Handlebars.SafeString(addressLines(a, fmt.country).map(escapeHtml).join('<br>')));

  /** A link whose text is the address itself unless `text` is given; unsafe targets are shown as plain text. */
  hbs.registerHelper('link', (href: string, options: HelperOptions) => {
    const label = (options.hash as { text?: string }).text ?? href.replace(/^mailto:/, '');
    if (!isSafeHref(href)) return escapeHtml(label);
    return new Handlebars.SafeString(`<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`);
  });
  hbs.registerHelper('mailto', (email: string) =>
    new Handlebars.SafeString(`<a href="mailto:${escapeHtml(email)}">${escapeHtml(email)}</a>`),
  );
}

function toText(value: unknown, lang: DocumentLanguage): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isLocalized(value)) return textFor(value, lang);
  return String(value);
}

import type { CookieCategory } from '../model/schema.ts';
import { parseCsv } from './csv.ts';
import type { StoredCookie } from './schema.ts';
import type { CookieDuration } from './types.ts';

/**
 * Turns the Open Cookie Database's CSV (Apache-2.0,
 * https://github.com/jkwakman/Open-Cookie-Database) into library cookies:
 * its facts (name, pattern, provider, category, retention) kept, its
 * descriptions used only to choose one of our own purpose texts
 * (templates/library/cookie-purposes.json), never copied. A row whose
 * retention cannot be read as a duration is left out rather than guessed.
 */

/** OCD's categories → ours: its "Functional" means strictly necessary, its "Personalization" is our "functional". */
const CATEGORY: Record<string, CookieCategory> = {
  functional: 'necessary',
  necessary: 'necessary',
  security: 'necessary',
  personalization: 'functional',
  analytics: 'analytics',
  marketing: 'marketing',
};

/** Reads OCD's free-text retention ("2 years", "Session", "30 minutes after last activity"); undefined when it says nothing definite. */
export function parseRetention(text: string): CookieDuration | undefined {
  const t = text.trim().toLowerCase();
  if (/^(session|end of session|browser session|end of the session)/.test(t)) return { kind: 'session' };
  if (/^(persistent|forever|unlimited|never expires?)$/.test(t)) return { kind: 'persistent' };
  const m = /^(\d+(?:\.\d+)?)\s*(seconds?|secs?|minutes?|mins?|hours?|days?|weeks?|months?|years?)\b(?:\s+after last activity)?$/.exec(t);
  if (!m) return undefined;
  const amount = Number(m[1]);
  const unit = m[2]!;
  if (amount <= 0) return undefined;
  if (unit.startsWith('sec')) return { kind: 'fixed', amount: Math.max(1, Math.round(amount / 60)), unit: 'minutes' };
  if (unit.startsWith('min')) return { kind: 'fixed', amount, unit: 'minutes' };
  if (unit.startsWith('hour')) return { kind: 'fixed', amount, unit: 'hours' };
  if (unit.startsWith('day')) return { kind: 'fixed', amount, unit: 'days' };
  if (unit.startsWith('week')) return { kind: 'fixed', amount: amount * 7, unit: 'days' };
  if (unit.startsWith('month')) return { kind: 'fixed', amount, unit: 'months' };
  return { kind: 'fixed', amount, unit: 'years' };
}

/** Ordered rules: the first whose words occur in the name or OCD description (and whose category fits) picks our purpose text. */
const PURPOSE_RULES: { purpose: string; categories: CookieCategory[]; test: RegExp }[] = [
  { purpose: 'tracking-optout', categories: ['necessary', 'functional', 'analytics', 'marketing'], test: /opt[- ]?out|_ignore\b|do not track/i },
  { purpose: 'consent', categories: ['necessary', 'functional'], test: /consent|cookie (choice|preference|banner|notice|agreement|policy)|cookies? (choices|preferences)|banner has been dismissed|gdpr/i },
  { purpose: 'cookie-test', categories: ['necessary', 'functional', 'analytics', 'marketing'], test: /(test|check)(s|ing)? (whether|if) .*(cookies?|browser).*(enabled|support|accept|available)|cookies are (enabled|available)|support(s)? cookies/i },
  { purpose: 'security', categories: ['necessary', 'functional'], test: /csrf|xsrf|cross-site request|forgery|fraud|spam|abuse|bot|security|captcha|attack|malicious|protect/i },
  { purpose: 'load-balancing', categories: ['necessary', 'functional'], test: /load.?balanc|sticky session|same (server|proxy)|route (server )?requests|routing/i },
  { purpose: 'sign-in', categories: ['necessary', 'functional'], test: /log(ged)?[ -]?in|sign(ed)?[ -]?in|authenticat|single sign|\bsso\b|identity provider|logout/i },
  { purpose: 'cart', categories: ['necessary', 'functional'], test: /cart|basket|checkout|order/i },
  { purpose: 'payment', categories: ['necessary', 'functional'], test: /payment|pay\b|card/i },
  { purpose: 'chat', categories: ['necessary', 'functional', 'analytics'], test: /chat|conversation|messenger|support widget/i },
  { purpose: 'video', categories: ['necessary', 'functional'], test: /video|player|playback/i },
  { purpose: 'preferences', categories: ['necessary', 'functional'], test: /language|preferen|settings|remember|currency|region|country|locale|timezone/i },
  { purpose: 'session', categories: ['necessary', 'functional'], test: /session/i },
  { purpose: 'ab-test', categories: ['analytics', 'marketing', 'functional', 'necessary'], test: /a\s*\/\s*b|multivariate|experiment|variant|split test/i },
  { purpose: 'session-recording', categories: ['analytics', 'marketing'], test: /heatmap|record(ing)? (of )?(the )?(user|visitor|session|mouse|click|scroll)|session (replay|recording)|mouse/i },
  { purpose: 'analytics-throttle', categories: ['analytics'], test: /throttle|request rate|number of .*requests|limit(s)? the (number|amount)/i },
  { purpose: 'analytics-traffic-source', categories: ['analytics'], test: /traffic source|campaign|referr|how the user (reached|arrived)|came to the (site|website)/i },
  { purpose: 'analytics-visit', categories: ['analytics'], test: /new session|visits?\b|session/i },
  { purpose: 'analytics-visitor', categories: ['analytics'], test: /identif|unique|distinguish|client id|user id|visitor id|\bid\b/i },
  { purpose: 'ads-conversion', categories: ['marketing'], test: /conversion|attribut|campaign|after (clicking|seeing) an ad|click(ed)? on (an|their) ad|took an action|ad clicks?/i },
  { purpose: 'ads-frequency', categories: ['marketing'], test: /frequency|how (often|many times) .*ad|which ads have been (shown|displayed)|ads have been displayed/i },
  { purpose: 'ads-targeting', categories: ['marketing'], test: /target|retarget|personali[sz]|interest|relevant ad|profile|across (websites|sites|devices)|behaviou?r(al)? advert/i },
  { purpose: 'social-share', categories: ['marketing', 'functional'], test: /\bshare (content|buttons?|on)|sharing (buttons?|content|widget)|like button|social (media|plugin|network)|embedded (services|content)/i },
  { purpose: 'marketing-visitor', categories: ['marketing'], test: /identif|unique|distinguish|visitor id|user id|\bid\b/i },
];

const FALLBACK: Record<CookieCategory, string> = {
  necessary: 'necessary-general',
  functional: 'functional-general',
  analytics: 'analytics-general',
  marketing: 'marketing-general',
};

/** Our purpose text for an OCD row: a specific one where its description clearly says so, else the general one of its category. */
export function choosePurpose(category: CookieCategory, name: string, description: string): string {
  const text = `${name} ${description}`;
  for (const rule of PURPOSE_RULES) if (rule.categories.includes(category) && rule.test.test(text)) return rule.purpose;
  return FALLBACK[category];
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface OcdSelection {
  /** OCD platform name → the provider name we show and the library service id, if any. */
  providers: Record<string, { provider: string; serviceId?: string }>;
}

/** The rows of the selected platforms, as stored library cookies (duplicates of a name within a provider dropped). */
export function importOcd(csvText: string, selection: OcdSelection): StoredCookie[] {
  const [header, ...rows] = parseCsv(csvText);
  if (!header) return [];
  const col = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`the Open Cookie Database CSV has no "${name}" column`);
    return index;
  };
  const c = { id: col('ID'), platform: col('Platform'), category: col('Category'), name: col('Cookie / Data Key name'), description: col('Description'), retention: col('Retention period'), wildcard: col('Wildcard match') };
  const out: StoredCookie[] = [];
  const seen = new Set<string>();
  const ids = new Set<string>();
  for (const row of rows) {
    const chosen = selection.providers[row[c.platform] ?? ''];
    if (!chosen) continue;
    const name = (row[c.name] ?? '').trim();
    const category = CATEGORY[(row[c.category] ?? '').trim().toLowerCase()];
    const duration = parseRetention(row[c.retention] ?? '');
    if (!name || !category || !duration || /\s/.test(name)) continue;
    const match = (row[c.wildcard] ?? '').trim() === '1' ? 'prefix' : 'exact';
    const key = `${chosen.provider}\0${match}\0${name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // Names differing only in punctuation (_ga, _ga_) get distinct ids: patterns end in "-prefix", clashes in a number.
    const base = `${slug(chosen.provider)}-${slug(name) || 'cookie'}${match === 'prefix' ? '-prefix' : ''}`;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    out.push({
      id,
      name,
      match,
      provider: chosen.provider,
      ...(chosen.serviceId ? { serviceId: chosen.serviceId } : {}),
      category,
      purpose: choosePurpose(category, name, row[c.description] ?? ''),
      duration,
      source: `Open Cookie Database ${(row[c.id] ?? '').trim()}`,
    });
  }
  return out;
}

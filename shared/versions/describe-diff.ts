import type { DocumentLanguage } from '../model/languages.ts';
import { textFor } from '../model/localized.ts';
import type { Activity, LocalizedText, Project, Retention } from '../model/schema.ts';
import { formatters } from '../render/format.ts';
import type { DiffEntry, DiffValues, FactsDiff } from './facts-diff.ts';
import { hasVersionMessage, versionMessage, versionMessageLanguage } from './messages.ts';

/**
 * A facts diff in plain words, one line per change, in a document language
 * ("Added Whereby AS (Norway) for video classes"; "We now keep support
 * conversations for three years instead of two"). The wording comes from
 * `templates/<lang>/versions.json`; names and texts from the project, in the
 * same language, so a line never mixes languages.
 */

interface Words {
  lang: DocumentLanguage;
  msg(key: string, params?: Record<string, string>): string;
  text(value: LocalizedText): string;
  /** A name inside a sentence: "Support conversations" → "support conversations" (acronyms and German nouns kept). */
  inSentence(value: string): string;
  list(items: readonly string[]): string;
  countries(codes: readonly string[]): string;
  date(iso: string): string;
  language(code: string): string;
}

function wordsFor(requested: DocumentLanguage): Words {
  const lang = versionMessageLanguage(requested);
  const fmt = formatters(lang);
  const languages = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' });
  return {
    lang,
    msg: (key, params) => versionMessage(lang, key, params),
    text: (value) => textFor(value, lang),
    inSentence: (value) => (lang === 'de' || /^\S\S*[A-Z0-9]/.test(value.split(/\s/)[0] ?? '') ? value : value.charAt(0).toLocaleLowerCase(lang) + value.slice(1)),
    list: (items) => fmt.list(items),
    countries: (codes) => fmt.list(codes.map((c) => fmt.country(c))),
    date: (iso) => fmt.date(iso),
    language: (code) => languages.of(code) ?? code,
  };
}

const aspectLabel = (w: Words, aspect: string): string => (hasVersionMessage(w.lang, `aspect.${aspect}`) ? w.msg(`aspect.${aspect}`) : aspect);
const aspectList = (w: Words, aspects: readonly string[]): string => w.list(aspects.map((a) => aspectLabel(w, a)));

function amountWord(w: Words, n: number): string {
  return hasVersionMessage(w.lang, `number.${n}`) ? w.msg(`number.${n}`) : String(n);
}

/** "three years", or "three years after the contract ends" when the start is worth saying. */
function period(w: Words, r: Extract<Retention, { kind: 'period' }>, withStart: boolean): string {
  const form = new Intl.PluralRules(w.lang).select(r.amount) === 'one' ? 'one' : 'other';
  const base = w.msg(`period.${r.unit}.${form}`, { n: amountWord(w, r.amount) });
  return withStart ? w.msg(`from.${r.from}`, { period: base }) : base;
}

function retentionText(w: Words, r: Retention): string {
  return r.kind === 'text' ? w.text(r.text) : period(w, r, true);
}

/** The categories an activity's retention applies to, qualified by its purpose when another activity uses one of them too. */
function retainedData(w: Words, activity: Activity, project: Project): string {
  const names = activity.categories.map((id) => project.dataCategories.find((c) => c.id === id)).filter((c) => c !== undefined).map((c) => w.inSentence(w.text(c.name)));
  const categories = w.list(names);
  const shared = project.activities.some((other) => other.id !== activity.id && other.categories.some((c) => activity.categories.includes(c)));
  return shared ? w.msg('activity.categoriesForPurpose', { categories, purpose: w.text(activity.purpose) }) : categories;
}

function retentionLine(w: Words, from: Retention, to: Retention, activity: Activity, project: Project): string {
  const categories = retainedData(w, activity, project);
  if (from.kind === 'period' && to.kind === 'period') {
    if (from.unit === to.unit && from.from === to.from) {
      return w.msg('activity.retentionAmount', { categories, period: period(w, to, false), oldAmount: amountWord(w, from.amount), oldPeriod: period(w, from, false) });
    }
    const withStart = from.from !== to.from;
    return w.msg('activity.retention', { categories, period: period(w, to, withStart), oldPeriod: period(w, from, withStart) });
  }
  return w.msg('activity.retentionText', { categories, period: retentionText(w, to), oldPeriod: retentionText(w, from) });
}

/** Items of `after` not in `before`, and the reverse. */
function setChanges<T>(before: readonly T[], after: readonly T[]): { added: T[]; removed: T[] } {
  return { added: after.filter((x) => !before.includes(x)), removed: before.filter((x) => !after.includes(x)) };
}

type Entry<F extends keyof DiffValues> = Extract<DiffEntry, { field: F }>;

function recipientLines(w: Words, e: Entry<'recipients'>): string[] {
  if (e.change === 'added') {
    const r = e.to!;
    return [w.msg('recipient.added', { name: r.name, countries: w.countries(r.storedIn), activity: w.inSentence(w.text(r.activity)) })];
  }
  if (e.change === 'removed') return [w.msg('recipient.removed', { name: e.from!.name })];
  const [from, to] = [e.from!, e.to!];
  const lines: string[] = [];
  const rest: string[] = [];
  for (const aspect of e.aspects) {
    if (aspect === 'name') lines.push(w.msg('recipient.renamed', { oldName: from.name, name: to.name }));
    else if (aspect === 'storedIn') lines.push(w.msg('recipient.storedIn', { name: to.name, countries: w.countries(to.storedIn), oldCountries: w.countries(from.storedIn) }));
    else if (aspect === 'accessedFrom') {
      const added = setChanges(from.accessedFrom, to.accessedFrom).added;
      lines.push(added.length > 0 ? w.msg('recipient.accessedFrom', { name: to.name, countries: w.countries(added) }) : w.msg('recipient.accessedFromNone', { name: to.name }));
    } else if (aspect === 'role') lines.push(w.msg('recipient.role', { name: to.name, role: w.msg(`role.${to.role}`), oldRole: w.msg(`role.${from.role}`) }));
    else if (aspect === 'activity') lines.push(w.msg('recipient.activity', { name: to.name, activity: w.inSentence(w.text(to.activity)), oldActivity: w.inSentence(w.text(from.activity)) }));
    else rest.push(aspect);
  }
  if (rest.length > 0) lines.push(w.msg('recipient.changed', { name: to.name, aspects: aspectList(w, rest) }));
  return lines;
}

function activityLines(w: Words, e: Entry<'activities'>, diff: FactsDiff): string[] {
  if (e.change === 'added') return [w.msg('activity.added', { purpose: w.text(e.to!.purpose) })];
  if (e.change === 'removed') return [w.msg('activity.removed', { purpose: w.text(e.from!.purpose) })];
  const [from, to] = [e.from!, e.to!];
  const purpose = w.text(to.purpose);
  const lines: string[] = [];
  const rest: string[] = [];
  const categoryName = (project: Project, id: string) => {
    const c = project.dataCategories.find((x) => x.id === id);
    return c ? w.inSentence(w.text(c.name)) : id;
  };
  // A recipient added or removed altogether has its own line; here only the ones that stay.
  const movedRecipients = new Set(diff.entries.filter((x) => x.field === 'recipients' && x.change !== 'changed').map((x) => x.key));
  for (const aspect of e.aspects) {
    if (aspect === 'purpose') lines.push(w.msg('activity.renamed', { oldPurpose: w.text(from.purpose), purpose }));
    else if (aspect === 'retention') lines.push(retentionLine(w, from.retention, to.retention, to, diff.to));
    else if (aspect === 'categories') {
      const { added, removed } = setChanges(from.categories, to.categories);
      if (added.length > 0) lines.push(w.msg('activity.categoryAdded', { purpose, categories: w.list(added.map((id) => categoryName(diff.to, id))) }));
      if (removed.length > 0) lines.push(w.msg('activity.categoryRemoved', { purpose, categories: w.list(removed.map((id) => categoryName(diff.from, id))) }));
    } else if (aspect === 'recipients') {
      const { added, removed } = setChanges(from.recipients, to.recipients);
      for (const id of added) if (!movedRecipients.has(id)) lines.push(w.msg('activity.recipientAdded', { purpose, name: diff.to.recipients.find((r) => r.id === id)?.name ?? id }));
      for (const id of removed) if (!movedRecipients.has(id)) lines.push(w.msg('activity.recipientRemoved', { purpose, name: diff.from.recipients.find((r) => r.id === id)?.name ?? id }));
    } else if (aspect === 'legalBases' && from.legalBases.map((b) => b.basis).join() !== to.legalBases.map((b) => b.basis).join()) {
      const bases = (a: Activity) => w.list(a.legalBases.map((b) => w.msg(`basis.${b.basis}`)));
      lines.push(w.msg('activity.legalBases', { purpose, bases: bases(to), oldBases: bases(from) }));
    } else rest.push(aspect);
  }
  if (rest.length > 0) lines.push(w.msg('activity.changed', { purpose, aspects: aspectList(w, rest) }));
  return lines;
}

function categoryLines(w: Words, e: Entry<'dataCategories'>): string[] {
  if (e.change === 'added') return [w.msg('category.added', { name: w.text(e.to!.name) })];
  if (e.change === 'removed') return [w.msg('category.removed', { name: w.text(e.from!.name) })];
  const lines: string[] = [];
  const rest = e.aspects.filter((a) => a !== 'name');
  if (e.aspects.includes('name')) lines.push(w.msg('category.renamed', { oldName: w.text(e.from!.name), name: w.text(e.to!.name) }));
  if (rest.length > 0) lines.push(w.msg('category.changed', { name: w.text(e.to!.name), aspects: aspectList(w, rest) }));
  return lines;
}

function cookieLines(w: Words, e: Entry<'cookies'>): string[] {
  const c = (e.to ?? e.from)!;
  if (e.change === 'added') return [w.msg('cookie.added', { name: c.name, provider: c.provider })];
  if (e.change === 'removed') return [w.msg('cookie.removed', { name: c.name, provider: c.provider })];
  const lines: string[] = [];
  const rest = e.aspects.filter((a) => a !== 'duration');
  if (e.aspects.includes('duration')) lines.push(w.msg('cookie.duration', { name: c.name, duration: w.text(e.to!.duration), oldDuration: w.text(e.from!.duration) }));
  if (rest.length > 0) lines.push(w.msg('cookie.changed', { name: c.name, aspects: aspectList(w, rest) }));
  return lines;
}

function sectionLines(w: Words, e: DiffEntry): string[] {
  if (e.field === 'changes' && e.from && e.to) {
    if (e.to.noticeDays === 0) return [w.msg('changes.immediate')];
    return [w.msg('changes.noticeDays', { days: String(e.to.noticeDays), oldDays: String(e.from.noticeDays) })];
  }
  return [w.msg('section.changed', { section: w.msg(`section.${e.field}`) })];
}

/** The lines for one entry of a diff (a changed entry may say several things). */
export function describeEntry(entry: DiffEntry, diff: FactsDiff, lang: DocumentLanguage): string[] {
  const w = wordsFor(lang);
  switch (entry.field) {
    case 'recipients':
      return recipientLines(w, entry);
    case 'activities':
      return activityLines(w, entry, diff);
    case 'dataCategories':
      return categoryLines(w, entry);
    case 'cookies':
      return cookieLines(w, entry);
    case 'jurisdictions':
      return [w.msg(`jurisdiction.${entry.change === 'added' ? 'added' : 'removed'}`, { law: w.msg(`law.${entry.key}`) })];
    case 'languages':
      return [w.msg(`language.${entry.change === 'added' ? 'added' : 'removed'}`, { language: w.language(entry.key) })];
    case 'services': {
      const service = w.text((entry.to ?? entry.from)!);
      return [w.msg(`service.${entry.change === 'added' ? 'added' : 'removed'}`, { service })];
    }
    case 'company':
      return [w.msg('company.changed', { aspects: aspectList(w, entry.aspects) })];
    case 'role':
      return [w.msg(`role.${entry.to}`)];
    case 'effectiveDate':
      return [w.msg('effectiveDate.changed', { date: w.date(entry.to!), oldDate: w.date(entry.from!) })];
    case 'wording':
      return [w.msg('wording.one')];
    default:
      return sectionLines(w, entry);
  }
}

/**
 * Every change of a diff in plain words, in `lang` (English for a language
 * that has no versions.json yet). Edits to customised sections are summed up
 * in one line; an empty diff says so in one line.
 */
export function describeDiff(diff: FactsDiff, lang: DocumentLanguage): string[] {
  const w = wordsFor(lang);
  const lines = diff.entries.filter((e) => e.field !== 'wording').flatMap((e) => describeEntry(e, diff, lang));
  const wording = diff.entries.filter((e) => e.field === 'wording').length;
  if (wording === 1) lines.push(w.msg('wording.one'));
  else if (wording > 1) lines.push(w.msg('wording.other', { count: String(wording) }));
  return lines.length > 0 ? lines : [w.msg('nothing')];
}

import { stableStringify } from '../document/hash.ts';
import type { DocumentLanguage } from '../model/languages.ts';
import type { Activity, Cookie, DataCategory, Jurisdiction, LocalizedText, Project, Recipient } from '../model/schema.ts';

/**
 * What changed in the facts between two states of a project, entry by entry
 * and field by field, kept as data: `describeDiff` words it in any document
 * language, the app colours it, the change-log proposal summarises it.
 * Generated prose never enters here; the change log and the versions
 * themselves are history, not facts, and are left out.
 */

export type ChangeKind = 'added' | 'removed' | 'changed';

/** The value an entry of each field holds, before and after. */
export interface DiffValues {
  company: Project['company'];
  role: Project['role'];
  services: LocalizedText;
  languages: DocumentLanguage;
  jurisdictions: Jurisdiction;
  effectiveDate: string;
  dataCategories: DataCategory;
  activities: Activity;
  recipients: Recipient;
  cookies: Cookie;
  children: Project['children'];
  rights: Project['rights'];
  changes: Project['changes'];
  marketing: Project['marketing'];
  automatedDecisions: Project['automatedDecisions'];
  security: Project['security'];
  signals: Project['signals'];
  /** A section's customised or written wording, keyed by section and language. */
  wording: { sectionId: string; language: DocumentLanguage };
}
export type DiffField = keyof DiffValues;

/**
 * One added, removed or changed entry. `key` identifies it within its field
 * (an id, a cookie's name and provider, a law's code); `aspects` name the
 * properties that changed, in schema field names (`storedIn`, `retention`).
 */
export type DiffEntry = {
  [F in DiffField]: { field: F; change: ChangeKind; key: string; from?: DiffValues[F]; to?: DiffValues[F]; aspects: string[] };
}[DiffField];

export interface FactsDiff {
  entries: DiffEntry[];
  /** The project the diff was taken to: the describer looks names up in it (an activity's categories). */
  to: Project;
  from: Project;
}

const same = (a: unknown, b: unknown): boolean => stableStringify(a) === stableStringify(b);

/** The top-level properties of two objects whose values differ, in the order of the schema's keys (sorted for stability). */
function changedAspects(a: object, b: object): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.filter((k) => !same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function entry<F extends DiffField>(field: F, change: ChangeKind, key: string, from: DiffValues[F] | undefined, to: DiffValues[F] | undefined, aspects: string[] = []): DiffEntry {
  return { field, change, key, from, to, aspects } as DiffEntry;
}

/** Entries of a keyed list: removed first (in the old order), then added and changed in the new order. */
function listDiff<F extends DiffField>(field: F, from: readonly DiffValues[F][], to: readonly DiffValues[F][], keyOf: (item: DiffValues[F]) => string): DiffEntry[] {
  const before = new Map(from.map((item) => [keyOf(item), item]));
  const after = new Map(to.map((item) => [keyOf(item), item]));
  const out: DiffEntry[] = [];
  for (const [key, item] of before) if (!after.has(key)) out.push(entry(field, 'removed', key, item, undefined));
  for (const [key, item] of after) {
    const old = before.get(key);
    if (old === undefined) out.push(entry(field, 'added', key, undefined, item));
    else if (!same(old, item)) {
      const aspects = typeof item === 'object' && item !== null && typeof old === 'object' && old !== null ? changedAspects(old, item) : [];
      out.push(entry(field, 'changed', key, old, item, aspects));
    }
  }
  return out;
}

/** A single value (an object section or a scalar): one "changed" entry when it differs. */
function valueDiff<F extends DiffField>(field: F, from: DiffValues[F], to: DiffValues[F]): DiffEntry[] {
  if (same(from, to)) return [];
  const aspects = typeof from === 'object' && from !== null && typeof to === 'object' && to !== null ? changedAspects(from, to) : [];
  return [entry(field, 'changed', field, from, to, aspects)];
}

/** A plain text's key, so a service renamed shows as one removed and one added. */
const textKey = (text: LocalizedText): string => stableStringify(text);

function wordingEntries(from: Project, to: Project): DiffEntry[] {
  type Wording = { sectionId: string; language: DocumentLanguage; content: unknown };
  const items = (p: Project): Wording[] => [
    ...p.overrides.map((o) => ({ sectionId: o.sectionId, language: o.language, content: o.content })),
    ...p.customSections.map((c) => ({ sectionId: c.id, language: c.language, content: [c.afterSectionId, c.content] })),
  ];
  const keyOf = (w: { sectionId: string; language: string }) => `${w.sectionId} (${w.language})`;
  const before = new Map(items(from).map((w) => [keyOf(w), w]));
  const after = new Map(items(to).map((w) => [keyOf(w), w]));
  const out: DiffEntry[] = [];
  const strip = (w: Wording) => ({ sectionId: w.sectionId, language: w.language });
  for (const [key, w] of before) if (!after.has(key)) out.push(entry('wording', 'removed', key, strip(w), undefined));
  for (const [key, w] of after) {
    const old = before.get(key);
    if (old === undefined) out.push(entry('wording', 'added', key, undefined, strip(w)));
    else if (!same(old.content, w.content)) out.push(entry('wording', 'changed', key, strip(old), strip(w)));
  }
  return out;
}

/**
 * The facts diff from one project state to another (a published version, or
 * the working copy): added, removed and changed entries, field by field.
 */
export function factsDiff(from: Project, to: Project): FactsDiff {
  const entries: DiffEntry[] = [
    ...valueDiff('company', from.company, to.company),
    ...valueDiff('role', from.role, to.role),
    ...listDiff('services', from.scope.services, to.scope.services, textKey),
    ...listDiff('languages', from.languages, to.languages, (l) => l),
    ...listDiff('jurisdictions', from.jurisdictions, to.jurisdictions, (j) => j),
    ...valueDiff('effectiveDate', from.effectiveDate, to.effectiveDate),
    ...listDiff('dataCategories', from.dataCategories, to.dataCategories, (c) => c.id),
    ...listDiff('recipients', from.recipients, to.recipients, (r) => r.id),
    ...listDiff('activities', from.activities, to.activities, (a) => a.id),
    ...listDiff('cookies', from.cookies, to.cookies, (c) => `${c.name} (${c.provider})`),
    ...valueDiff('children', from.children, to.children),
    ...valueDiff('rights', from.rights, to.rights),
    ...valueDiff('changes', from.changes, to.changes),
    ...valueDiff('marketing', from.marketing, to.marketing),
    ...valueDiff('automatedDecisions', from.automatedDecisions, to.automatedDecisions),
    ...valueDiff('security', from.security, to.security),
    ...valueDiff('signals', from.signals, to.signals),
    ...wordingEntries(from, to),
  ];
  return { entries, from, to };
}

/** True when nothing a reader would see as a fact or a customised wording changed. */
export function isEmptyDiff(diff: FactsDiff): boolean {
  return diff.entries.length === 0;
}

import type { Activity, DataCategory, Project, Recipient } from '../../shared/model/index.ts';

/** The lists whose entries have an id that other facts refer to. */
export type IdList = 'dataCategories' | 'activities' | 'recipients';

/**
 * An id made from a name ("Account details" → "account-details"), unique
 * among `taken`: the user never types an id, and the file stays readable.
 * Letters lose their accents ("Försäljning" → "forsaljning"); a name with no
 * usable letter gives `fallback`.
 */
export function idFromName(name: string, taken: ReadonlySet<string>, fallback: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[æ]/g, 'ae')
    .replace(/[øœ]/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const base = slug === '' ? fallback : slug;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The ids in use in `list`, except the entry at `except`. */
export function idsIn(project: Project, list: IdList, except?: number): Set<string> {
  return new Set((project[list] as readonly { id: string }[]).filter((_, i) => i !== except).map((e) => e.id));
}

/** Renames an id and every reference to it, so that the project stays consistent. */
export function renameId(project: Project, list: IdList, from: string, to: string): Project {
  if (from === to) return project;
  const entries = (project[list] as readonly { id: string }[]).map((e) => (e.id === from ? { ...e, id: to } : e));
  let next = { ...project, [list]: entries } as Project;
  if (list === 'dataCategories') next = { ...next, activities: next.activities.map((a) => (a.categories.includes(from) ? { ...a, categories: a.categories.map((c) => (c === from ? to : c)) } : a)) };
  if (list === 'recipients') next = { ...next, activities: next.activities.map((a) => (a.recipients.includes(from) ? { ...a, recipients: a.recipients.map((r) => (r === from ? to : r)) } : a)) };
  return next;
}

/** Removes data category `index`, and its id from every activity that used it. */
export function removeCategory(project: Project, index: number): Project {
  const gone = project.dataCategories[index]?.id;
  return {
    ...project,
    dataCategories: project.dataCategories.filter((_, i) => i !== index),
    activities: project.activities.map((a) => (gone !== undefined && a.categories.includes(gone) ? { ...a, categories: a.categories.filter((c) => c !== gone) } : a)),
  };
}

/** Removes recipient `index`, and its id from every activity that involved it. */
export function removeRecipient(project: Project, index: number): Project {
  const gone = project.recipients[index]?.id;
  return {
    ...project,
    recipients: project.recipients.filter((_, i) => i !== index),
    activities: project.activities.map((a) => (gone !== undefined && a.recipients.includes(gone) ? { ...a, recipients: a.recipients.filter((r) => r !== gone) } : a)),
  };
}

/** Removes activity `index` (nothing refers to activities). */
export function removeActivity(project: Project, index: number): Project {
  return { ...project, activities: project.activities.filter((_, i) => i !== index) };
}

/** An empty category with a provisional id, which follows its name while it is first typed. */
export function newCategory(project: Project): DataCategory {
  return { id: idFromName('', idsIn(project, 'dataCategories'), `category-${project.dataCategories.length + 1}`), name: '', examples: [], sources: [{ kind: 'data-subject' }] };
}

export function newActivity(project: Project): Activity {
  return {
    id: idFromName('', idsIn(project, 'activities'), `activity-${project.activities.length + 1}`),
    purpose: '',
    categories: [],
    legalBases: [{ basis: 'contract' }],
    requirement: 'optional',
    retention: { kind: 'period', amount: 1, unit: 'years', from: 'end-of-contract' },
    recipients: [],
    sells: false,
    sharesForAdvertising: false,
    targetedAdvertising: false,
    profiling: false,
  };
}

export function newRecipient(project: Project): Recipient {
  return {
    id: idFromName('', idsIn(project, 'recipients'), `recipient-${project.recipients.length + 1}`),
    name: '',
    role: 'processor',
    activity: '',
    storedIn: [project.company.address.country],
    accessedFrom: [],
    transfers: {},
  };
}

/**
 * While an entry is new (`provisional` holds its id), its id follows the name
 * being typed, with references renamed along; once the name is done, the id
 * stays put when the name changes later.
 */
export function followName(project: Project, list: IdList, index: number, name: string, provisional: Set<string>): Project {
  const entry = (project[list] as readonly { id: string }[])[index];
  if (!entry || !provisional.has(entry.id)) return project;
  const fallback = entry.id;
  const next = idFromName(name, idsIn(project, list, index), fallback);
  // The set only grows: an update may run twice (React's StrictMode), and must give the same result both times.
  provisional.add(next);
  return renameId(project, list, entry.id, next);
}

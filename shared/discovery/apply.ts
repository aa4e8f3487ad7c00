import type { CookieCategory, Project } from '../model/schema.ts';
import type { DiscoveryRow } from './compare.ts';
import { cookieRowFrom } from './to-cookie.ts';

/** What the person ticked in the review: rows (by index in the review) to add, with a category for unknown cookies, and listed rows to remove. */
export interface DiscoveryChoices {
  add: ReadonlyMap<number, CookieCategory | undefined>;
  /** Indexes in the review of `gone` rows to delete from the project. */
  remove: ReadonlySet<number>;
}

/**
 * The project with the chosen cookies added (at the end, in the review's
 * order, filled from the library in the project's languages) and the chosen
 * no-longer-seen rows removed; every other row is left as it was. One edit,
 * so one undo takes it all back.
 */
export function applyDiscovery(project: Project, rows: readonly DiscoveryRow[], choices: DiscoveryChoices): Project {
  const removeListed = new Set<number>();
  rows.forEach((row, i) => {
    if (row.status === 'gone' && choices.remove.has(i)) removeListed.add(row.listedIndex);
  });
  const added = rows.flatMap((row, i) => (row.status === 'new' && choices.add.has(i) ? [cookieRowFrom(row, project.languages, choices.add.get(i))] : []));
  if (added.length === 0 && removeListed.size === 0) return project;
  return { ...project, cookies: [...project.cookies.filter((_, i) => !removeListed.has(i)), ...added] };
}

import type { Activity, DataCategory, LegalBasis, Project, SpecialCondition } from '../model/schema.ts';

/**
 * Lookups over a project's activities and categories, built once per project
 * so that planning a policy with hundreds of activities stays linear.
 * Other planners (sharing, California) may use these helpers too.
 */
export interface ProjectIndex {
  categoriesById: ReadonlyMap<string, DataCategory>;
  /** The activities that use each category id, in project order. */
  activitiesByCategory: ReadonlyMap<string, readonly Activity[]>;
  /** Every Art. 6 basis some activity relies on. */
  basesUsed: ReadonlySet<LegalBasis>;
}

const cache = new WeakMap<Project, ProjectIndex>();

/** The index of `project`, computed on first use and kept while the project object lives. */
export function projectIndex(project: Project): ProjectIndex {
  const cached = cache.get(project);
  if (cached) return cached;
  const categoriesById = new Map(project.dataCategories.map((c) => [c.id, c]));
  const activitiesByCategory = new Map<string, Activity[]>();
  const basesUsed = new Set<LegalBasis>();
  for (const activity of project.activities) {
    for (const id of activity.categories) {
      const list = activitiesByCategory.get(id);
      if (list) list.push(activity);
      else activitiesByCategory.set(id, [activity]);
    }
    for (const b of activity.legalBases) basesUsed.add(b.basis);
  }
  const index = { categoriesById, activitiesByCategory, basesUsed };
  cache.set(project, index);
  return index;
}

/** The categories an activity uses, in the order it lists them (unknown ids are skipped: the schema rejects them). */
export function activityCategories(activity: Activity, index: ProjectIndex): DataCategory[] {
  const out: DataCategory[] = [];
  for (const id of activity.categories) {
    const c = index.categoriesById.get(id);
    if (c) out.push(c);
  }
  return out;
}

/** The activities that use a category. */
export function activitiesUsing(categoryId: string, index: ProjectIndex): readonly Activity[] {
  return index.activitiesByCategory.get(categoryId) ?? [];
}

/** Whether an activity uses a GDPR Art. 9 special category (criminal-offence data is Art. 10, not counted). */
export function usesSpecialCategory(activity: Activity, index: ProjectIndex): boolean {
  return activityCategories(activity, index).some((c) => c.special !== undefined && c.special !== 'criminal-offences');
}

/** Whether an activity uses criminal-offence data (GDPR Art. 10). */
export function usesCriminalData(activity: Activity, index: ProjectIndex): boolean {
  return activityCategories(activity, index).some((c) => c.special === 'criminal-offences');
}

/** The Art. 9(2) conditions stated by the activities that use a category, each once, in the order first met. */
export function specialConditionsFor(categoryId: string, index: ProjectIndex): SpecialCondition[] {
  const out = new Set<SpecialCondition>();
  for (const a of activitiesUsing(categoryId, index)) {
    for (const b of a.legalBases) if (b.specialCondition) out.add(b.specialCondition);
  }
  return [...out];
}

/** The Art. 10 authorities stated by the activities that use a category. */
export function criminalAuthoritiesFor(categoryId: string, index: ProjectIndex): NonNullable<Activity['legalBases'][number]['criminalAuthority']>[] {
  const out = [];
  for (const a of activitiesUsing(categoryId, index)) {
    for (const b of a.legalBases) if (b.criminalAuthority !== undefined) out.push(b.criminalAuthority);
  }
  return out;
}

/** Categories that are CPRA sensitive personal information (for the California section). */
export function sensitivePiCategories(project: Project): DataCategory[] {
  return project.dataCategories.filter((c) => c.sensitivePi !== undefined);
}

/** Whether any activity relies on consent, under Art. 6(1)(a) or as explicit consent under Art. 9(2)(a): both can be withdrawn (Art. 7(3)). */
export function usesConsent(project: Project): boolean {
  return projectIndex(project).basesUsed.has('consent') || project.activities.some((a) => a.legalBases.some((b) => b.specialCondition === 'explicit-consent'));
}

import { DATA_SOURCES, type Project } from '../../model/schema.ts';
import { clause, present } from '../facts.ts';
import type { PlannedSection } from '../types.ts';

/** What we collect, grouped by where it comes from (GDPR Art. 13 and 14 both ask). */
export function planDataCollected(project: Project): PlannedSection {
  const bySource = DATA_SOURCES.map((source) => {
    const categories = project.dataCategories
      .filter((c) => c.source === source)
      .map((c) => ({ name: c.name, examples: c.examples, sourceDetail: c.sourceDetail }));
    return clause(`data-collected.${source}`, categories.length > 0, { categories });
  });
  const sensitive = project.dataCategories.filter((c) => c.sensitive).map((c) => c.name);
  const required = project.dataCategories.filter((c) => c.required).map((c) => c.name);
  return {
    id: 'data-collected',
    clauses: present([
      ...bySource,
      clause('data-collected.sensitive', sensitive.length > 0, { categories: sensitive }),
      clause('data-collected.required', required.length > 0, { categories: required }),
    ]),
  };
}

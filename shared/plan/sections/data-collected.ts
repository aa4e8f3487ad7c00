import { DATA_SOURCES, NAMED_SOURCES, type DataCategory, type DataSource, type LocalizedText, type Project } from '../../model/schema.ts';
import { criminalAuthoritiesFor, projectIndex, specialConditionsFor } from '../activities.ts';
import { clause, hasAny, present } from '../facts.ts';
import type { PlannedClause, PlannedSection } from '../types.ts';

/** A category as a source clause lists it: the named sources only where the source is a named party (Art. 14(2)(f)). */
interface SourcedCategory {
  name: LocalizedText;
  examples: LocalizedText[];
  details: LocalizedText[];
}

function bySource(project: Project): Map<DataSource, SourcedCategory[]> {
  const out = new Map<DataSource, SourcedCategory[]>();
  for (const c of project.dataCategories) {
    // A category with several sources appears under each; two sources of one kind give one entry with both names.
    const kinds = new Map<DataSource, LocalizedText[]>();
    for (const s of c.sources) {
      const details = kinds.get(s.kind) ?? [];
      if (s.detail !== undefined && NAMED_SOURCES.includes(s.kind)) details.push(s.detail);
      kinds.set(s.kind, details);
    }
    for (const [kind, details] of kinds) {
      const list = out.get(kind) ?? [];
      list.push({ name: c.name, examples: c.examples, details });
      out.set(kind, list);
    }
  }
  return out;
}

const isSpecial = (c: DataCategory) => c.special !== undefined && c.special !== 'criminal-offences';

/**
 * What we collect, grouped by where it comes from (GDPR Art. 13 for what the
 * person gives, Art. 14 for the rest), then the sensitive data: Art. 9
 * special categories with the Art. 9(2) condition their activities state,
 * and Art. 10 criminal-offence data with the law that authorises it.
 */
export function planDataCollected(project: Project): PlannedSection {
  const index = projectIndex(project);
  const sources = bySource(project);
  const sourceClauses: (PlannedClause | null)[] = DATA_SOURCES.map((source) => {
    const categories = sources.get(source) ?? [];
    return clause(`data-collected.${source}`, categories.length > 0, { categories });
  });
  const special = project.dataCategories.filter(isSpecial).map((c) => ({
    name: c.name,
    kind: c.special,
    conditions: specialConditionsFor(c.id, index),
  }));
  const criminal = project.dataCategories
    .filter((c) => c.special === 'criminal-offences')
    .map((c) => ({ name: c.name, authorities: criminalAuthoritiesFor(c.id, index) }));
  // Art. 9(2) conditions are the GDPR's and the UK GDPR's vocabulary.
  const gdpr = hasAny(project, ['EU', 'UK']);
  return {
    id: 'data-collected',
    clauses: present([
      ...sourceClauses,
      clause('data-collected.special', special.length > 0, { categories: special, gdpr }),
      clause('data-collected.criminal', criminal.length > 0, { categories: criminal }),
    ]),
  };
}

/**
 * The rule between the project's lists: ids unique within a list, and each
 * activity naming only data categories and recipients that exist. Used by
 * the schema for a whole file and by the form, which validates part by part.
 */

/** For each entry whose id an earlier entry already has: its index and the earlier one's. */
function duplicateIds(items: readonly { id: string }[]): { index: number; first: number }[] {
  const firstIndex = new Map<string, number>();
  const dup: { index: number; first: number }[] = [];
  items.forEach((item, i) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) firstIndex.set(item.id, i);
    else dup.push({ index: i, first });
  });
  return dup;
}

/** The lists that refer to each other by id. */
interface ReferencingLists {
  dataCategories: readonly { id: string }[];
  activities: readonly { id: string; categories: readonly string[]; recipients: readonly string[] }[];
  recipients: readonly { id: string }[];
}

/**
 * A reference issue. Its message already quotes the value it is about, so
 * `statesValue` tells the file's error formatting not to add ", got …".
 */
export interface ReferenceIssue {
  path: (string | number)[];
  message: string;
  params: { statesValue: true };
}

/** How many of the existing ids a message lists before "and N more". */
const IDS_LISTED = 5;

/** `"account", "billing" and 3 more`: the ids a reference may name, for a message. */
function idChoices(ids: readonly string[]): string {
  const shown = ids.slice(0, IDS_LISTED).map((id) => JSON.stringify(id));
  const more = ids.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/**
 * Duplicate ids and references to ids that do not exist, each with the path
 * of the entry to fix and what to enter there. Exported so that the form,
 * which validates the project part by part, applies the very same rule.
 */
export function referenceIssues(p: ReferencingLists): ReferenceIssue[] {
  const out: ReferenceIssue[] = [];
  const issue = (path: (string | number)[], message: string): void => {
    out.push({ path, message, params: { statesValue: true } });
  };
  const lists = [
    ['dataCategories', p.dataCategories],
    ['activities', p.activities],
    ['recipients', p.recipients],
  ] as const;
  for (const [key, items] of lists) {
    for (const { index, first } of duplicateIds(items)) {
      issue([key, index, 'id'], `"${items[index]?.id}" is already the id of ${key}[${first}]: enter an id no other entry of ${key} has`);
    }
  }
  const references = [
    ['categories', 'data category', 'dataCategories', p.dataCategories.map((c) => c.id)],
    ['recipients', 'recipient', 'recipients', p.recipients.map((r) => r.id)],
  ] as const;
  for (const [field, noun, listKey, ids] of references) {
    const known = new Set(ids);
    const choices = ids.length === 0 ? `add it under ${listKey} first` : `enter one of ${idChoices([...known])}, or add it under ${listKey}`;
    p.activities.forEach((a, i) => {
      a[field].forEach((id, j) => {
        if (!known.has(id)) issue(['activities', i, field, j], `no ${noun} has the id "${id}": ${choices}`);
      });
    });
  }
  return out;
}

import type { FieldOption } from '../fields.tsx';
import type { FormContextValue } from '../form-context.ts';
import { textIn } from './text-in.ts';

/** The data categories as options to pick by name, in the form's language. */
export function categoryOptions(s: FormContextValue): FieldOption[] {
  return kept(categoriesSeen, s.project.dataCategories, s.lang, () => s.project.dataCategories.map((c, i) => ({ value: c.id, label: textIn(c.name, s.lang) || `#${i + 1}` })));
}

/** The recipients as options to pick by name. */
export function recipientOptions(s: FormContextValue): FieldOption[] {
  return kept(recipientsSeen, s.project.recipients, '', () => s.project.recipients.map((r, i) => ({ value: r.id, label: r.name || `#${i + 1}` })));
}

/**
 * Options per list object (and language): every activity card asks on every
 * change of the form, and a keystroke outside the list leaves it the same
 * object, so the cards get the same options back and compare nothing.
 */
const categoriesSeen = new WeakMap<object, { lang: string; options: FieldOption[] }>();
const recipientsSeen = new WeakMap<object, { lang: string; options: FieldOption[] }>();

function kept(seen: WeakMap<object, { lang: string; options: FieldOption[] }>, list: object, lang: string, make: () => FieldOption[]): FieldOption[] {
  const hit = seen.get(list);
  if (hit && hit.lang === lang) return hit.options;
  const options = make();
  seen.set(list, { lang, options });
  return options;
}

/** Whether two option lists show the same choices, so that a picker renders again only when a name or id changed. */
export function sameOptions(a: readonly FieldOption[], b: readonly FieldOption[]): boolean {
  return a === b || (a.length === b.length && a.every((o, i) => o.value === b[i]?.value && o.label === b[i]?.label));
}

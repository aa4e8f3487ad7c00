import type { FieldOption } from '../fields.tsx';
import type { FormContextValue } from '../form-context.ts';
import { textIn } from './text-in.ts';

/** The data categories as options to pick by name, in the form's language. */
export function categoryOptions(s: FormContextValue): FieldOption[] {
  return s.project.dataCategories.map((c, i) => ({ value: c.id, label: textIn(c.name, s.lang) || `#${i + 1}` }));
}

/** The recipients as options to pick by name. */
export function recipientOptions(s: FormContextValue): FieldOption[] {
  return s.project.recipients.map((r, i) => ({ value: r.id, label: r.name || `#${i + 1}` }));
}

/** Whether two option lists show the same choices, so that a picker renders again only when a name or id changed. */
export function sameOptions(a: readonly FieldOption[], b: readonly FieldOption[]): boolean {
  return a.length === b.length && a.every((o, i) => o.value === b[i]?.value && o.label === b[i]?.label);
}

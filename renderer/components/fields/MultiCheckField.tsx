import { useId } from 'react';
import { getIn, pathKey, setIn, type FieldPath } from '../../state/paths.ts';
import { useFormStore } from '../form-context.ts';
import { useFirstErrorUnder, useValue } from './hooks.ts';
import type { FieldOption } from './shell.tsx';

/** A set of checkboxes over an enum array (jurisdictions, languages, channels). */
export function MultiCheckField({ label, path, options }: { label: string; path: FieldPath; options: readonly FieldOption[] }) {
  const { update } = useFormStore();
  const key = pathKey(path);
  const selected = (useValue(path) as string[] | undefined) ?? [];
  const message = useFirstErrorUnder(key);
  const groupId = useId();
  return (
    <fieldset className={`ps-field ps-field--wide${message ? ' has-error' : ''}`} aria-describedby={message ? `${groupId}-error` : undefined} data-path={key}>
      <legend>{label}</legend>
      <div className="ps-check-grid">
        {options.map((o) => (
          <label key={o.value} className="ps-check">
            <input
              type="checkbox"
              checked={selected.includes(o.value)}
              onChange={(e) =>
                update(key, (p) => {
                  const current = (getIn(p, path) as string[] | undefined) ?? [];
                  // Appended, not sorted: the first language stays the project's primary one.
                  return setIn(p, path, e.target.checked ? [...current.filter((v) => v !== o.value), o.value] : current.filter((v) => v !== o.value));
                })
              }
            />
            <span lang={o.lang}>{o.label}</span>
          </label>
        ))}
      </div>
      {message && (
        <span className="ps-field-error" id={`${groupId}-error`}>
          {message}
        </span>
      )}
    </fieldset>
  );
}

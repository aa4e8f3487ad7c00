import { useId } from 'react';
import { pathKey, setIn, type FieldPath } from '../../state/paths.ts';
import { useFormStore } from '../form-context.ts';
import { useValue, useWarning } from './hooks.ts';
import { FieldWarning } from './shell.tsx';

/** A yes/no fact; `help` says in one line what it means. */
export function CheckboxField({ label, path, help }: { label: string; path: FieldPath; help?: string }) {
  const { update } = useFormStore();
  const key = pathKey(path);
  const checked = useValue(path) === true;
  const warning = useWarning(key);
  const id = useId();
  return (
    <div className="ps-check-field" data-path={key}>
      <div className="ps-check">
        <input id={id} type="checkbox" checked={checked} aria-describedby={help || warning ? `${id}-hint` : undefined} onChange={(e) => update(key, (p) => setIn(p, path, e.target.checked))} />
        <label htmlFor={id}>{label}</label>
      </div>
      {(help || warning) && (
        <span id={`${id}-hint`}>
          {help && <span className="ps-field-hint">{help}</span>}
          {warning && <FieldWarning text={warning} />}
        </span>
      )}
    </div>
  );
}


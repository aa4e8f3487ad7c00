import { pathKey, setIn, type FieldPath } from '../../state/paths.ts';
import { useFormStore } from '../form-context.ts';
import { useError, useValue, useWarning } from './hooks.ts';
import { FieldShell } from './shell.tsx';

/**
 * An integer field; empty removes optional ones. Non-numbers stay as typed
 * so validation catches them; `message` then says in plain words what to
 * enter, instead of the schema's wording ("Too big: expected number to be <=21").
 */
export function NumberField({ label, path, optional, min, max, message }: { label: string; path: FieldPath; optional?: boolean; min?: number; max?: number; message?: string }) {
  const { update } = useFormStore();
  const key = pathKey(path);
  const value = useValue(path);
  const error = useError(key);
  const warning = useWarning(key);
  return (
    <FieldShell path={key} label={label} error={error && (message ?? error)} warning={warning}>
      {({ id, describedBy }) => (
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          value={typeof value === 'number' && Number.isFinite(value) ? String(value) : ''}
          aria-invalid={error !== undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            const raw = e.target.value;
            update(key, (p) => setIn(p, path, raw === '' ? (optional ? undefined : Number.NaN) : Number(raw)));
          }}
        />
      )}
    </FieldShell>
  );
}


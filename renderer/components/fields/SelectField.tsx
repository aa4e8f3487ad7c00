import type { Project } from '../../../shared/model/index.ts';
import { pathKey, setIn, type FieldPath } from '../../state/paths.ts';
import { useFormStore } from '../form-context.ts';
import { useError, useValue, useWarning } from './hooks.ts';
import { FieldShell, type FieldOption } from './shell.tsx';

interface SelectFieldProps {
  label: string;
  path: FieldPath;
  options: readonly FieldOption[];
  optional?: boolean;
  wide?: boolean;
  /** The label of the empty choice of an optional select. */
  emptyLabel?: string;
  /** Where risk warnings for this choice are filed, when not at the field itself (`recipients[0].transfers.eu`). */
  warningPath?: string;
  /** Applied after each choice, in the same undo step (a kind that replaces the object). */
  transform?(project: Project, value: string): Project;
}

/** A choice from a fixed list; the chosen option's one-line help shows under it. */
export function SelectField({ label, path, options, optional, wide, emptyLabel, warningPath, transform }: SelectFieldProps) {
  const { update } = useFormStore();
  const key = pathKey(path);
  const value = useValue(path);
  const error = useError(key);
  const own = useWarning(key);
  const filed = useWarning(warningPath ?? key);
  const warning = warningPath && filed !== own ? [own, filed].filter(Boolean).join(' ') || undefined : own;
  const current = typeof value === 'string' ? value : '';
  const known = options.some((o) => o.value === current);
  const help = options.find((o) => o.value === current)?.help;
  return (
    <FieldShell path={key} label={label} error={error} warning={warning} hint={help} wide={wide}>
      {({ id, describedBy }) => (
        <select
          id={id}
          value={current}
          aria-invalid={error !== undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            const chosen = e.target.value;
            update(key, (p) => {
              const next = setIn(p, path, optional && chosen === '' ? undefined : chosen);
              return transform ? transform(next, chosen) : next;
            });
          }}
        >
          {optional && <option value="">{emptyLabel ?? '—'}</option>}
          {!known && !(optional && current === '') && <option value={current}>{current || '—'}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}


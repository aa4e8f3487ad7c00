import type { Project } from '../../../shared/model/index.ts';
import { pathKey, setIn, type FieldPath } from '../../state/paths.ts';
import { useFormStore } from '../form-context.ts';
import { useError, useValue, useWarning } from './hooks.ts';
import { FieldShell } from './shell.tsx';

interface TextFieldProps {
  label: string;
  path: FieldPath;
  /** Empty input removes the field (for optional ones) instead of storing "". */
  optional?: boolean;
  type?: 'text' | 'email' | 'url' | 'tel' | 'date';
  wide?: boolean;
  placeholder?: string;
  hint?: string;
  /** Applied to the project after each edit, in the same undo step (an id following a new entry's name). */
  transform?(project: Project, text: string): Project;
  onBlur?(): void;
}

/** A plain text field bound to a project path. */
export function TextField({ label, path, optional, type = 'text', wide, placeholder, hint, transform, onBlur }: TextFieldProps) {
  const { update } = useFormStore();
  const key = pathKey(path);
  const value = useValue(path);
  const error = useError(key);
  const warning = useWarning(key);
  return (
    <FieldShell path={key} label={label} error={error} warning={warning} hint={hint} wide={wide}>
      {({ id, describedBy }) => (
        <input
          id={id}
          type={type}
          value={typeof value === 'string' ? value : ''}
          placeholder={placeholder}
          aria-invalid={error !== undefined}
          aria-describedby={describedBy}
          onBlur={onBlur}
          onChange={(e) => {
            const text = e.target.value;
            update(key, (p) => {
              const next = setIn(p, path, optional && text === '' ? undefined : text);
              return transform ? transform(next, text) : next;
            });
          }}
        />
      )}
    </FieldShell>
  );
}

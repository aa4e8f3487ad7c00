import { pathKey, setIn, type FieldPath } from '../../state/paths.ts';
import { useFormStore } from '../form-context.ts';
import { useError, useValue, useWarning } from './hooks.ts';
import { FieldShell } from './shell.tsx';

interface YesNoFieldProps {
  label: string;
  path: FieldPath;
  help?: string;
  yes: string;
  no: string;
  /** The choice shown while the fact is not given (the checklist counts it missing where a law asks). */
  unanswered: string;
}

/**
 * A yes/no fact that may also be not yet answered: unlike a checkbox, "no"
 * is a statement the policy makes, so it is chosen, never assumed.
 */
export function YesNoField({ label, path, help, yes, no, unanswered }: YesNoFieldProps) {
  const { update } = useFormStore();
  const key = pathKey(path);
  const value = useValue(path);
  const error = useError(key);
  const warning = useWarning(key);
  const current = value === true ? 'yes' : value === false ? 'no' : '';
  return (
    <FieldShell path={key} label={label} error={error} warning={warning} hint={help}>
      {({ id, describedBy }) => (
        <select id={id} value={current} aria-describedby={describedBy} onChange={(e) => update(key, (p) => setIn(p, path, e.target.value === '' ? undefined : e.target.value === 'yes'))}>
          <option value="">{unanswered}</option>
          <option value="yes">{yes}</option>
          <option value="no">{no}</option>
        </select>
      )}
    </FieldShell>
  );
}

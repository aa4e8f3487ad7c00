import type { RiskWarning } from '../../shared/checks/types.ts';
import type { FieldErrors } from './validation.ts';

/** Risk warnings keyed by the field path they name, several at one path joined into one text, for the form's fields. */
export function warningsByPath(warnings: readonly RiskWarning[]): FieldErrors {
  const out = new Map<string, string>();
  for (const w of warnings) {
    const before = out.get(w.path);
    out.set(w.path, before === undefined ? w.message : `${before} ${w.message}`);
  }
  return out;
}

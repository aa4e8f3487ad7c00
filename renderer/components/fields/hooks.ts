/** How a field reads its value, messages and languages from the form store: each subscribes to its own slice. */
import { getIn, pathKey, type FieldPath } from '../../state/paths.ts';
import { errorsUnder } from '../../state/validation.ts';
import { useFormSelector } from '../form-context.ts';

/** The risk warnings at `key`, one per line, or undefined. */
export function useWarning(key: string): string | undefined {
  return useFormSelector(`warning:${key}`, (s) => s.warnings.get(key));
}


/** The value at `path`; the field re-renders only when it changes. */
export function useValue(path: FieldPath): unknown {
  const key = pathKey(path);
  return useFormSelector(`value:${key}`, (s) => getIn(s.project, path));
}

/** The validation message of exactly `key`. */
export function useError(key: string): string | undefined {
  return useFormSelector(`error:${key}`, (s) => s.errors.get(key));
}

/** The first message at `key` or below it (list fields). */
export function useFirstErrorUnder(key: string): string | undefined {
  return useFormSelector(`errorUnder:${key}`, (s) => errorsUnder(s.errors, key)[0]);
}

/** What the language selectors read: typing in any other field reaches them a task later. */
const LANGUAGES = ['languages'];

export function useLanguages() {
  const lang = useFormSelector('lang', (s) => s.lang, Object.is, LANGUAGES);
  const primary = useFormSelector('primary', (s) => s.primary, Object.is, LANGUAGES);
  const multilingual = useFormSelector('multilingual', (s) => s.project.languages.length > 1, Object.is, LANGUAGES);
  return { lang, primary, multilingual };
}

import { useRef } from 'react';
import { sameErrors, type FieldErrors } from './validation.ts';

/**
 * `map`, or the earlier map when it holds the same messages at the same
 * paths: the form's fields are told of a change only when there is one, and
 * a keystroke that leaves the risk warnings as they were costs them nothing.
 */
export function useSameMap(map: FieldErrors): FieldErrors {
  const kept = useRef(map);
  if (kept.current !== map && !sameErrors(kept.current, map)) kept.current = map;
  return kept.current;
}

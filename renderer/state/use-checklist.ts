import { useDeferredValue, useMemo, useRef } from 'react';
import { checks, type Checklist } from '../../shared/checks/checklist.ts';
import type { PolicyDocument } from '../../shared/document/types.ts';
import type { Project } from '../../shared/model/index.ts';
import type { GeneratedState } from './use-policy-document.ts';

export interface LiveChecklist {
  checklist: Checklist;
  /** The facts are invalid just now: this is the checklist of the last valid document. */
  stale: boolean;
}

/** Results by document: the document object changes exactly when its facts or the user's sections do. */
const byDocument = new WeakMap<PolicyDocument, Checklist>();

/** The checklist of `document`, computed once per document object. */
export function checklistOf(project: Project, document: PolicyDocument): Checklist {
  let result = byDocument.get(document);
  if (!result) {
    result = checks(project, document);
    byDocument.set(document, result);
  }
  return result;
}

/**
 * The checklist of the document the preview shows, live while typing:
 * computed from the same valid facts and document, deferred so a keystroke
 * renders the form first. While a field is invalid the last result stays.
 */
export function useChecklist(valid: Project | null, generated: GeneratedState): LiveChecklist | null {
  const input = useMemo(() => (valid && generated.kind === 'ready' ? { project: valid, document: generated.document } : null), [valid, generated]);
  const deferred = useDeferredValue(input);
  const last = useRef<Checklist | null>(null);
  const current = useMemo(() => (deferred ? checklistOf(deferred.project, deferred.document) : null), [deferred]);
  if (current) last.current = current;
  if (!last.current) return null;
  return { checklist: last.current, stale: current === null };
}

import { useMemo, useRef } from 'react';
import type { DocumentLanguage, Project } from '../../shared/model/index.ts';
import type { PipelineEnv } from '../../shared/pipeline.ts';
import { usePolicyDocument, type GeneratedState } from './use-policy-document.ts';
import { validateProject, type Validation } from './validation.ts';

export interface Preview {
  validation: Validation | null;
  generated: GeneratedState;
  /** Some earlier version of this project was valid: while it is invalid now, the document shows that one's facts. */
  hasLastValid: boolean;
  /** Drops the last valid facts, when another project is loaded. */
  forget(): void;
}

/**
 * Validation and the live document. While some field is invalid the
 * document keeps the last valid facts, but always shows the user's own
 * sections as they are now.
 */
export function usePreview(project: Project | null, lang: DocumentLanguage | null, env: PipelineEnv): Preview {
  const validation = useMemo(() => (project ? validateProject(project) : null), [project]);
  const lastValid = useRef<Project | null>(null);
  if (validation?.valid) lastValid.current = validation.valid;
  const overrides = project?.overrides;
  const customSections = project?.customSections;
  const validNow = validation?.valid ?? null;
  const lastValidNow = lastValid.current;
  const preview = useMemo(() => {
    if (validNow) return validNow;
    if (!lastValidNow || !overrides || !customSections) return null;
    return { ...lastValidNow, overrides, customSections };
  }, [validNow, lastValidNow, overrides, customSections]);
  const generated = usePolicyDocument(project ? preview : null, lang, env);
  const forget = () => {
    lastValid.current = null;
  };
  return { validation, generated, hasLastValid: lastValid.current !== null, forget };
}

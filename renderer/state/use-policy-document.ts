import { useMemo, useRef } from 'react';
import type { SectionCache } from '../../shared/document/build-document.ts';
import type { PolicyDocument } from '../../shared/document/types.ts';
import type { DocumentLanguage, Project } from '../../shared/model/index.ts';
import { generatePolicy, type PipelineEnv } from '../../shared/pipeline.ts';

export type GeneratedState =
  | {
      kind: 'ready';
      document: PolicyDocument;
      /** The document without the user's sections, for "what changed"; built when first asked for, not on every keystroke. */
      plain(): PolicyDocument;
    }
  | { kind: 'error'; message: string }
  | { kind: 'none' };

/** Cached sections are keyed by their HTML: cap the cache so a long editing session does not keep every keystroke's version. */
const CACHE_LIMIT = 400;

/**
 * The live document: `generatePolicy` on the last valid project, in the
 * pane's language, so typing in the form stays responsive. One section cache
 * per language reuses every section whose HTML did not change.
 */
export function usePolicyDocument(project: Project | null, lang: DocumentLanguage | null, env: PipelineEnv): GeneratedState {
  const caches = useRef(new Map<DocumentLanguage, SectionCache>());
  return useMemo<GeneratedState>(() => {
    if (!project || !lang) return { kind: 'none' };
    let cache = caches.current.get(lang);
    if (!cache || cache.size > CACHE_LIMIT) {
      cache = new Map();
      caches.current.set(lang, cache);
    }
    const sections = cache;
    try {
      const document = generatePolicy(project, lang, env, sections).document;
      const hasOwn = project.overrides.some((o) => o.language === lang) || project.customSections.some((c) => c.language === lang);
      let plain: PolicyDocument | null = hasOwn ? null : document;
      return {
        kind: 'ready',
        document,
        plain: () => (plain ??= generatePolicy({ ...project, overrides: [], customSections: [] }, lang, env, sections).document),
      };
    } catch (error) {
      return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }, [project, lang, env]);
}

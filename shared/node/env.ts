import type { PipelineEnv } from '../pipeline.ts';
import { loadLanguagePack } from './template-files.ts';

/** The pipeline's environment in Node: templates from disk. */
export const nodeEnv: PipelineEnv = {
  languagePack: (lang) => loadLanguagePack(lang),
};

import type { PipelineEnv } from '../pipeline.ts';
import { loadLanguagePack } from './template-files.ts';

/** The pipeline's environment in Node: templates from disk, precompiled where the CLI build left them and their source is unchanged. */
export const nodeEnv: PipelineEnv = {
  languagePack: (lang) => loadLanguagePack(lang),
};

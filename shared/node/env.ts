import type { PipelineEnv } from '../pipeline.ts';
import { parseHtmlInNode } from './dom.ts';
import { loadLanguagePack } from './template-files.ts';

/** The pipeline's environment in Node: templates from disk, HTML parsed with happy-dom. */
export const nodeEnv: PipelineEnv = {
  languagePack: (lang) => loadLanguagePack(lang),
  parseHtml: parseHtmlInNode,
};

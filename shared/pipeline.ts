import { buildDocument, type SectionCache } from './document/build-document.ts';
import type { ParseHtml } from './document/html-to-document.ts';
import type { PolicyDocument } from './document/types.ts';
import type { ExportContext } from './export/context.ts';
import type { DocumentLanguage } from './model/languages.ts';
import type { Project } from './model/schema.ts';
import { plan } from './plan/plan.ts';
import type { PolicyPlan } from './plan/types.ts';
import { createRenderer, type SectionRenderer } from './render/engine.ts';
import { formatters } from './render/format.ts';
import type { LanguagePack } from './render/language-pack.ts';

/** Where the pipeline gets templates and parses HTML: Node and the browser each pass their own. */
export interface PipelineEnv {
  languagePack(lang: DocumentLanguage): LanguagePack;
  parseHtml: ParseHtml;
}

const renderers = new WeakMap<LanguagePack, SectionRenderer>();

function rendererFor(pack: LanguagePack): SectionRenderer {
  let r = renderers.get(pack);
  if (!r) {
    r = createRenderer(pack);
    renderers.set(pack, r);
  }
  return r;
}

export interface GeneratedPolicy {
  plan: PolicyPlan;
  document: PolicyDocument;
  context: ExportContext;
}

/**
 * The one pipeline: project → plan → HTML per section → document, plus the
 * context exporters need. The editor's preview, the CLI and every export call
 * this, so what the user sees is what every format contains.
 */
export function generatePolicy(project: Project, lang: DocumentLanguage, env: PipelineEnv, cache?: SectionCache): GeneratedPolicy {
  const policyPlan = plan(project);
  const renderer = rendererFor(env.languagePack(lang));
  const document = buildDocument({
    plan: policyPlan,
    renderer,
    parseHtml: env.parseHtml,
    overrides: project.overrides,
    customSections: project.customSections,
    cache,
  });
  return { plan: policyPlan, document, context: exportContext(policyPlan, renderer) };
}

export function exportContext(policyPlan: PolicyPlan, renderer: SectionRenderer): ExportContext {
  const fmt = formatters(renderer.lang);
  return {
    lang: renderer.lang,
    companyName: policyPlan.common.company.displayName,
    lastUpdated: policyPlan.common.policy.lastUpdated,
    message: (key, params) => renderer.message(key, params),
    formatDate: (iso) => fmt.date(iso),
  };
}

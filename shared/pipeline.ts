import { buildDocument, type SectionCache } from './document/build-document.ts';
import type { PolicyDocument } from './document/types.ts';
import type { ExportContext } from './export/context.ts';
import type { DocumentLanguage } from './model/languages.ts';
import type { Project } from './model/schema.ts';
import { plan } from './plan/plan.ts';
import type { PolicyPlan } from './plan/types.ts';
import { createRenderer, type SectionRenderer } from './render/engine.ts';
import { formatters } from './render/format.ts';
import type { LanguagePack } from './render/language-pack.ts';

/** Where the pipeline gets its templates: from disk in Node, bundled in the renderer. */
export interface PipelineEnv {
  languagePack(lang: DocumentLanguage): LanguagePack;
}

const renderers = new WeakMap<LanguagePack, Map<string, SectionRenderer>>();

/** One renderer per language pack and region, so templates compile once. */
function rendererFor(pack: LanguagePack, region: string): SectionRenderer {
  let byRegion = renderers.get(pack);
  if (!byRegion) {
    byRegion = new Map();
    renderers.set(pack, byRegion);
  }
  let r = byRegion.get(region);
  if (!r) {
    r = createRenderer(pack, region);
    byRegion.set(region, r);
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
  const renderer = rendererFor(env.languagePack(lang), project.company.address.country);
  const document = buildDocument({
    plan: policyPlan,
    renderer,
    overrides: project.overrides,
    customSections: project.customSections,
    cache,
  });
  return { plan: policyPlan, document, context: exportContext(policyPlan, renderer) };
}

export function exportContext(policyPlan: PolicyPlan, renderer: SectionRenderer): ExportContext {
  const fmt = formatters(renderer.lang, renderer.region);
  return {
    lang: renderer.lang,
    companyName: policyPlan.common.company.displayName,
    legalName: policyPlan.common.company.legalName,
    lastUpdated: policyPlan.common.policy.lastUpdated,
    message: (key, params) => renderer.message(key, params),
    formatDate: (iso) => fmt.date(iso),
  };
}

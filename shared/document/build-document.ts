import type { DocumentLanguage } from '../model/languages.ts';
import type { CustomSection, Override } from '../model/schema.ts';
import type { PlannedSection, PolicyPlan } from '../plan/types.ts';
import type { SectionRenderer } from '../render/engine.ts';
import { hashString } from './hash.ts';
import { templateHtmlToNodes } from './template-html.ts';
import type { DocNode, PolicyDocument } from './types.ts';

export interface BuildInput {
  plan: PolicyPlan;
  renderer: SectionRenderer;
  overrides?: readonly Override[];
  customSections?: readonly CustomSection[];
  /** Reuses converted sections between builds when the same section renders the same HTML (live preview). */
  cache?: SectionCache;
}

/**
 * Converted sections keyed by their rendered HTML: unchanged sections skip the
 * conversion. The section's hash is the hash of that HTML, since the content
 * is a pure function of it and hashing the string is cheaper than the tree.
 * After each build the cache holds that build's sections only: a long editing
 * session of a large policy would otherwise keep a converted copy of every
 * version of its large tables.
 */
export type SectionCache = Map<string, DocNode>;

function generatedSection(id: string, html: string, input: BuildInput): DocNode {
  const cached = input.cache?.get(html);
  if (cached) return cached;
  const nodes = templateHtmlToNodes(html);
  const section = nodes[0];
  if (!section || section.type !== 'policySection') throw new Error(`section "${id}" did not render to a policy section`);
  const content = section.content ?? [];
  const node: DocNode = { type: 'policySection', attrs: { sectionId: id, origin: 'generated', generatedHash: hashString(html), basedOnHash: null }, content };
  input.cache?.set(html, node);
  return node;
}

/** Drops the cached sections this build did not use. */
function pruneCache(cache: SectionCache, used: ReadonlySet<string>): void {
  if (cache.size === used.size) return;
  for (const html of cache.keys()) if (!used.has(html)) cache.delete(html);
}

/** The content of an override or custom section, as stored in the project (a policySection node or its content). */
function storedContent(content: Record<string, unknown>): DocNode[] {
  const node = content as unknown as DocNode;
  return node.type === 'policySection' ? (node.content ?? []) : [node];
}

/**
 * Builds the document for one language: each planned section rendered and
 * converted, a customised section replaced by the user's own content (with
 * both hashes, so the editor can tell when the generated text moved on), and
 * custom sections inserted after the section they follow.
 */
export function buildDocument(input: BuildInput): PolicyDocument {
  const lang: DocumentLanguage = input.renderer.lang;
  const overrides = new Map((input.overrides ?? []).filter((o) => o.language === lang).map((o) => [o.sectionId, o]));
  const customs = (input.customSections ?? []).filter((c) => c.language === lang);
  const content: DocNode[] = [];

  const addCustomAfter = (sectionId: string) => {
    for (const custom of customs.filter((c) => c.afterSectionId === sectionId)) {
      content.push({ type: 'policySection', attrs: { sectionId: custom.id, origin: 'custom', generatedHash: null, basedOnHash: null }, content: storedContent(custom.content) });
    }
  };

  // Each section is rendered and converted before the next is rendered: only one section's HTML is in the making at a time.
  const ids: string[] = ['title', ...input.plan.sections.map((s: PlannedSection) => s.id)];
  const used = new Set<string>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const html = i === 0 ? input.renderer.renderTitle(input.plan.common) : input.renderer.renderSection(input.plan.sections[i - 1]!, input.plan.common);
    if (input.cache) used.add(html);
    const generated = generatedSection(id, html, input);
    const override = overrides.get(id);
    content.push(
      override
        ? { type: 'policySection', attrs: { ...generated.attrs, origin: 'customized', basedOnHash: override.basedOnHash }, content: storedContent(override.content) }
        : generated,
    );
    addCustomAfter(id);
  }
  if (input.cache) pruneCache(input.cache, used);
  // A custom section whose anchor section no longer applies stays in the document, at the end: nothing the user wrote is dropped.
  const placed = new Set(ids);
  for (const custom of customs.filter((c) => !placed.has(c.afterSectionId))) {
    content.push({ type: 'policySection', attrs: { sectionId: custom.id, origin: 'custom', generatedHash: null, basedOnHash: null }, content: storedContent(custom.content) });
  }
  return { type: 'doc', attrs: { lang }, content };
}

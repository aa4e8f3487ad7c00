import { describe, expect, it } from 'vitest';
import type { SectionCache } from '../../../shared/document/build-document.ts';
import { hashString } from '../../../shared/document/hash.ts';
import { DOCUMENT_LANGUAGES } from '../../../shared/model/languages.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { nodeEnv } from '../../../shared/node/env.ts';
import { generatePolicy } from '../../../shared/pipeline.ts';
import { plan } from '../../../shared/plan/plan.ts';
import { createRenderer } from '../../../shared/render/engine.ts';
import { largeProject } from '../../bench/large-project.ts';
import { starterProjects } from '../../fixtures/starter-projects.ts';

const starters = starterProjects();
const projects: [string, Project][] = [...starters, ['large', largeProject()]];

/**
 * The live preview's section cache is a shortcut only: with it or without,
 * every language of every starter and of the large project gives the same
 * document, and each generated section is the conversion of its own HTML.
 */
describe('building the document', () => {
  it.each(projects)(
    'gives the same document with the section cache as without, in every language, for %s',
    (_name, project) => {
      const policyPlan = plan(project);
      for (const lang of DOCUMENT_LANGUAGES) {
        const fresh = generatePolicy(project, lang, nodeEnv).document;
        const cache: SectionCache = new Map();
        expect(generatePolicy(project, lang, nodeEnv, cache).document).toEqual(fresh);
        const again = generatePolicy(project, lang, nodeEnv, cache).document;
        expect(again).toEqual(fresh);
        // The hash a customised section is compared by is that of the section's HTML as rendered now.
        const renderer = createRenderer(nodeEnv.languagePack(lang), project.company.address.country);
        const htmls = [renderer.renderTitle(policyPlan.common), ...policyPlan.sections.map((s) => renderer.renderSection(s, policyPlan.common))];
        expect(again.content.map((s) => s.attrs?.generatedHash)).toEqual(htmls.map(hashString));
      }
    },
    // The large project in twelve languages, three times each, on a loaded 2-core machine.
    120_000,
  );

  it('reuses the sections an edit left unchanged, and keeps only the latest build’s sections', () => {
    const [, project] = starters[0]!;
    const cache: SectionCache = new Map();
    const before = generatePolicy(project, 'en', nodeEnv, cache).document;
    expect(cache.size).toBe(before.content.length);
    const edited = { ...project, company: { ...project.company, legalName: `${project.company.legalName} Renamed` } };
    const after = generatePolicy(edited, 'en', nodeEnv, cache).document;
    expect(after).toEqual(generatePolicy(edited, 'en', nodeEnv).document);
    const mentions = (section: (typeof after.content)[number]) => JSON.stringify(section).includes('Renamed');
    const changed = after.content.filter(mentions);
    expect(changed.length).toBeGreaterThan(0);
    // Sections without the name are the very objects of the first build; those with it are new.
    for (const [i, section] of after.content.entries()) expect(section === before.content[i]).toBe(!mentions(section));
    // A long editing session keeps one version of each section, not one per keystroke.
    expect(cache.size).toBe(after.content.length);
    expect([...cache.values()]).toEqual(expect.arrayContaining(after.content));
  });
});
